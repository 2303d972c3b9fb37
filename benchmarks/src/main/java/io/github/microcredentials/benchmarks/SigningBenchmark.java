package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VcJwtSigner;
import io.github.microcredentials.signing.VcJwtVerifier;
import io.github.microcredentials.signing.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sign and verify per second of a realistic 3 KB Open Badges 3.0 micro-credential: Data Integrity
 * (eddsa-rdfc-2022, eddsa-jcs-2022, ecdsa-rdfc-2019) and VC-JWT (EdDSA, ES256, RS256).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar Signing -f 1 -wi 3 -i 5 -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SigningBenchmark {

    private static final URI OB_303 = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private final SigningKey ed25519 = SigningKey.generate(KeyType.ED25519);
    private final SigningKey p256 = SigningKey.generate(KeyType.P256);
    private final SigningKey rsa = SigningKey.generate(KeyType.RSA);
    private final JsonLdContexts contexts = JsonLdContexts.bundled()
            .with(OB_303, resource("purl.imsglobal.org_spec_ob_v3p0_context-3.0.3.json"));
    private final Clock clock = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

    private DataIntegritySigner rdfcSigner;
    private DataIntegritySigner jcsSigner;
    private DataIntegritySigner ecdsaSigner;
    private DataIntegrityVerifier diVerifier;
    private VcJwtSigner edJwt;
    private VcJwtSigner esJwt;
    private VcJwtSigner rsJwt;
    private VcJwtVerifier jwtVerifier;
    private byte[] edCredential;
    private byte[] pCredential;
    private byte[] rsaCredential;
    private byte[] rdfcSigned;
    private byte[] jcsSigned;
    private byte[] ecdsaSigned;
    private String edToken;
    private String esToken;
    private String rsToken;

    /**
     * Builds signers, verifiers and one signed copy per format.
     *
     * @throws Exception never
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        edCredential = withIssuer(ed25519);
        pCredential = withIssuer(p256);
        rsaCredential = withIssuer(rsa);
        rdfcSigner = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, ed25519.signer()).contexts(contexts).build();
        jcsSigner = DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, ed25519.signer()).contexts(contexts).build();
        ecdsaSigner = DataIntegritySigner.builder(Cryptosuite.ECDSA_RDFC_2019, p256.signer()).contexts(contexts).build();
        diVerifier = DataIntegrityVerifier.builder().contexts(contexts).clock(clock).build();
        edJwt = VcJwtSigner.withKeyId(ed25519.signer());
        esJwt = VcJwtSigner.withKeyId(p256.signer());
        rsJwt = VcJwtSigner.withKeyId(rsa.signer());
        jwtVerifier = VcJwtVerifier.builder().clock(clock).build();
        rdfcSigned = rdfcSigner.sign(edCredential);
        jcsSigned = jcsSigner.sign(edCredential);
        ecdsaSigned = ecdsaSigner.sign(pCredential);
        edToken = edJwt.sign(edCredential);
        esToken = esJwt.sign(pCredential);
        rsToken = rsJwt.sign(rsaCredential);
        for (VerificationReport report : new VerificationReport[] {diVerifier.verify(rdfcSigned), diVerifier.verify(jcsSigned),
                diVerifier.verify(ecdsaSigned), jwtVerifier.verify(edToken), jwtVerifier.verify(esToken), jwtVerifier.verify(rsToken)}) {
            if (!report.isValid()) {
                throw new IllegalStateException("benchmark fixture does not verify: " + report.summary());
            }
        }
    }

    /** @return the signed credential @throws Exception never */
    @Benchmark
    public byte[] signEddsaRdfc2022() throws CredentialParseException, SigningException {
        return rdfcSigner.sign(edCredential);
    }

    /** @return the report */
    @Benchmark
    public VerificationReport verifyEddsaRdfc2022() {
        return diVerifier.verify(rdfcSigned);
    }

    /** @return the signed credential @throws Exception never */
    @Benchmark
    public byte[] signEddsaJcs2022() throws CredentialParseException, SigningException {
        return jcsSigner.sign(edCredential);
    }

    /** @return the report */
    @Benchmark
    public VerificationReport verifyEddsaJcs2022() {
        return diVerifier.verify(jcsSigned);
    }

    /** @return the signed credential @throws Exception never */
    @Benchmark
    public byte[] signEcdsaRdfc2019() throws CredentialParseException, SigningException {
        return ecdsaSigner.sign(pCredential);
    }

    /** @return the report */
    @Benchmark
    public VerificationReport verifyEcdsaRdfc2019() {
        return diVerifier.verify(ecdsaSigned);
    }

    /** @return the token @throws Exception never */
    @Benchmark
    public String signJwtEdDsa() throws CredentialParseException, SigningException {
        return edJwt.sign(edCredential);
    }

    /** @return the report */
    @Benchmark
    public VerificationReport verifyJwtEdDsa() {
        return jwtVerifier.verify(edToken);
    }

    /** @return the token @throws Exception never */
    @Benchmark
    public String signJwtEs256() throws CredentialParseException, SigningException {
        return esJwt.sign(pCredential);
    }

    /** @return the report */
    @Benchmark
    public VerificationReport verifyJwtEs256() {
        return jwtVerifier.verify(esToken);
    }

    /** @return the token @throws Exception never */
    @Benchmark
    public String signJwtRs256() throws CredentialParseException, SigningException {
        return rsJwt.sign(rsaCredential);
    }

    /** @return the report */
    @Benchmark
    public VerificationReport verifyJwtRs256() {
        return jwtVerifier.verify(rsToken);
    }

    private static byte[] withIssuer(SigningKey key) {
        String json = new String(resource("ob3-microcredential.json"), StandardCharsets.UTF_8);
        return json.replace("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", key.publicKey().did().toString())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = SigningBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
