package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.EdcWriter;
import io.github.microcredentials.seals.JadesSealer;
import io.github.microcredentials.seals.SealReport;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import io.github.microcredentials.seals.SealVerifier;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
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
 * JAdES seals per second of the sample micro-credential written as an EDC (RS256 on a 2048-bit
 * key, ES256 on P-256, BASELINE-B), the raw JCA signature over the same data to be signed (the
 * floor a seal cannot beat), and seal verifications per second (chain to a trusted root included).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar Seal -f 1 -wi 3 -i 5 -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SealBenchmark {

    private final Clock clock = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
    private byte[] edc;
    private KeyPair rsa;
    private KeyPair ec;
    private Signer rsaSigner;
    private Signer ecSigner;
    private JadesSealer sealer;
    private SealVerifier rsaVerifier;
    private SealVerifier ecVerifier;
    private byte[] rsaDataToBeSigned;
    private byte[] ecDataToBeSigned;
    private byte[] rsaSeal;
    private byte[] ecSeal;

    /**
     * Keys, self-signed seal certificates, one seal of each kind.
     *
     * @throws Exception never
     */
    @Setup
    public void setUp() throws Exception {
        edc = EdcWriter.create().writeBytes(Samples.microCredential());
        KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
        rsaGenerator.initialize(2048);
        rsa = rsaGenerator.generateKeyPair();
        KeyPairGenerator ecGenerator = KeyPairGenerator.getInstance("EC");
        ecGenerator.initialize(new ECGenParameterSpec("secp256r1"));
        ec = ecGenerator.generateKeyPair();
        X509Certificate rsaCertificate = selfSigned(rsa, "SHA256withRSA");
        X509Certificate ecCertificate = selfSigned(ec, "SHA256withECDSA");
        rsaSigner = Signers.jca(rsa.getPrivate(), List.of(rsaCertificate));
        ecSigner = Signers.jca(ec.getPrivate(), List.of(ecCertificate));
        sealer = JadesSealer.builder().clock(clock).build();
        rsaDataToBeSigned = sealer.prepare(edc, List.of(rsaCertificate)).dataToBeSigned();
        ecDataToBeSigned = sealer.prepare(edc, List.of(ecCertificate)).dataToBeSigned();
        rsaSeal = sealer.seal(edc, rsaSigner);
        ecSeal = sealer.seal(edc, ecSigner);
        rsaVerifier = SealVerifier.builder().trustAnchors(List.of(rsaCertificate)).clock(clock).build();
        ecVerifier = SealVerifier.builder().trustAnchors(List.of(ecCertificate)).clock(clock).build();
        if (!rsaVerifier.verify(rsaSeal).isValid() || !ecVerifier.verify(ecSeal).isValid()) {
            throw new IllegalStateException("benchmark seals do not verify");
        }
    }

    private static X509Certificate selfSigned(KeyPair keys, String algorithm) throws Exception {
        X500Name name = new X500Name("C=BE,O=Benchmark University,2.5.4.97=VATBE-0123456789,CN=Benchmark seal");
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(Instant.parse("2026-01-01T00:00:00Z")), Date.from(Instant.parse("2036-01-01T00:00:00Z")), name,
                keys.getPublic()).build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
    }

    /** @return a JAdES-BASELINE-B seal, RS256, 2048-bit key */
    @Benchmark
    public byte[] sealRs256() throws Exception {
        return sealer.seal(edc, rsaSigner);
    }

    /** @return the raw RS256 signature over the same data to be signed */
    @Benchmark
    public byte[] rawRs256() throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(rsa.getPrivate());
        signature.update(rsaDataToBeSigned);
        return signature.sign();
    }

    /** @return a JAdES-BASELINE-B seal, ES256 */
    @Benchmark
    public byte[] sealEs256() throws Exception {
        return sealer.seal(edc, ecSigner);
    }

    /** @return the raw ES256 signature over the same data to be signed */
    @Benchmark
    public byte[] rawEs256() throws Exception {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(ec.getPrivate());
        signature.update(ecDataToBeSigned);
        return signature.sign();
    }

    /** @return the report of an RS256 seal */
    @Benchmark
    public SealReport verifyRs256() {
        return rsaVerifier.verify(rsaSeal);
    }

    /** @return the report of an ES256 seal */
    @Benchmark
    public SealReport verifyEs256() {
        return ecVerifier.verify(ecSeal);
    }
}
