package io.github.microcredentials.examples;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.edc.EdcSealing;
import io.github.microcredentials.edc.EdcWriter;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.JadesSealer;
import io.github.microcredentials.seals.PreparedSeal;
import io.github.microcredentials.seals.SealReport;
import io.github.microcredentials.seals.SealSubject;
import io.github.microcredentials.seals.SealVerifier;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Sealing a Europass EDC with JAdES as the EU's EDC issuer does, two-step sealing, and verifying a seal. */
public final class SealEuropass {

    private SealEuropass() {
    }

    /**
     * Seals a credential as an EDC with the key of a PKCS#12 file.
     *
     * @param credential the credential
     * @param keystore the {@code .p12} file
     * @param password its password
     * @return the JAdES seal
     * @throws CredentialParseException never for a model credential
     * @throws SigningException if the key store cannot be read or signing fails
     */
    static byte[] sealEdc(MicroCredential credential, Path keystore, char[] password) throws CredentialParseException, SigningException {
        // tag::seal-edc[]
        Signer signer = Signers.pkcs12(keystore, password, Optional.empty());           // or Signers.pkcs11(config, pin, alias), …
        SealSubject subject = SealSubject.of(signer.certificateChain().get(0));         // O, organizationIdentifier, C, CN
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        byte[] edc = EdcWriter.create().writeBytes(credential);
        byte[] ready = EdcSealing.prepare(edc, new EdcSealing.Sealer(subject.organisationName().orElseThrow(),
                subject.organisationIdentifier().orElseThrow(), new Country(subject.country().orElseThrow()),
                subject.commonName()), now);                                            // issuer and issued, as EDC does
        byte[] sealed = JadesSealer.builder().clock(Clock.fixed(now, ZoneOffset.UTC))   // .level(BASELINE_T).tsa(…)
                .build().seal(ready, signer);                                           // JAdES-BASELINE-B, RS256
        // end::seal-edc[]
        return sealed;
    }

    /**
     * Seals in two steps, the signature value coming from elsewhere (a remote signing service).
     *
     * @param document the JSON document
     * @param chain the seal certificate chain
     * @param service where the key is (stands for a remote call)
     * @return the seal
     * @throws CredentialParseException if the document is not a JSON object
     * @throws SigningException if the value does not verify with the certificate
     */
    static byte[] twoStep(byte[] document, List<X509Certificate> chain, Signer service) throws CredentialParseException, SigningException {
        // tag::two-step[]
        PreparedSeal prepared = JadesSealer.builder().build().prepare(document, chain);
        byte[] value = service.sign(prepared.dataToBeSigned());   // with prepared.algorithm(), e.g. an HTTPS call to your QTSP
        byte[] sealed = prepared.complete(value);                                       // checked against the certificate
        // end::two-step[]
        return sealed;
    }

    /**
     * Verifies a seal.
     *
     * @param sealed the JAdES or XAdES seal
     * @param root the trust anchor
     * @return the report
     */
    static SealReport verify(byte[] sealed, X509Certificate root) {
        // tag::verify-seal[]
        SealReport report = SealVerifier.builder()
                .trustAnchors(List.of(root))        // your QTSP's root; .validationTime(…) for expired certificates
                .build().verify(sealed);            // JAdES or XAdES, detected
        System.out.println(report.summary());       // VALID JAdES-BASELINE-B seal by CN=…, signed 2026-…
        // end::verify-seal[]
        return report;
    }
}
