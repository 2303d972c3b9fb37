package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import io.github.microcredentials.openbadges.baking.BadgeBaker;
import io.github.microcredentials.openbadges.baking.UnbakeResult;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import io.github.microcredentials.render.BadgeImages;
import io.github.microcredentials.render.CertificateRenderer;
import io.github.microcredentials.render.PdfSealer;
import io.github.microcredentials.render.SignedCredential;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
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
 * Certificates and badges, average time per operation on one thread: rendering the sample
 * micro-credential's PDF/A-3b certificate (English, the signed Open Badges 3.0 credential
 * embedded), sealing it PAdES-BASELINE-B (RS256, 2048-bit key), rendering and sealing together,
 * and baking and unbaking the signed credential in a PNG and an SVG badge. Memory per render:
 * run with {@code -prof gc} ({@code gc.alloc.rate.norm}).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar Certificate -f 1 -wi 3 -i 5 -t 1 -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CertificateBenchmark {

    private MicroCredential credential;
    private SignedCredential signed;
    private CertificateRenderer renderer;
    private PdfSealer sealer;
    private Signer seal;
    private byte[] pdf;
    private byte[] png;
    private byte[] svg;
    private byte[] bakedPng;
    private byte[] bakedSvg;

    /**
     * The signed credential, a seal key with a self-signed certificate, the images.
     *
     * @throws Exception never
     */
    @Setup
    public void setUp() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-07-01T08:00:00Z"), ZoneOffset.UTC);
        credential = Samples.microCredential();
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        signed = SignedCredential.of(DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).clock(clock).build()
                .sign(OpenBadgesWriter.builder().issuerId(key.publicKey().did()).build().write(credential)));
        renderer = CertificateRenderer.builder().clock(clock).build();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        seal = Signers.jca(keys.getPrivate(), List.of(selfSigned(keys)));
        sealer = PdfSealer.builder().clock(clock).build();
        pdf = renderer.pdf(credential, signed);
        png = BadgeImages.png(credential);
        svg = BadgeImages.svg(credential);
        bakedPng = BadgeBaker.create().bake(png, signed.bytes());
        bakedSvg = BadgeBaker.create().bake(svg, signed.bytes());
        if (!new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new IllegalStateException("not a PDF");
        }
    }

    private static X509Certificate selfSigned(KeyPair keys) throws Exception {
        X500Name name = new X500Name("C=BE,O=Benchmark University,2.5.4.97=VATBE-0123456789,CN=Benchmark seal");
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(Instant.parse("2026-01-01T00:00:00Z")), Date.from(Instant.parse("2036-01-01T00:00:00Z")), name,
                keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    /** @return the PDF/A-3b certificate, credential embedded */
    @Benchmark
    public byte[] render() throws Exception {
        return renderer.pdf(credential, signed);
    }

    /** @return the rendered certificate sealed PAdES-BASELINE-B */
    @Benchmark
    public byte[] sealB() throws Exception {
        return sealer.seal(pdf, seal);
    }

    /** @return a certificate rendered and sealed */
    @Benchmark
    public byte[] renderAndSeal() throws Exception {
        return sealer.seal(renderer.pdf(credential, signed), seal);
    }

    /** @return the PNG badge with the credential baked in */
    @Benchmark
    public byte[] bakePng() throws Exception {
        return BadgeBaker.create().bake(png, signed.bytes());
    }

    /** @return the credential of the baked PNG */
    @Benchmark
    public UnbakeResult unbakePng() {
        return BadgeBaker.create().unbake(bakedPng);
    }

    /** @return the SVG badge with the credential baked in */
    @Benchmark
    public byte[] bakeSvg() throws Exception {
        return BadgeBaker.create().bake(svg, signed.bytes());
    }

    /** @return the credential of the baked SVG */
    @Benchmark
    public UnbakeResult unbakeSvg() {
        return BadgeBaker.create().unbake(bakedSvg);
    }
}
