package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.seals.internal.xades.XmlDocs;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.apache.xml.security.signature.XMLSignature;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Integrity judged apart from acceptance, as EN 319 102-1 and the EU DSS do: retired algorithms and a
 * missing signing-certificate reference leave a seal intact but not accepted (and a policy can relax
 * them); the EU's own ELM example with an XPath Filter 2.0 transform is intact; detached documents are
 * checked when supplied, never fetched.
 */
class XadesLikeDssTest {

    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
    private static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

    @Test
    void euElmDiplomaSupplement_withXPathFilter2_isIntactAndAWholeDocumentSeal() {
        byte[] seal = EuSealsTest.resource("EDC_DiplomaSupplement_AA.xml");

        SealReport report = SealVerifier.builder().build().verify(seal);

        assertThat(report.intact()).as(report.toJson()).isTrue();
        assertThat(report.problems()).extracting(SealProblem::kind).as(report.toJson()).containsOnly(SealProblem.Kind.TRUST);
        // It carries CertificateValues and RevocationValues: LT by its structure. DSS 6.3 (offline) says
        // BASELINE-T, probably because it also wants revocation data for every certificate of the chain.
        assertThat(report.level()).contains(SealLevel.BASELINE_LT);
        assertThat(report.signingTime()).isPresent();
    }

