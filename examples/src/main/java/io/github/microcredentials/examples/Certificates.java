package io.github.microcredentials.examples;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.openbadges.baking.BadgeBaker;
import io.github.microcredentials.openbadges.baking.BakedCredential;
import io.github.microcredentials.openbadges.baking.BakingException;
import io.github.microcredentials.openbadges.baking.UnbakeResult;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.render.BadgeImages;
import io.github.microcredentials.render.CertificateReport;
import io.github.microcredentials.render.CertificateRenderer;
import io.github.microcredentials.render.CertificateVerifier;
import io.github.microcredentials.render.PdfSealer;
import io.github.microcredentials.render.QrContent;
import io.github.microcredentials.render.RenderException;
import io.github.microcredentials.render.SignedCredential;
import io.github.microcredentials.signing.SigningException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;

/** A certificate a person can hold: rendered, sealed and verified; and a badge with the credential baked in. */
public final class Certificates {

    private Certificates() {
    }

    /**
     * Renders the certificate of a signed credential in English and German, with a QR code that links
     * to the issuer's verification page, and seals it.
     *
     * @param credential the micro-credential
     * @param signedJson the same credential signed (Data Integrity JSON), embedded in the PDF
     * @param seal the institution's seal key
     * @return the sealed PDF/A-3b certificate
     * @throws RenderException if the certificate cannot be rendered
     * @throws SigningException if the seal key fails
     */
    public static byte[] renderAndSeal(MicroCredential credential, String signedJson, Signer seal)
            throws RenderException, SigningException {
        // tag::render[]
        CertificateRenderer renderer = CertificateRenderer.builder()
                .languages(List.of("en", "de"))                            // one page per language
                .qr(QrContent.verificationPage(URI.create("https://www.ucn.dk/verify")))
                .build();
        byte[] pdf = renderer.pdf(credential, SignedCredential.of(signedJson)); // PDF/A-3b, credential embedded
        byte[] sealed = PdfSealer.builder().build().seal(pdf, seal);           // PAdES-BASELINE-B
        // end::render[]
        return sealed;
    }

    /**
     * Verifies a sealed certificate: its seal and the credential embedded in it.
     *
     * @param pdf the certificate
     * @param trustAnchors the seal's root certificates
     * @return the report
     */
    public static CertificateReport verify(byte[] pdf, List<X509Certificate> trustAnchors) {
        // tag::verify[]
        CertificateReport report = CertificateVerifier.builder().trustAnchors(trustAnchors).build().verify(pdf);
        System.out.println(report.summary());   // VALID; seal VALID PAdES-BASELINE-B by CN=…; embedded DATA_INTEGRITY VALID (…)
        // end::verify[]
        return report;
    }

    /**
     * Bakes a signed credential into a badge image and unbakes it again.
     *
     * @param credential the micro-credential shown on the badge
     * @param signedJson the signed credential
     * @return the unbaked credential, byte for byte the signed one
     * @throws BakingException if the image cannot be baked
     */
    public static byte[] bakeAndUnbake(MicroCredential credential, String signedJson) throws BakingException {
        // tag::bake[]
        byte[] badge = BadgeBaker.create().bake(BadgeImages.png(credential), signedJson);  // or your own PNG or SVG
        UnbakeResult unbaked = BadgeBaker.create().unbake(badge);
        BakedCredential found = unbaked.credential().orElseThrow();   // absent: unbaked.problems() says why
        // end::bake[]
        return found.bytes();
    }
}
