package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Validator;
import java.lang.management.ManagementFactory;

/**
 * Time to a ready validator in a fresh JVM, without the JMH harness: the first thing {@code main}
 * does is build a validator with every profile, then it validates the sample once. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.microcredentials.benchmarks.ValidatorStartup}.
 */
public final class ValidatorStartup {

    private ValidatorStartup() {
    }

    /**
     * Measures and prints.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Validator validator = Validator.builder().profile(Profiles.all()).profile(Profiles.institution("UCN")).build();
        long built = System.nanoTime();
        long readyAt = System.currentTimeMillis();
        Report report = validator.validate(Samples.microCredential());
        long validated = System.nanoTime();
        // Read after the measurement: the management beans load many classes of their own.
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("validator construction: %.1f ms (%d rules)%n", (built - start) / 1e6, validator.rules().size());
        System.out.printf("validator ready %d ms after JVM start%n", readyAt - jvmStart);
        System.out.printf("first validation (sample data built on the way): %.1f ms, conforms=%b%n",
                (validated - built) / 1e6, report.conforms());
    }
}
