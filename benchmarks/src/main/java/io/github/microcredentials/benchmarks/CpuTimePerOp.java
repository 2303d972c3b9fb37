package io.github.microcredentials.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;

/**
 * The operations of {@link RealisticCredentialBenchmark} timed in the CPU time of the measuring
 * thread rather than in wall time: on a shared, loaded machine JMH's throughput mostly measures
 * how much of a core the benchmark got, while CPU time per operation stays close to what a quiet
 * core does (caches and hyper-threading still differ). Each operation runs for a warm-up period,
 * then in rounds; each round prints operations per CPU second.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.microcredentials.benchmarks.CpuTimePerOp [demo|small] [sign|verify|referenceSign|referenceVerify] [seconds]}
 */
public final class CpuTimePerOp {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimePerOp() {
    }

    /**
     * Runs one operation.
     *
     * @param args the credential ({@code demo} or {@code small}), the operation, the CPU seconds of
     *     warm-up and of each of 5 rounds (default 10)
     * @throws Exception if the setup fails
     */
    public static void main(String[] args) throws Exception {
        RealisticCredentialBenchmark benchmark = new RealisticCredentialBenchmark();
        benchmark.credential = args.length > 0 ? args[0] : "demo";
        String operation = args.length > 1 ? args[1] : "sign";
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 10;
        benchmark.setUp();
        Callable<?> op = switch (operation) {
            case "sign" -> benchmark::sign;
            case "verify" -> benchmark::verify;
            case "referenceSign" -> benchmark::referenceSign;
            case "referenceVerify" -> benchmark::referenceVerify;
            default -> throw new IllegalArgumentException("unknown operation " + operation);
        };
        run(op, seconds);
        for (int round = 0; round < 5; round++) {
            double perSecond = run(op, seconds);
            System.out.printf("%s %s round %d: %.0f ops per CPU second (load average %.2f)%n", benchmark.credential, operation, round,
                    perSecond, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Runs the operation for about this many seconds of this thread's CPU time; operations per CPU second. */
    private static double run(Callable<?> op, long seconds) throws Exception {
        long budget = seconds * 1_000_000_000L;
        long start = THREADS.getCurrentThreadCpuTime();
        long used;
        long count = 0;
        Object sink = null;
        do {
            for (int i = 0; i < 16; i++) {
                sink = op.call();
            }
            count += 16;
            used = THREADS.getCurrentThreadCpuTime() - start;
        } while (used < budget);
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return count * 1e9 / used;
    }
}
