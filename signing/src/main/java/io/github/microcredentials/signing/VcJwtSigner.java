package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.signing.internal.crypto.Jwk;
import io.github.microcredentials.signing.internal.jose.Jws;
import io.github.microcredentials.signing.internal.jose.JwtClaims;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.vcdm.DataModelCheck;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Secures a credential as an Open Badges 3.0 VC-JWT: a compact JWS whose payload is the
 * credential plus the claims {@code iss}, {@code jti}, {@code sub}, {@code nbf} and {@code exp}
 * derived from it (a VC 1.1 credential goes into a {@code vc} claim instead). The header carries
 * {@code alg} (from the key: {@code EdDSA}, {@code ES256} or {@code RS256}), {@code typ: JWT} and
 * either {@code kid} or the public {@code jwk}. Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof-format">Open Badges 3.0, JSON Web Token Proof Format</a>
 */
public final class VcJwtSigner {

    private static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";

    private final Signer signer;
    private final SignatureAlgorithm algorithm;
    private final JsonObject header;
    private final @Nullable URI keyId;
    private final KeyResolver resolver;
    private final Map<URI, byte[]> relatedResources;
    private final DataModelCheck dataModel;

    private VcJwtSigner(Signer signer, URI keyId, boolean embedJwk, KeyResolver resolver, Map<URI, byte[]> relatedResources) {
        this.signer = signer;
        this.relatedResources = relatedResources;
        this.dataModel = DataModel.check(relatedResources);
        this.keyId = embedJwk ? null : keyId;
        this.resolver = resolver;
        this.algorithm = SignatureAlgorithm.forKeyType(signer.publicKey().type());
        // VC-JWT verifiers accept the key type's own algorithm only (RS256 for RSA, never PS256).
        if (signer.algorithm() != algorithm) {
            throw new IllegalArgumentException("VC-JWT signs " + signer.publicKey().type().label() + " keys with "
                    + algorithm.jwsName() + ", not " + signer.algorithm().jwsName());
        }
        JsonObjectBuilder h = StrictJson.PROVIDER.createObjectBuilder().add("alg", algorithm.jwsName()).add("typ", "JWT");
        if (embedJwk) {
            h.add("jwk", Jwk.toJwk(signer.publicKey().type(), signer.publicKey().raw()));
        } else {
            h.add("kid", keyId.toString());
        }
        this.header = h.build();
    }

    /**
     * A signer whose header names the key by {@code kid}: the signer's {@link Signer#keyId()} if
     * it has one, else the key's {@code did:key} verification method.
     *
     * @param signer the signer
     * @return the VC-JWT signer
     * @throws IllegalArgumentException if the signer's algorithm is not its key type's (see
     *     {@link SignatureAlgorithm#forKeyType(KeyType)})
     */
    public static VcJwtSigner withKeyId(Signer signer) {
        return withKeyId(signer, signer.keyId().map(URI::create).orElseGet(() -> signer.publicKey().didKeyVerificationMethod()));
    }

    /**
     * A signer whose header names the key by a given {@code kid}, for example
     * {@code https://example.edu/issuers/1#key-1}; verifiers must be able to resolve it.
     *
     * @param signer the signer
     * @param keyId the key id
     * @return the VC-JWT signer
     */
    public static VcJwtSigner withKeyId(Signer signer, URI keyId) {
        return new VcJwtSigner(Objects.requireNonNull(signer, "signer"), Objects.requireNonNull(keyId, "keyId"), false,
                KeyResolver.didKey(), Map.of());
    }

    /**
     * A signer that embeds the public key as {@code jwk}. Verifiers still require the issuer to
     * control that key (a {@code did:key} issuer, or a key their resolver ties to the issuer).
     *
     * @param signer the signer
     * @return the VC-JWT signer
     */
    public static VcJwtSigner withEmbeddedJwk(Signer signer) {
        return new VcJwtSigner(Objects.requireNonNull(signer, "signer"), URI.create("urn:unused"), true, KeyResolver.didKey(), Map.of());
    }