    @Test
    void euElmDiplomaSupplement_oneChangedCharacter_isNotIntact() {
        String seal = new String(EuSealsTest.resource("EDC_DiplomaSupplement_AA.xml"), StandardCharsets.UTF_8);
        int at = seal.indexOf("Diploma");
        String changed = seal.substring(0, at) + "diploma" + seal.substring(at + "Diploma".length());

        SealReport report = SealVerifier.builder().build().verify(changed.getBytes(StandardCharsets.UTF_8));

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.REFERENCE_INVALID);
    }

    @Test
    void rsaSha1Seal_isIntactButNotAccepted_untilThePolicyRelaxesTheRule() throws Exception {
        byte[] sealed = resign(XadesSealTest.seal(), RSA_SHA1, "SHA1withRSA", false);

        SealReport strict = XadesSealTest.verifier().verify(sealed);
        SealReport relaxed = SealVerifier.builder().trustAnchors(XadesSealTest.PKI.root().chain()).clock(XadesSealTest.CLOCK)
                .policy(SealPolicy.strict().with(SealProblem.Code.LEGACY_ALGORITHM, SealPolicy.Level.WARN)).build().verify(sealed);

        assertThat(strict.intact()).isTrue();
        assertThat(strict.accepted()).isFalse();
        assertThat(strict.problems()).extracting(SealProblem::code).containsExactly(SealProblem.Code.LEGACY_ALGORITHM);
        assertThat(strict.summary()).startsWith("INVALID (intact, not accepted)");
        assertThat(relaxed.accepted()).as(relaxed.toJson()).isTrue();
        assertThat(relaxed.warnings()).extracting(SealProblem::code).contains(SealProblem.Code.LEGACY_ALGORITHM);
    }

    @Test
    void rsaSha1Seal_changed_isNotIntact() throws Exception {
        String sealed = new String(resign(XadesSealTest.seal(), RSA_SHA1, "SHA1withRSA", false), StandardCharsets.UTF_8);
        byte[] changed = sealed.replace("Sociology", "Astrophysics").getBytes(StandardCharsets.UTF_8);

        SealReport report = XadesSealTest.verifier().verify(changed);

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.REFERENCE_INVALID);
    }

    @Test
    void sealWithoutSigningCertificateReference_isIntactButNotAccepted_untilRelaxed() throws Exception {
        byte[] sealed = resign(XadesSealTest.seal(), "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "SHA256withRSA", true);

        SealReport strict = XadesSealTest.verifier().verify(sealed);
        SealReport relaxed = SealVerifier.builder().trustAnchors(XadesSealTest.PKI.root().chain()).clock(XadesSealTest.CLOCK)
                .policy(SealPolicy.strict().with(SealProblem.Code.SIGNING_CERTIFICATE_REFERENCE_MISSING, SealPolicy.Level.IGNORE))
                .build().verify(sealed);

        assertThat(strict.intact()).as(strict.toJson()).isTrue();
        assertThat(strict.problems()).extracting(SealProblem::code).containsExactly(SealProblem.Code.SIGNING_CERTIFICATE_REFERENCE_MISSING);
        assertThat(relaxed.accepted()).as(relaxed.toJson()).isTrue();
    }

    @Test
    void signingCertificateV1_withAnIssuerNameOverSeveralLines_matchesAsAnX500Name() throws Exception {
        X509Certificate leaf = XadesSealTest.PKI.rsaSeal().certificate();
        String issuer = leaf.getIssuerX500Principal().getName(X500Principal.RFC2253).replace(",", ", \n   ");
        byte[] laidOut = resign(XadesSealTest.seal(), RSA_SHA256, "SHA256withRSA", false, d -> toV1(d, leaf, "\n  " + issuer + "\n"));
        byte[] other = resign(XadesSealTest.seal(), RSA_SHA256, "SHA256withRSA", false, d -> toV1(d, leaf, "CN=Another CA"));

        SealReport report = XadesSealTest.verifier().verify(laidOut);
        SealReport wrong = XadesSealTest.verifier().verify(other);

        assertThat(report.accepted()).as(report.toJson()).isTrue();
        assertThat(wrong.intact()).isTrue();
        assertThat(wrong.problems()).extracting(SealProblem::code).containsExactly(SealProblem.Code.SIGNING_CERTIFICATE_MISMATCH);
    }

    /** Replaces SigningCertificateV2 by a XAdES 1.3.2 SigningCertificate with an IssuerSerial in text. */
    private static void toV1(Document document, X509Certificate leaf, String issuerName) {
        String xades = "http://uri.etsi.org/01903/v1.3.2#";
        Element v2 = (Element) document.getElementsByTagNameNS(xades, "SigningCertificateV2").item(0);
        Element v1 = document.createElementNS(xades, "xades:SigningCertificate");
        Element cert = (Element) v1.appendChild(document.createElementNS(xades, "xades:Cert"));
        cert.appendChild(document.importNode(v2.getElementsByTagNameNS(xades, "CertDigest").item(0), true));
        Element serial = (Element) cert.appendChild(document.createElementNS(xades, "xades:IssuerSerial"));
        serial.appendChild(document.createElementNS(DS, "ds:X509IssuerName")).setTextContent(issuerName);
        serial.appendChild(document.createElementNS(DS, "ds:X509SerialNumber")).setTextContent(leaf.getSerialNumber().toString());
        v2.getParentNode().replaceChild(v1, v2);
    }

    @Test
    void detachedSignature_isIntactWithItsDocument_notWithout_andNeverASeal() {
        byte[] signature = DssXadesCorpusTest.resource("dss2011_xades-detached.xml");
        DetachedContent document = new DetachedContent("sample.xml", DssXadesCorpusTest.resource("detached/sample.xml"));

        SealReport with = SealVerifier.builder().build().verifyXades(signature, List.of(document));
        SealReport without = SealVerifier.builder().build().verifyXades(signature);
        SealReport other = SealVerifier.builder().build().verifyXades(signature,
                List.of(new DetachedContent("sample.xml", "<other/>".getBytes(StandardCharsets.UTF_8))));

        assertThat(with.intact()).as(with.toJson()).isTrue();
        assertThat(with.problems()).extracting(SealProblem::code).contains(SealProblem.Code.UNSAFE_STRUCTURE);
        assertThat(without.intact()).isFalse();
        assertThat(without.problems()).extracting(SealProblem::location).contains("ds:SignedInfo/ds:Reference[1]");
        assertThat(other.intact()).isFalse();
    }

    @Test
    void dnWithLineBreaksInTheIssuerName_isIntact() {
        SealReport report = SealVerifier.builder().build().verifyXades(DssXadesCorpusTest.resource("dss3758_xades-bes-issuer-linebreaks.xml"));

        assertThat(report.intact()).as(report.toJson()).isTrue();
    }

    /**
     * Re-signs a seal with another signature method, optionally without its SigningCertificateV2,
     * recomputing every reference digest, with the test seal key.
     */
    private static byte[] resign(byte[] sealed, String method, String jcaName, boolean dropCertificateReference) throws Exception {
        return resign(sealed, method, jcaName, dropCertificateReference, document -> { });
    }

    private static byte[] resign(byte[] sealed, String method, String jcaName, boolean dropCertificateReference,
            java.util.function.Consumer<Document> change) throws Exception {
        org.apache.xml.security.Init.init();
        Document document = XmlDocs.parse(sealed);
        Element signature = (Element) document.getElementsByTagNameNS(DS, "Signature").item(0);
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("Id")) {
                element.setIdAttribute("Id", true);
            }
        }
        if (dropCertificateReference) {
            Element reference = (Element) document.getElementsByTagNameNS("http://uri.etsi.org/01903/v1.3.2#", "SigningCertificateV2").item(0);
            reference.getParentNode().removeChild(reference);
        }
        change.accept(document);
        ((Element) signature.getElementsByTagNameNS(DS, "SignatureMethod").item(0)).setAttribute("Algorithm", method);
        XMLSignature xml = new XMLSignature(signature, "", false);
        for (int i = 0; i < xml.getSignedInfo().getLength(); i++) {
            xml.getSignedInfo().item(i).generateDigestValue();
        }
        Signature jca = Signature.getInstance(jcaName);
        jca.initSign(XadesSealTest.PKI.rsaSeal().key());
        jca.update(xml.getSignedInfo().getCanonicalizedOctetStream());
        signature.getElementsByTagNameNS(DS, "SignatureValue").item(0).setTextContent(Base64.getEncoder().encodeToString(jca.sign()));
        return XmlDocs.serialize(document);
    }
}
