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
import java.nio.charset.StandardCharsets;
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
 * {@code learners} is the demo credential for 1,024 different learners in turn (the same
 * achievement, another learner's identifiers, name, birth date and result), as a batch for one
 * course signs them: the library keeps the quads of large node objects it met, so signing one
 * credential again and again ({@code demo}, {@code small}) finds every part of it, and
 * {@code learners} finds the achievement and the issuer only.
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

    /** Which credential: the demo's full one, the 3.2 KB fixture, or the demo's for many learners. */
    @Param({"demo", "small", "learners"})
    public String credential;

    private static final int LEARNERS = 1024;

    private final SigningKey key = SigningKey.generate(KeyType.ED25519);
    private byte[] unsigned;
    private byte[] signed;
    private byte[][] unsignedByLearner;
    private byte[][] signedByLearner;
    private int next;
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
        unsigned = "small".equals(credential) ? Fixtures.microCredential(key) : Fixtures.demoCredential(key);
        signed = signer.sign(unsigned);
        referenceSigned = reference.sign(unsigned, key.signer(), CREATED.toString());
        VerificationReport report = verifier.verify(referenceSigned);
        if (!report.isValid()) {
            throw new IllegalStateException("the library does not verify the reference's signature: " + report.summary());
        }
        if (!verifier.verify(signed).isValid() || !reference.verify(signed, key.publicKey())) {
            throw new IllegalStateException("the reference does not verify the library's signature");
        }
        int variants = "learners".equals(credential) ? LEARNERS : 1;
        unsignedByLearner = new byte[variants][];
        signedByLearner = new byte[variants][];
        for (int i = 0; i < variants; i++) {
            unsignedByLearner[i] = variants == 1 ? unsigned : learner(unsigned, i);
            signedByLearner[i] = variants == 1 ? signed : signer.sign(unsignedByLearner[i]);
        }
        if (!reference.verify(signedByLearner[variants - 1], key.publicKey())) {
            throw new IllegalStateException("the reference does not verify the library's signature of the last learner");
        }
    }

    /** The demo credential for another learner: the learner's own values replaced, the rest as it is. */
    private static byte[] learner(byte[] demo, int i) {
        String n = String.format("%06d", i);
        String original = new String(demo, StandardCharsets.UTF_8);
        String json = original
                .replace("urn:uuid:6f1c2a7e-3b9d-4e55-9a1e-0c7d2f4b8a10", "urn:uuid:6f1c2a7e-3b9d-4e55-9a1e-0c7d2f" + n)
                .replace("urn:uuid:0b8e3f52-9d41-4c2a-8f3e-5a7b6c1d2e90", "urn:uuid:0b8e3f52-9d41-4c2a-8f3e-5a7b6c" + n)
                .replace("Sofie Nielsen", "Learner " + n).replace("\"Sofie\"", "\"Learner\"")
                .replace("7eafa6d48a30419ab59be08bfeab4a42", "7eafa6d48a30419ab59be08bfeab" + String.format("%04x", i))
                .replace("c43f5bc79581e6a61b34cc1495d15727c7be8705664d184c93e60695fb764c0e",
                        "c43f5bc79581e6a61b34cc1495d15727c7be8705664d184c93e60695fb" + n)
                .replace("UCN-2026-004711", "UCN-2026-" + n)
                .replace("1998-04-17", (1970 + i % 36) + "-0" + (1 + i % 9) + "-1" + i % 10)
                .replace("\"value\":\"Pass\"", i % 4 == 3 ? "\"value\":\"Fail\"" : "\"value\":\"Pass\"");
        for (String value : new String[] {"6f1c2a7e-3b9d-4e55-9a1e-0c7d2f4b8a10", "0b8e3f52-9d41-4c2a-8f3e-5a7b6c1d2e90", "Sofie Nielsen",
            "7eafa6d48a30419ab59be08bfeab4a42", "c43f5bc79581e6a61b34cc1495d15727c7be8705664d184c93e60695fb764c0e", "UCN-2026-004711"}) {
            if (!original.contains(value) || json.contains(value)) {
                throw new IllegalStateException("the demo credential no longer has the learner value " + value + " this benchmark replaces");
            }
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private int nextLearner() {
        int i = next;
        next = i + 1 == unsignedByLearner.length ? 0 : i + 1;
        return i;
    }

    /** @return the signed credential @throws Exception never */
    @Benchmark
    public byte[] sign() throws CredentialParseException, SigningException {
        return signer.sign(unsignedByLearner[nextLearner()]);
    }

    /** @return the signed credential on one line, as {@code sign --batch} writes it @throws Exception never */
    @Benchmark
    public byte[] signCompact() throws CredentialParseException, SigningException {
        return signer.signCompact(unsignedByLearner[nextLearner()]);
    }

    /** @return the report */
    @Benchmark
    public VerificationReport verify() {
        return verifier.verify(signedByLearner[nextLearner()]);
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
