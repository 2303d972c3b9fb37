package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a validator with every profile in a fresh JVM: one shot per fork, no warm-up, so each
 * measurement includes loading the rule classes, the profiles, the institution data, the verb
 * lists and the message bundle.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ValidatorStartupBenchmark {

    /** Builds the validator. @return the validator */
    @Benchmark
    public Validator allProfiles() {
        return Validator.builder().profile(Profiles.all()).profile(Profiles.institution("UCN")).build();
    }
}
