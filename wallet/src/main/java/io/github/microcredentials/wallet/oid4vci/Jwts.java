package io.github.microcredentials.wallet.oid4vci;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.X509CertUtils;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.Jose;
import io.github.microcredentials.wallet.internal.Json;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JWT reading shared by key proofs, DPoP proofs and attestations: bounded, strict, asymmetric algorithms only. */
final class Jwts {

    /** Larger than any proof or attestation with a certificate chain; a 10 MB token is refused before parsing. */
    static final int MAX_LENGTH = 32_768;

    private Jwts() {
    }

    record Parsed(JWSObject jws, Map<String, Object> header, Map<String, Object> claims) {
    }

    /**
     * Reads a compact JWS with a JSON object payload.
     *
     * @throws IllegalArgumentException naming what is wrong (never echoing the input)
     */
    static Parsed parse(Object value) {
        if (!(value instanceof String jwt) || jwt.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a compact JWT of at most " + MAX_LENGTH + " characters");
        }
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS");
        }
        Map<String, Object> header = Json.parseObject(Digests.B64.decode(parts[0]));
        Map<String, Object> claims = Json.parseObject(Digests.B64.decode(parts[1]));
        // none and MACs are refused before Nimbus sees the token: a proof must be a signature by the holder's key.
        if (!(header.get("alg") instanceof String alg) || alg.equalsIgnoreCase("none") || alg.startsWith("HS")) {
            throw new IllegalArgumentException("alg must be an asymmetric signature algorithm");
        }
        try {
            return new Parsed(JWSObject.parse(jwt), header, claims);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException("not a JWS: " + e.getMessage());
        }
    }

    /**
     * The public key of a {@code jwk} header.
     *
     * @throws IllegalArgumentException if absent, private or unsupported
     */
    static VerificationKey headerJwk(Parsed jwt) {
        if (!(jwt.header().get("jwk") instanceof Map<?, ?> jwk)) {
            throw new IllegalArgumentException("the jwk header is missing");
        }
        if (jwk.containsKey("d")) {
            throw new IllegalArgumentException("the jwk holds a private key");
        }
        return VerificationKey.fromJwk(Json.writeString(jwk));
    }

    static boolean verify(Parsed jwt, VerificationKey key) {
        return Jose.verify(jwt.jws(), key);
    }

    /** The RFC 7638 thumbprint of a public JWK. */
    static String thumbprint(VerificationKey key) {
        try {
            return com.nimbusds.jose.jwk.JWK.parse(key.jwk()).computeThumbprint().toString();
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("a supported key has a thumbprint", e);
        }
    }

    /**
     * The leaf key of an {@code x5c} header whose chain leads to one of the anchors at {@code now}.
     *
     * @throws IllegalArgumentException if there is no chain or it is not trusted
     */
    static VerificationKey trustedX5c(Parsed jwt, Set<TrustAnchor> anchors, Instant now) {
        List<com.nimbusds.jose.util.Base64> x5c = jwt.jws().getHeader().getX509CertChain();
        if (x5c == null || x5c.isEmpty()) {
            throw new IllegalArgumentException("the x5c header is missing");
        }
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("no trust anchor is configured");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (com.nimbusds.jose.util.Base64 c : x5c) {
            X509Certificate cert = X509CertUtils.parse(c.decode());
            if (cert == null) {
                throw new IllegalArgumentException("a certificate of x5c cannot be read");
            }
            // A chain may end with the anchor itself; the path to validate stops below it.
            if (anchors.stream().noneMatch(a -> a.getTrustedCert().equals(cert))) {
                chain.add(cert);
            }
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("x5c holds only a trust anchor");
        }
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(chain), parameters);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the x5c chain does not lead to a trust anchor: " + e.getMessage());
        }
        return VerificationKey.of(chain.get(0).getPublicKey());
    }
}
