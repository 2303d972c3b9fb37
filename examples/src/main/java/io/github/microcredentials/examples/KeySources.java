package io.github.microcredentials.examples;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.seals.JadesSealer;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.RemoteSigningService;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningRequest;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

/** Where the keys are: one {@link Signer} for every format, from a PKCS#11 token or a remote signing service. */
public final class KeySources {

    private KeySources() {
    }

    /**
     * Signs a credential with a Data Integrity proof and seals a document with JAdES, both with a
     * key on a PKCS#11 token (an HSM; SoftHSM2 in the tests).
     *
     * @param pkcs11Config the SunPKCS11 configuration file ({@code name}, {@code library}, {@code slot})
     * @param pin the token's user PIN
     * @param credential a credential whose issuer is the key's {@code did:key}
     * @param document a JSON document to seal
     * @return the signed credential and the seal
     * @throws CredentialParseException if a document is not JSON
     * @throws SigningException if the token refuses the PIN or fails
     */
    static byte[][] onToken(Path pkcs11Config, char[] pin, byte[] credential, byte[] document)
            throws CredentialParseException, SigningException {
        // tag::pkcs11[]
        Signer hsm = Signers.pkcs11(pkcs11Config, pin, "seal");          // SunPKCS11; the key signs on the token
        byte[] signed = DataIntegritySigner.builder(Cryptosuite.ECDSA_RDFC_2019, hsm).build().sign(credential);
        byte[] sealed = JadesSealer.builder().build().seal(document, hsm);   // the token's certificate chain
        // end::pkcs11[]
        return new byte[][] {signed, sealed};
    }

    /** A client of a remote signing service: the HTTPS call of a CSC API {@code signatures/signHash}, say. */
    @FunctionalInterface
    public interface SignHashClient {
        /**
         * Signs a hash remotely.
         *
         * @param algorithm the JWS name of the algorithm ({@code RS256}, {@code ES256})
         * @param hash the digest
         * @return the signature value ({@code r || s} for ECDSA)
         * @throws SigningException if the call fails
         */
        byte[] signHash(String algorithm, byte[] hash) throws SigningException;
    }

    /**
     * Seals with a key that stays with a remote service, which sees the digest only.
     *
     * @param client the service's client
     * @param chain the service key's certificate chain
     * @param document a JSON document
     * @return the seal
     * @throws CredentialParseException if the document is not JSON
     * @throws SigningException if the service fails, or its value does not verify with the certificate
     */
    static byte[] remote(SignHashClient client, List<X509Certificate> chain, byte[] document)
            throws CredentialParseException, SigningException {
        // tag::remote[]
        RemoteSigningService service = (SigningRequest request) ->
                client.signHash(request.algorithm().jwsName(), request.digest().orElseThrow());   // your CSC / DSS call
        Signer remote = Signers.remote(service, chain);                  // each value is checked against the certificate
        byte[] sealed = JadesSealer.builder().build().seal(document, remote);
        // end::remote[]
        return sealed;
    }
}
