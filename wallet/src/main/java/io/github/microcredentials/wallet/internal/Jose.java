package io.github.microcredentials.wallet.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.VerificationKey;
import java.util.Set;

/**
 * Nimbus JOSE+JWT carries the JWS syntax (headers, compact serialization); the signing module's
 * {@link Signer} and {@link VerificationKey} do the cryptography behind Nimbus's {@link JWSSigner} and
 * {@link JWSVerifier} interfaces, so one key source serves every format and Nimbus needs no Tink for
 * Ed25519.
 */
public final class Jose {

    private Jose() {
    }

    /**
     * The JWS algorithm a key type signs with.
     *
     * @param type the key type
     * @return {@code EdDSA}, {@code ES256}, {@code ES384} or {@code RS256}
     */
    public static JWSAlgorithm algorithmFor(KeyType type) {
        return switch (type) {
            case ED25519 -> JWSAlgorithm.EdDSA;
            case P256 -> JWSAlgorithm.ES256;
            case P384 -> JWSAlgorithm.ES384;
            case RSA -> JWSAlgorithm.RS256;
        };
    }

    /**
     * Whether a header's algorithm is the one the key verifies: the algorithm comes from the key,
     * never from the input alone.
     *
     * @param type the key type
     * @param alg the header's algorithm
     * @return whether they match
     */
    public static boolean matches(KeyType type, JWSAlgorithm alg) {
        return switch (type) {
            case ED25519 -> JWSAlgorithm.EdDSA.equals(alg) || JWSAlgorithm.Ed25519.equals(alg);
            case P256 -> JWSAlgorithm.ES256.equals(alg);
            case P384 -> JWSAlgorithm.ES384.equals(alg);
            case RSA -> JWSAlgorithm.RS256.equals(alg);
        };
    }

    /**
     * Signs a payload.
     *
     * @param header the header (its {@code alg} must be the signer's)
     * @param payload the payload bytes
     * @param signer the key
     * @return the compact JWS
     * @throws SigningException if the key fails
     * @throws IllegalArgumentException if the signer's algorithm is not the header's
     */
    public static String sign(JWSHeader header, byte[] payload, Signer signer) throws SigningException {
        // A signer set to another algorithm than the header's (PS256 under RS256) would write a JWS no one verifies.
        if (!header.getAlgorithm().getName().equals(signer.algorithm().jwsName())) {
            throw new IllegalArgumentException("the signer signs " + signer.algorithm().jwsName() + ", not "
                    + header.getAlgorithm().getName() + " (SD-JWT and JWTs use the key type's algorithm)");
        }
        JWSObject jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(new SignerAdapter(signer, header.getAlgorithm()));
        } catch (JOSEException e) {
            if (e.getCause() instanceof SigningException s) {
                throw s;
            }
            throw new SigningException("the JWS could not be signed: " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    /**
     * Checks a parsed JWS's signature with a key; headers marked critical are never understood here.
     *
     * @param jws the JWS
     * @param key the key
     * @return whether the signature is valid and the algorithm is the key's
     */
    public static boolean verify(JWSObject jws, VerificationKey key) {
        if (jws.getHeader().getCriticalParams() != null || !matches(key.type(), jws.getHeader().getAlgorithm())) {
            return false;
        }
        try {
            return jws.verify(new KeyVerifier(key));
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    private record SignerAdapter(Signer signer, JWSAlgorithm algorithm) implements JWSSigner {
        @Override
        public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
            try {
                return Base64URL.encode(signer.sign(signingInput));
            } catch (SigningException e) {
                throw new JOSEException("the signer failed", e);
            }
        }

        @Override
        public Set<JWSAlgorithm> supportedJWSAlgorithms() {
            return Set.of(algorithm);
        }

        @Override
        public JCAContext getJCAContext() {
            return new JCAContext();
        }
    }

    private record KeyVerifier(VerificationKey key) implements JWSVerifier {
        @Override
        public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
            return matches(key.type(), header.getAlgorithm()) && key.verify(signingInput, signature.decode());
        }

        @Override
        public Set<JWSAlgorithm> supportedJWSAlgorithms() {
            return key.type() == KeyType.ED25519 ? Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519)
                    : Set.of(algorithmFor(key.type()));
        }

        @Override
        public JCAContext getJCAContext() {
            return new JCAContext();
        }
    }
}
