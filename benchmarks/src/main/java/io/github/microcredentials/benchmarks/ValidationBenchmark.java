package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Validator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validations per second on one thread, with every profile on (Council Recommendation 2022, ECTS,
 * HEROES, DigiProf and the UCN institution limits): the complete sample micro-credential (no
 * findings), and a nearly empty one whose 28 findings all have their messages rendered.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ValidationBenchmark {

    private final Validator validator = Validator.builder().profile(Profiles.all())
            .profile(Profiles.institution("UCN")).build();
    private final MicroCredential complete = Samples.microCredential();
    private final MicroCredential nearlyEmpty = MicroCredential.builder(Samples.CREDENTIAL_ID)
            .learningOutcomes(List.of(LearningOutcome.of("lo-1", LocalizedString.en("Understand FAIR data."))))
            .build();

    /** Validates the complete credential. @return the report (empty) */
    @Benchmark
    public Report completeCredential() {
        return validator.validate(complete);
    }

    /** Validates a credential with 28 findings. @return the report */
    @Benchmark
    public Report credentialWithFindings() {
        return validator.validate(nearlyEmpty);
    }
}
