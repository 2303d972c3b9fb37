package io.github.microcredentials.seals;

import io.github.microcredentials.signing.SignatureAlgorithm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.seals.internal.xades.XmlDocs;
import io.github.microcredentials.testfixtures.TestPki;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Enveloped XAdES sealing and verification; the EU's legacy XML seals; signature-wrapping attacks. */
class XadesSealTest {

    static final TestPki PKI = TestPki.INSTANCE;
    static final Clock CLOCK = Clock.fixed(TestPki.SIGNING_TIME, ZoneOffset.UTC);
    static final byte[] XML = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><credential xmlns=\"urn:test\" id=\"c1\">"
            + "<title lang=\"en\">Diploma in Sociology</title><learner>Zoë Müller</learner></credential>").getBytes(StandardCharsets.UTF_8);

    static SealVerifier verifier() {
        return SealVerifier.builder().trustAnchors(PKI.root().chain()).clock(CLOCK).build();
    }

    static byte[] seal() throws Exception {
        return XadesSealer.builder().clock(CLOCK).build().seal(XML, PKI.rsaSeal().signer());
    }

    @ParameterizedTest
    @EnumSource(value = SignatureAlgorithm.class, names = {"RS256", "PS256"})
    void baselineB_verifies(SignatureAlgorithm algorithm) throws Exception {
        byte[] sealed = XadesSealer.builder().algorithm(algorithm).clock(CLOCK).build().seal(XML, PKI.rsaSeal().signer());

        SealReport report = verifier().verify(sealed);

        assertThat(report.problems()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.levelName()).isEqualTo("XAdES-BASELINE-B");
        assertThat(report.signingTime()).contains(TestPki.SIGNING_TIME);
        assertThat(new String(sealed, StandardCharsets.UTF_8)).contains("SigningCertificateV2", algorithm.xmlDsigUri());
    }

    @Test
    void ecdsa_verifies() throws Exception {
        byte[] sealed = XadesSealer.builder().clock(CLOCK).build().seal(XML, PKI.ecSeal().signer());

        assertThat(new String(sealed, StandardCharsets.UTF_8)).contains(SignatureAlgorithm.ES256.xmlDsigUri());
        assertThat(verifier().verify(sealed).isValid()).isTrue();
    }

    @Test
    void baselineT_verifiesItsSignatureTimestamp() throws Exception {
        byte[] sealed = XadesSealer.builder().level(SealLevel.BASELINE_T).tsa(new InProcessTsa(PKI.tsa(), CLOCK)).clock(CLOCK).build()
                .seal(XML, PKI.rsaSeal().signer());

        SealReport report = SealVerifier.builder().trustAnchors(PKI.root().chain()).build().verify(sealed);

        assertThat(report.problems()).isEmpty();
        assertThat(report.level()).contains(SealLevel.BASELINE_T);
        assertThat(report.timestampTime()).contains(TestPki.SIGNING_TIME);
    }

    @Test
    void oneByteChangeOfTheContent_isRejected() throws Exception {
        String sealed = new String(seal(), StandardCharsets.UTF_8);

        SealReport report = verifier().verify(sealed.replace("Sociology", "Sociologz").getBytes(StandardCharsets.UTF_8));

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.REFERENCE_INVALID);
    }

    @Test
    void changedSigningTime_isRejected() throws Exception {
        String sealed = new String(seal(), StandardCharsets.UTF_8);

        SealReport report = verifier().verify(sealed.replace("2026-03-01T12:00:00Z", "2026-03-01T12:00:01Z").getBytes(StandardCharsets.UTF_8));

        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.REFERENCE_INVALID);
    }

    @Test
    void euQSealCredential_isIntactAndTrustedAtItsSigningTime() {
        byte[] seal = EuSealsTest.resource("credential-QSeal.xml");
        java.time.Instant signed = SealVerifier.builder().build().verify(seal).signingTime().orElseThrow();

        SealReport report = SealVerifier.builder().trustAnchors(EuSealsTest.pem("halcom-root-ca.pem")).validationTime(signed).build().verify(seal);

        assertThat(report.problems()).as(report.toJson()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.level()).contains(SealLevel.BASELINE_LT);
        assertThat(report.signer().flatMap(SealSubject::organisationIdentifier)).contains("VATSI-61038750");
    }

    @Test
    void euGenericProfileCredential_whoseContentChanged_isRejected() {
        byte[] seal = EuSealsTest.resource("credential-generic-profile-xsd-signed.xml");

        SealReport report = SealVerifier.builder().trustAnchors(EuSealsTest.pem("halcom-root-ca.pem")).validationTime(
                java.time.Instant.parse("2020-07-30T00:00:00Z")).build().verify(seal);

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.REFERENCE_INVALID);
    }

    @Test
    void wrapping_aSecondSignature_isRejected() throws Exception {
        Document document = XmlDocs.parse(seal());
        Element signature = signature(document);
        Element wrapper = document.createElementNS("urn:test", "extra");
        wrapper.appendChild(signature.cloneNode(true));
        document.getDocumentElement().insertBefore(wrapper, document.getDocumentElement().getFirstChild());

        assertUnsafe(XmlDocs.serialize(document));
    }

    @Test
    void wrapping_aMovedReferenceTarget_isRejected() throws Exception {
        // The classic XSW: the signed content moves into the signature (where the enveloped transform
        // hides it) and a forged document takes its place, the reference pointing at the moved copy.
        String sealed = new String(seal(), StandardCharsets.UTF_8);
        String moved = sealed.replace("<ds:Object>", "<ds:Object><original Id=\"moved\"><title>Diploma in Sociology</title></original>")
                .replace("URI=\"\"", "URI=\"#moved\"").replace("Sociology</title><learner", "Astrophysics</title><learner");

        assertUnsafe(moved.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wrapping_anIdCollision_isRejected() throws Exception {
        String sealed = new String(seal(), StandardCharsets.UTF_8);
        String id = sealed.replaceAll("(?s).*<xades:SignedProperties Id=\"([^\"]+)\".*", "$1");
        String collided = sealed.replace("<learner>", "<learner Id=\"" + id + "\">");

        assertUnsafe(collided.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void externalReference_isRejectedWithoutBeingFetched() throws Exception {
        String sealed = new String(seal(), StandardCharsets.UTF_8);
        String external = sealed.replaceFirst("URI=\"#xades-", "URI=\"http://127.0.0.1:9/x#xades-");

        assertUnsafe(external.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void documentTypeDeclarations_areRefused() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><c>&x;</c>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(verifier().verify(xxe).problems()).extracting(SealProblem::code).containsExactly(SealProblem.Code.MALFORMED);
        assertThatThrownBy(() -> XadesSealer.builder().build().seal(xxe, PKI.rsaSeal().signer())).isInstanceOf(CredentialParseException.class);
    }

    @Test
    void sealingASignedDocument_isRefused() throws Exception {
        byte[] sealed = seal();

        assertThatThrownBy(() -> XadesSealer.builder().build().seal(sealed, PKI.rsaSeal().signer()))
                .isInstanceOf(CredentialParseException.class).hasMessageContaining("already signed");
    }

    private static void assertUnsafe(byte[] document) {
        SealReport report = verifier().verify(document);
        assertThat(report.isValid()).isFalse();
        // Refused as a seal for its structure; the integrity of each signature is judged as well
        // (as DSS does), so integrity problems may come with it, and nothing else.
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.UNSAFE_STRUCTURE);
        assertThat(report.problems()).extracting(SealProblem::kind)
                .containsOnly(SealProblem.Kind.STRUCTURE, SealProblem.Kind.INTEGRITY);
    }

    private static Element signature(Document document) {
        Node node = document.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature").item(0);
        return (Element) node;
    }
}
