package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.signing.internal.di.CredentialChecks;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Optional;

/**
 * The check signers make before signing: the credential's issuer controls the signing key, as a
 * verifier will require. Signing what can never verify helps no one.
 */
final class IssuerControl {

    private IssuerControl() {
    }

    /**
     * Checks that the issuer of a credential controls the key a proof or header will name.
     *
     * @param credential the credential
     * @param methodId the verification method id the signature will name
     * @param key the signing key's public key
     * @param resolver how the method id is resolved (the verifier's view)
     * @return the issuer id
     * @throws CredentialParseException if the credential has no issuer id
     * @throws SigningException if the issuer does not control the key, with what to do
     */
    static URI check(JsonObject credential, URI methodId, VerificationKey key, KeyResolver resolver)
            throws CredentialParseException, SigningException {
        URI issuer = issuer(credential);
        Optional<VerificationMethod> method;
        try {
            method = resolver.resolve(methodId);
        } catch (SigningException e) {
            throw new SigningException("nothing was signed: the key " + methodId + " cannot be resolved (" + e.getMessage()
                    + "), so no verifier could check the signature", e);
        }
        if (method.isEmpty()) {
            throw new SigningException("nothing was signed: cannot check that the issuer " + issuer + " controls the key "
                    + methodId + ", because no key resolver knows it; supply the issuer's DID document or controller "
                    + "document (the same one verifiers will use), or sign with a did:key issuer");
        }
        if (!method.get().key().equals(key)) {
            throw new SigningException("nothing was signed: the document of " + method.get().controller() + " gives "
                    + methodId + " another public key (" + method.get().key().multikey() + ") than the signing key ("
                    + key.multikey() + "); sign with the key the document publishes, or publish this key");
        }
        if (!method.get().controller().equals(issuer)) {
            throw new SigningException(notControlled(issuer, methodId, method.get().controller()));
        }
        return issuer;
    }

    /**
     * Checks that an embedded key is the issuer's own (what a verifier accepts for a JWS with a
     * {@code jwk} header).
     */
    static URI checkEmbedded(JsonObject credential, VerificationKey key, KeyResolver resolver)
            throws CredentialParseException, SigningException {
        URI issuer = issuer(credential);
        Optional<VerificationMethod> method = resolver.resolve(issuer);
        if (method.isEmpty() || !method.get().key().equals(key)) {
            throw new SigningException("nothing was signed: the embedded key " + key.multikey() + " is not a key of the issuer "
                    + issuer + "; make the issuer the key's DID (" + key.did() + ") or supply the issuer's DID document "
                    + "that lists this key under assertionMethod");
        }
        return issuer;
    }

    private static URI issuer(JsonObject credential) throws CredentialParseException {
        return CredentialChecks.issuer(credential).orElseThrow(() -> new CredentialParseException(Problem.MISSING_PROPERTY,
                "/issuer", "the credential has no issuer id (a URI); verifiers reject it, so nothing was signed"));
    }

    static String notControlled(URI issuer, URI methodId, URI controller) {
        return "nothing was signed: the issuer " + issuer + " does not control the key " + methodId + " (its controller is "
                + controller + "), so every verifier would reject the proof; either make the issuer id " + controller
                + ", or sign with a key listed under assertionMethod in the DID document or controller document of "
                + issuer + " and supply that document";
    }
}
