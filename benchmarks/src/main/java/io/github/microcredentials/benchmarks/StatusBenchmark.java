package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.status.FileStatusStore;
import io.github.microcredentials.status.InMemoryStatusStore;
import io.github.microcredentials.status.ListDefinition;
import io.github.microcredentials.status.StatusChecker;
import io.github.microcredentials.status.StatusList;
import io.github.microcredentials.status.StatusListPublisher;
import io.github.microcredentials.status.StatusListResolver;
import io.github.microcredentials.status.StatusListSigner;
import io.github.microcredentials.status.StatusResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Credential status (W3C Bitstring Status List): publishing a full 131,072-entry list, checking a
 * credential against a list already verified and expanded, and allocating on the file store.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar StatusBenchmark -f 1 -wi 3 -i 5 -w 1s -r 2s -t 1}
 * (the PostgreSQL allocation rate with 8 issuers is {@link StatusPostgresBenchmark}).
 */
@State(Scope.Benchmark)
public class StatusBenchmark {

    private static final URI LIST = URI.create("https://example.edu/status/bench");

    private StatusList list;
    private StatusListPublisher publisher;
    private StatusChecker checker;
    private byte[] credential;
    private Path dir;
    private FileStatusStore fileStore;
    private StatusList fileList;

    @Setup(Level.Iteration)
    public void setUp() throws Exception {
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build();
        list = StatusList.create(new InMemoryStatusStore(), ListDefinition.revocation(LIST));
        // A list a tenth revoked, so that publishing compresses a realistic bitstring.
        for (int i = 0; i < 13_000; i++) {
            long index = list.allocate().statusListIndex();
            if (i % 10 == 0) {
                list.revoke(index);
            }
        }
        publisher = StatusListPublisher.builder(key.publicKey().did(), StatusListSigner.dataIntegrity(signer)).build();
        BitstringStatusListEntry entry = list.allocate();
        list.revoke(entry.statusListIndex());
        credential = signer.sign(("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"urn:uuid:1\","
                + "\"type\":[\"VerifiableCredential\"],\"issuer\":\"" + key.publicKey().did() + "\","
                + "\"validFrom\":\"2026-01-01T00:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:learner\"},"
                + "\"credentialStatus\":{\"id\":\"" + entry.idOrListFragment() + "\",\"type\":\"BitstringStatusListEntry\","
                + "\"statusPurpose\":\"revocation\",\"statusListIndex\":\"" + entry.statusListIndex() + "\","
                + "\"statusListCredential\":\"" + LIST + "\"}}").getBytes(StandardCharsets.UTF_8));
        checker = StatusChecker.builder(StatusListResolver.of(Map.of(LIST, publisher.publish(list)))).build();
        if (!checker.check(credential).isRevoked()) {
            throw new IllegalStateException("the benchmark credential should be revoked");
        }
        dir = Files.createTempDirectory("status-bench");
        fileStore = FileStatusStore.open(dir);
        fileList = StatusList.create(fileStore, ListDefinition.generate(URI.create("https://example.edu/status/file"),
                io.github.microcredentials.core.model.StatusPurpose.REVOCATION, 1, 16L * 1024 * 1024, new java.security.SecureRandom()));
    }

    @TearDown(Level.Iteration)
    public void tearDown() throws Exception {
        fileStore.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Allocate an index, revoke it, and publish the signed 131,072-entry list credential. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] allocateRevokePublish() throws Exception {
        list.revoke(list.allocate().statusListIndex());
        return publisher.publish(list);
    }

    /** Check a credential's status against a list already verified and expanded. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public StatusResult checkCached() {
        return checker.check(credential);
    }

    /** Allocations per second on the crash-safe file store (journal forced every 1,024 reservations). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public BitstringStatusListEntry allocateFileStore() throws Exception {
        return fileList.allocate();
    }
}
