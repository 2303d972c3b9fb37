package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationReport;
import java.net.URI;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * eddsa-rdfc-2022 sign and verify per second on one core of the credential institutions issue:
 * the CLI demo's full Annex I micro-credential as Open Badges 3.0 ({@code demo}, 8.5 KB, most of
 * its nodes blank), with the 3.2 KB fixture ({@code small}) in the same run, on the library and on
 * the straightforward reference pipeline ({@link ReferencePipeline}: Titanium JSON-LD,
 * titanium-rdfc), so that the ratio library/reference of each size comes from one run.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar RealisticCredential -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class RealisticCredentialBenchmark {

    private static final URI OB_303 = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    private static final Instant CREATED = Instant.parse("2027-01-01T00:00:00Z");

    /** Which credential: the demo's full one or the 3.2 KB fixture. */
    @Param({"demo", "small"})
    public String credential;

    private final SigningKey key = SigningKey.generate(KeyType.ED25519);
    private byte[] unsigned;
    private byte[] signed;
    private byte[] referenceSigned;
    private DataIntegritySigner signer;
    private DataIntegrityVerifier verifier;
    private ReferencePipeline reference;

    /**
     * Builds both pipelines and checks that each verifies what the other signs.
     *
     * @throws Exception if a check fails
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        JsonLdContexts contexts = JsonLdContexts.bundled();
        if (!contexts.contains(OB_303)) {
            contexts = contexts.with(OB_303, Fixtures.resource("purl.imsglobal.org_spec_ob_v3p0_context-3.0.3.json"));
        }
        Clock clock = Clock.fixed(CREATED, ZoneOffset.UTC);
        signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).contexts(contexts).clock(clock).build();
        verifier = DataIntegrityVerifier.builder().contexts(contexts).clock(clock).build();
        reference = new ReferencePipeline(contexts);
        unsigned = "demo".equals(credential) ? Fixtures.demoCredential(key) : Fixtures.microCredential(key);
        signed = signer.sign(unsigned);
        referenceSigned = reference.sign(unsigned, key.signer(), CREATED.toString());
        VerificationReport report = verifier.verify(referenceSigned);
        if (!report.isValid()) {
            throw new IllegalStateException("the library does not verify the reference's signature: " + report.summary());
        }
        if (!verifier.verify(signed).isValid() || !reference.verify(signed, key.publicKey())) {
            throw new IllegalStateException("the reference does not verify the library's signature");
        }
    }

    /** @return the signed credential @throws Exception never */
    @Benchmark
    public byte[] sign() throws CredentialParseException, SigningException {
        return signer.sign(unsigned);
    }

    /** @return the signed credential on one line, as {@code sign --batch} writes it @throws Exception never */
    @Benchmark
    public byte[] signCompact() throws CredentialParseException, SigningException {
        return signer.signCompact(unsigned);
    }

    /** @return the report */
    @Benchmark
    public VerificationReport verify() {
        return verifier.verify(signed);
    }

    /** @return the signed credential @throws Exception never */
    @Benchmark
    public byte[] referenceSign() throws Exception {
        return reference.sign(unsigned, key.signer(), CREATED.toString());
    }

    /** @return whether it verifies @throws Exception never */
    @Benchmark
    public boolean referenceVerify() throws Exception {
        return reference.verify(referenceSigned, key.publicKey());
    }
}
