package io.github.microcredentials.benchmarks;

import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.batch.BatchResult;
import io.github.microcredentials.signing.batch.BatchSigner;
import io.github.microcredentials.signing.batch.BatchSink;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Bulk issuance end to end: generates a cohort of Open Badges 3.0 micro-credentials (openbadges
 * writer), signs them with eddsa-rdfc-2022 through {@link BatchSigner} on every core, and writes
 * signed JSON Lines; prints wall time, rate and the peak heap.
 *
 * <p>Run: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * io.github.microcredentials.benchmarks.BatchIssue 1000000 /tmp/signed.jsonl}
 */
public final class BatchIssue {

    private BatchIssue() {
    }

    /**
     * Runs the batch.
     *
     * @param args the number of credentials, the output file, optionally the number of threads
     * @throws IOException if the output cannot be written
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        Path output = Path.of(args.length > 1 ? args[1] : "signed.jsonl");
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build();
        BatchSigner batch = BatchSigner.builder(signer)
                .parallelism(threads)
                .expectedItems(count)
                .progress(p -> System.err.println(p), Duration.ofSeconds(10))
                .onFailure(f -> System.err.println(f))
                .build();
        System.err.printf("signing %d credentials on %d threads, heap limit %d MB, into %s%n",
                count, threads, Runtime.getRuntime().maxMemory() >> 20, output);
        BatchResult result;
        try (OutputStream out = Files.newOutputStream(output)) {
            result = batch.run(new Cohort(key.publicKey().did(), count), BatchSink.jsonLines(out));
        }
        System.out.printf("%d signed, %d failed, wall time %.1f s, %.0f credentials/s, %d MB written, peak heap %d MB (limit %d MB)%n",
                result.signed(), result.failed(), result.elapsed().toNanos() / 1e9, result.perSecond(),
                Files.size(output) >> 20, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
