package io.github.microcredentials.render;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import io.github.microcredentials.testfixtures.TestPki;

/** The EU's own signature validator, DSS (test scope only), on our sealed PDFs. */
final class Dss {

    /** DSS's verdict on the first signature. */
    record Verdict(Indication indication, String subIndication, SignatureLevel level, boolean intact) {
    }

    private Dss() {
    }

    static Verdict validate(byte[] pdf, TestPki pki) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root().certificate()));
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(new eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource(
                new java.io.ByteArrayInputStream(pki.crl())));
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();
        if (id == null || reports.getDiagnosticData().getSignatureById(id) == null) {
            throw new AssertionError("DSS found no signature: " + reports.getXmlSimpleReport() + "\n" + simple.getSignatureIdList());
        }
        return new Verdict(simple.getIndication(id), String.valueOf(simple.getSubIndication(id)), simple.getSignatureFormat(id),
                reports.getDiagnosticData().getSignatureById(id).isSignatureIntact());
    }
}