    /**
     * This signer, checking with another resolver that the credential's issuer controls the key
     * (by default {@link KeyResolver#didKey()}, which suits a {@code did:key} issuer); for a
     * {@code did:web} or HTTPS issuer pass the resolver verifiers use, given the issuer's document.
     *
     * @param keyResolver the resolver
     * @return the signer
     */
    public VcJwtSigner withKeyResolver(KeyResolver keyResolver) {
        Objects.requireNonNull(keyResolver, "keyResolver");
        return keyId == null ? new VcJwtSigner(signer, URI.create("urn:unused"), true, keyResolver, relatedResources)
                : new VcJwtSigner(signer, keyId, false, keyResolver, relatedResources);
    }

    /**
     * This signer, checking the credentials' {@code relatedResource} entries against these
     * resources before signing: each supplied resource must match every digest of its entry
     * ({@code VCDM-RELATED-MATCH}). Resources are never fetched; an entry whose resource is not
     * supplied is checked for well-formed digests only. By default none.
     *
     * @param resources the content by resource id; copied
     * @return the signer
     */
    public VcJwtSigner withRelatedResources(Map<URI, byte[]> resources) {
        Map<URI, byte[]> copy = DataModel.copy(Objects.requireNonNull(resources, "resources"));
        return keyId == null ? new VcJwtSigner(signer, URI.create("urn:unused"), true, resolver, copy)
                : new VcJwtSigner(signer, keyId, false, resolver, copy);
    }

    /**
     * The algorithm, fixed by the key.
     *
     * @return the algorithm
     */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * Signs a credential.
     *
     * @param credential the credential, UTF-8 JSON (strict)
     * @return the compact JWS
     * @throws CredentialParseException if the input is not strict JSON, has no issuer id, or already
     *     carries a JWT claim that contradicts the credential; a {@link DataModelException} listing
     *     every violated rule if it breaks a MUST of the W3C VC Data Model ({@code VCDM-*} rules; for
     *     a VC 1.1 credential those 1.1 shares)
     * @throws SigningException if the credential's issuer does not control the signing key (see
     *     {@link #withKeyResolver(KeyResolver)}), or the signer fails
     */
    public String sign(byte[] credential) throws CredentialParseException, SigningException {
        JsonObject document = StrictJson.parseObject(credential);
        DataModel.refuse(document, dataModel);
        if (keyId == null) {
            IssuerControl.checkEmbedded(document, signer.publicKey(), resolver);
        } else {
            IssuerControl.check(document, keyId, signer.publicKey(), resolver);
        }
        JsonObject claims = JwtClaims.derive(document);
        if (!claims.containsKey("iss")) {
            throw new CredentialParseException(Problem.MISSING_PROPERTY, "/issuer", "a VC-JWT needs the credential's issuer id");
        }
        JsonObjectBuilder payload = isVc1(document)
                ? StrictJson.PROVIDER.createObjectBuilder().add("vc", document)
                : StrictJson.PROVIDER.createObjectBuilder(document);
        for (Map.Entry<String, JsonValue> claim : claims.entrySet()) {
            JsonValue existing = document.get(claim.getKey());
            if (existing != null && !isVc1(document) && !existing.equals(claim.getValue())) {
                throw new CredentialParseException(Problem.INVALID_VALUE, "/" + claim.getKey(),
                        "the credential's \"" + claim.getKey() + "\" contradicts the claim derived from it");
            }
            payload.add(claim.getKey(), claim.getValue());
        }
        return Jws.signCompact(header, JsonText.compact(payload.build()).getBytes(StandardCharsets.UTF_8), signer);
    }

    /**
     * Signs a credential given as text.
     *
     * @param credential the credential JSON
     * @return the compact JWS
     * @throws CredentialParseException see {@link #sign(byte[])}
     * @throws SigningException if the signer fails
     */
    public String sign(String credential) throws CredentialParseException, SigningException {
        return sign(credential.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isVc1(JsonObject document) {
        JsonValue context = document.get("@context");
        JsonValue first = context instanceof jakarta.json.JsonArray array && !array.isEmpty() ? array.get(0) : context;
        return first instanceof JsonString s && VC_V1.equals(s.getString());
    }
}
