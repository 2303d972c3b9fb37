package io.github.microcredentials.examples;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VcJwtSigner;
import io.github.microcredentials.signing.VcJwtVerifier;
import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.signing.VerifiedCredential;
import java.util.Optional;

/** Signing a credential with a Data Integrity proof or as a VC-JWT, and verifying it. */
public final class SignAndVerify {

    private SignAndVerify() {
    }

    /**
     * A small VC 2.0 credential issued by a key's did:key.
     *
     * @param key the issuer's key
     * @return the credential JSON
     */
    static String credential(SigningKey key) {
        return "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"],"
                + " \"type\": [\"VerifiableCredential\"],"
                + " \"issuer\": \"" + key.publicKey().did() + "\","
                + " \"validFrom\": \"2026-06-30T10:00:00+02:00\","
                + " \"credentialSubject\": {\"id\": \"did:example:learner\"}}";
    }

    /**
     * Signs with eddsa-rdfc-2022 and verifies.
     *
     * @return the verified credential, if valid
     * @throws CredentialParseException if the credential is not strict JSON-LD with known contexts
     * @throws SigningException if signing fails
     */
    static Optional<VerifiedCredential> dataIntegrity() throws CredentialParseException, SigningException {
        // tag::data-integrity[]
        SigningKey key = SigningKey.generate(KeyType.ED25519);           // or SigningKey.fromPkcs8Pem(pem)
        String json = credential(key);                                   // its issuer is key.publicKey().did()

        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build();
        String signed = signer.sign(json);                               // "proof": [{"type": "DataIntegrityProof", …}]

        VerificationReport report = DataIntegrityVerifier.builder().build().verify(signed);
        System.out.println(report.summary());                            // VALID: 1 proof (eddsa-rdfc-2022), issuer did:key:z6Mk…
        Optional<VerifiedCredential> verified = report.credential();     // present only when valid
        // end::data-integrity[]
        return verified;
    }

    /**
     * Signs as a VC-JWT with RS256 and verifies.
     *
     * @return the verification report
     * @throws CredentialParseException if the credential is not strict JSON
     * @throws SigningException if signing fails
     */
    static VerificationReport jwt() throws CredentialParseException, SigningException {
        // tag::jwt[]
        SigningKey key = SigningKey.generate(KeyType.RSA);               // RS256; P256 gives ES256, ED25519 EdDSA
        String jwt = VcJwtSigner.withKeyId(key.signer()).sign(credential(key));
        VerificationReport report = VcJwtVerifier.builder().build().verify(jwt);
        // end::jwt[]
        return report;
    }
}
