package io.github.microcredentials.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that adds the CPU time per operation to each iteration: {@code ·cpu.thread}, the
 * CPU time of the benchmark's worker threads, and {@code ·cpu.process}, that of the whole forked
 * JVM (so also the garbage collector and the JIT compiler), both in microseconds per operation.
 * On a shared machine JMH's throughput mostly measures the share of a core the fork got; CPU time
 * per operation stays close to what a quiet core does. Unlike {@link CpuTimePerOp} it needs
 * nothing from the benchmark, so the same profiler measures the jar of an older commit:
 *
 * <pre>{@code
 * java -cp PROFILER_CLASSES:old/benchmarks.jar org.openjdk.jmh.Main Signing \
 *     -prof io.github.microcredentials.benchmarks.CpuTimeProfiler
 * }</pre>
 *
 * <p>The iteration's CPU time is divided by all its operations, those JMH did not count as
 * measured included (they ran in the same interval).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    // JMH names its worker threads "<benchmark>-jmh-worker-<n>".
    private static final String WORKER = "-jmh-worker-";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Map<Long, Long> workersBefore = Map.of();
    private long processBefore;

    @Override
    public String getDescription() {
        return "CPU time per operation: benchmark threads and the whole JVM";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workersBefore = workerCpuTimes();
        processBefore = OS.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long process = OS.getProcessCpuTime() - processBefore;
        long workers = 0;
        for (Map.Entry<Long, Long> now : workerCpuTimes().entrySet()) {
            // A worker started during the iteration counts from zero.
            workers += now.getValue() - workersBefore.getOrDefault(now.getKey(), 0L);
        }
        long ops = result.getMetadata().getAllOps();
        if (ops == 0) {
            return List.of();
        }
        return List.of(
                new ScalarResult("·cpu.thread", workers / 1e3 / ops, "us/op", AggregationPolicy.AVG),
                new ScalarResult("·cpu.process", process / 1e3 / ops, "us/op", AggregationPolicy.AVG));
    }

    /** CPU nanoseconds so far of each live JMH worker thread, by thread id. */
    private static Map<Long, Long> workerCpuTimes() {
        Map<Long, Long> times = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER)) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    times.put(info.getThreadId(), cpu);
                }
            }
        }
        return times;
    }
}
