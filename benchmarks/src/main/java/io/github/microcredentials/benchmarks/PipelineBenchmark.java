package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * eddsa-rdfc-2022 sign and verify per second on one core, of the 3.2 KB Open Badges 3.0
 * micro-credential, on the library's one pipeline (processed-context cache, one-pass JSON-LD to
 * RDF, this library's RDFC-1.0, the full Titanium JSON-LD path for a document the fast walk does
 * not convert). The straightforward Titanium + titanium-rdfc pipeline is no longer part of the
 * library (it is the tests' differential oracle), so no system property selects it.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar Pipeline -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class PipelineBenchmark {

    private final SigningKey key = SigningKey.generate(KeyType.ED25519);
    private final Clock clock = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
    private byte[] credential;
    private byte[] signed;
    private byte[][] distinct;
    private int next;
    private DataIntegritySigner signer;
    private DataIntegrityVerifier verifier;

    /**
     * Builds signer and verifier and checks that the signed fixture verifies.
     *
     * @throws Exception never
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).clock(clock).build();
        verifier = DataIntegrityVerifier.builder().clock(clock).build();
        credential = Fixtures.microCredential(key);
        signed = signer.sign(credential);
        VerificationReport report = verifier.verify(signed);
        if (!report.isValid()) {
            throw new IllegalStateException("the fixture does not verify: " + report.summary());
        }
        distinct = distinctlySigned(DISTINCT);
    }

    /** More issuers than the did:key cache holds, each proof created at another second: no cache helps. */
    private static final int DISTINCT = 2048;

    private byte[][] distinctlySigned(int count) throws CredentialParseException, SigningException {
        byte[][] out = new byte[count][];
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            SigningKey issuer = SigningKey.generate(KeyType.ED25519);
            out[i] = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, issuer.signer())
                    .clock(Clock.fixed(start.plusSeconds(i), ZoneOffset.UTC)).build().sign(Fixtures.microCredential(issuer));
        }
        return out;
    }

    /** @return the signed credential @throws Exception never */
    @Benchmark
    public byte[] sign() throws CredentialParseException, SigningException {
        return signer.sign(credential);
    }

    /** @return the report */
    @Benchmark
    public VerificationReport verify() {
        return verifier.verify(signed);
    }

    /**
     * Verifies credentials of 2048 issuers in turn, each with its own proof time: the cost when
     * neither the key cache nor the proof configuration cache helps.
     *
     * @return the report
     */
    @Benchmark
    public VerificationReport verifyDistinct() {
        next = (next + 1) % distinct.length;
        return verifier.verify(distinct[next]);
    }
}
