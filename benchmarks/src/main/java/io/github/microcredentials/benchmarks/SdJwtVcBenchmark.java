package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.wallet.SdJwtHolder;
import io.github.microcredentials.wallet.SdJwtVcIssuer;
import io.github.microcredentials.wallet.SdJwtVerifier;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SD-JWT VC issue and presentation verify per second for the sample micro-credential (every Annex I
 * element a disclosure, decoys, holder binding): issuing with ES256 and EdDSA issuer keys, and verifying
 * a presentation of three claims with its Key Binding JWT. Issue #19 asks for at least 5,000 per second
 * per core for each. Run: {@code java -jar benchmarks/target/benchmarks.jar SdJwtVc -f 1 -wi 3 -i 5 -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SdJwtVcBenchmark {

    private static final String ISSUER = "https://university.example";
    private static final String AUD = "https://employer.example";

    private final SigningKey p256 = SigningKey.generate(KeyType.P256);
    private final SigningKey ed25519 = SigningKey.generate(KeyType.ED25519);
    private final SigningKey holder = SigningKey.generate(KeyType.P256);
    private final MicroCredential credential = Samples.microCredential();

    private SdJwtVcIssuer es256;
    private SdJwtVcIssuer eddsa;
    private SdJwtVerifier verifier;
    private String presentation;

    /**
     * Builds the issuers, the verifier and one presentation.
     *
     * @throws Exception never
     */
    @Setup
    public void setUp() throws Exception {
        es256 = SdJwtVcIssuer.builder(p256.signer(), ISSUER).build();
        eddsa = SdJwtVcIssuer.builder(ed25519.signer(), ISSUER).build();
        verifier = SdJwtVerifier.builder().issuerKey(p256.publicKey()).skipStatus().build();
        String issued = es256.issue(credential, holder.publicKey(), null);
        presentation = SdJwtHolder.present(issued, List.of("title", "ects", "awardingBody"), holder.signer(), AUD, "n-1", Instant.now());
        if (!verifier.verifyPresentation(presentation, AUD, "n-1").isValid()) {
            throw new IllegalStateException("the benchmark's presentation does not verify");
        }
    }

    /**
     * Issues with ES256.
     *
     * @return the SD-JWT VC
     * @throws Exception never
     */
    @Benchmark
    public String issueEs256() throws Exception {
        return es256.issue(credential, holder.publicKey(), null);
    }

    /**
     * Issues with EdDSA.
     *
     * @return the SD-JWT VC
     * @throws Exception never
     */
    @Benchmark
    public String issueEdDsa() throws Exception {
        return eddsa.issue(credential, holder.publicKey(), null);
    }

    /**
     * Verifies a presentation (issuer signature, digests, Key Binding JWT).
     *
     * @return whether it is valid
     */
    @Benchmark
    public boolean verifyPresentation() {
        return verifier.verifyPresentation(presentation, AUD, "n-1").isValid();
    }
}
