package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Validator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Time to a ready validator in a fresh JVM, without the JMH harness: build a validator with every
 * profile, then validate the sample once. Prints wall-clock time and the CPU time of the main
 * thread, which other processes on a busy machine do not inflate. Run with
 * {@code java -cp core/target/microcredentials-core-0.1.0-SNAPSHOT.jar:benchmarks/target/classes:<jspecify.jar>
 * io.github.microcredentials.benchmarks.ValidatorStartup} to load the library from its own small
 * jar (from the shaded benchmarks jar, opening that jar costs more than building the validator).
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean(); // loaded before the measurement
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Validator validator = Validator.builder().profile(Profiles.all()).profile(Profiles.institution("UCN")).build();
        long built = System.nanoTime();
        long cpuBuilt = threads.getCurrentThreadCpuTime();
        Report report = validator.validate(Samples.microCredential());
        long validated = System.nanoTime();
        System.out.printf("validator construction: %.1f ms wall, %.1f ms CPU of the main thread (%d rules)%n",
                (built - start) / 1e6, (cpuBuilt - cpuStart) / 1e6, validator.rules().size());
        System.out.printf("JVM uptime when the validator was ready: %d ms%n",
                ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - built) / 1_000_000);
        System.out.printf("first validation (sample data built on the way): %.1f ms, conforms=%b%n",
                (validated - built) / 1e6, report.conforms());
    }
}
