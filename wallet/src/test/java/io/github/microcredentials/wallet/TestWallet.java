package io.github.microcredentials.wallet;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.Jose;
import io.github.microcredentials.wallet.internal.Json;
import io.github.microcredentials.wallet.oid4vci.CredentialIssuer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JWTs a wallet sends, written from the texts (OpenID4VCI 1.0 §8.2.1.1 and Appendix D, RFC 9449 §4.2,
 * OAuth 2.0 Attestation-Based Client Authentication), not from the issuer's code.
 */
final class TestWallet {

    private TestWallet() {
    }

    static String jwt(SigningKey key, String typ, Map<String, Object> extraHeader, Map<String, Object> claims) throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(Jose.algorithmFor(key.publicKey().type())).type(new JOSEObjectType(typ));
        extraHeader.forEach((name, value) -> {
            switch (name) {
                case "jwk" -> header.jwk(parseJwk((String) value));
                case "x5c" -> header.x509CertChain(x5c(castChain(value)));
                default -> header.customParam(name, value);
            }
        });
        return Jose.sign(header.build(), Json.write(claims), key.signer());
    }

    @SuppressWarnings("unchecked")
    private static List<X509Certificate> castChain(Object value) {
        return (List<X509Certificate>) value;
    }

    private static JWK parseJwk(String jwk) {
        try {
            return JWK.parse(jwk);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<Base64> x5c(List<X509Certificate> chain) {
        List<Base64> list = new ArrayList<>();
        for (X509Certificate c : chain) {
            try {
                list.add(Base64.encode(c.getEncoded()));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return list;
    }

    /** RFC 9449 §4.2. */
    static String dpop(SigningKey key, String htm, String htu, String nonce, String accessToken) throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("htm", htm);
        claims.put("htu", htu);
        claims.put("iat", Instant.now().getEpochSecond());
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        if (accessToken != null) {
            claims.put("ath", sha256(accessToken));
        }
        return jwt(key, "dpop+jwt", Map.of("jwk", key.publicKey().jwk()), claims);
    }

    static String sha256(String ascii) throws Exception {
        return Digests.B64.encode(MessageDigest.getInstance("SHA-256").digest(ascii.getBytes(StandardCharsets.US_ASCII)));
    }

    /** OpenID4VCI 1.0 §8.2.1.1, with an optional key attestation (Appendix D.1) in the header. */
    static String proof(SigningKey holder, String aud, String nonce, String keyAttestation) throws Exception {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("jwk", holder.publicKey().jwk());
        if (keyAttestation != null) {
            header.put("key_attestation", keyAttestation);
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", aud);
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("nonce", nonce);
        return jwt(holder, CredentialIssuer.PROOF_TYPE, header, claims);
    }

    /** OpenID4VCI 1.0 Appendix D.1: a key attestation by a trusted attester listing the keys. */
    static String keyAttestation(TestIssuer attester, List<VerificationKey> keys) throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("exp", Instant.now().plusSeconds(3600).getEpochSecond());
        claims.put("attested_keys", keys.stream().map(k -> Json.parse(k.jwk().getBytes(StandardCharsets.UTF_8))).toList());
        claims.put("key_storage", List.of("iso_18045_moderate"));
        return jwt(attester.key, "key-attestation+jwt", Map.of("x5c", attester.chain), claims);
    }

    /** The wallet attestation a wallet provider signs for a wallet instance key. */
    static String walletAttestation(TestIssuer provider, String clientId, SigningKey instance) throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://wallet-provider.example");
        claims.put("sub", clientId);
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("exp", Instant.now().plusSeconds(3600).getEpochSecond());
        claims.put("cnf", Map.of("jwk", Json.parse(instance.publicKey().jwk().getBytes(StandardCharsets.UTF_8))));
        return jwt(provider.key, "oauth-client-attestation+jwt", Map.of("x5c", provider.chain), claims);
    }

    /** Its proof of possession for one authorization server. */
    static String attestationPop(SigningKey instance, String aud) throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", aud);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iat", Instant.now().getEpochSecond());
        return jwt(instance, "oauth-client-attestation-pop+jwt", Map.of(), claims);
    }

    /** RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))). */
    static String challenge(String verifier) throws Exception {
        return sha256(verifier);
    }

    static Map<String, String> query(String uri) {
        Map<String, String> map = new LinkedHashMap<>();
        String q = java.net.URI.create(uri).getRawQuery();
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            map.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }
}
