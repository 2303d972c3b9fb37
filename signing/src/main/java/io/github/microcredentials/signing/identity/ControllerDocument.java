package io.github.microcredentials.signing.identity;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.signing.VerificationMethod;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A DID document or controller document (W3C Controlled Identifiers 1.0) reduced to what
 * verification needs: its id, its verification methods (Multikey, JsonWebKey and the
 * {@code Ed25519VerificationKey2020} / {@code JsonWebKey2020} forms older documents use) and which
 * of them it lists under {@code assertionMethod}. Immutable.
 *
 * <p>Reading is strict and bounded: at most {@link #MAX_DOCUMENT_BYTES} bytes and
 * {@link #MAX_METHODS} verification methods; every method must be controlled by the document's
 * own id and have an id within the document (so a document cannot speak for another controller).
 *
 * @see <a href="https://www.w3.org/TR/cid-1.0/">Controlled Identifiers v1.0</a>
 */
public final class ControllerDocument {

    /** The largest document read. */
    public static final int MAX_DOCUMENT_BYTES = 256 * 1024;

    /** The most verification methods (over all relations) a document may list. */
    public static final int MAX_METHODS = 64;

    private static final ReadLimits LIMITS = ReadLimits.DEFAULT.withMaxDocumentBytes(MAX_DOCUMENT_BYTES).withMaxDepth(16);
    private static final Set<String> MULTIBASE_TYPES = Set.of("Multikey", "Ed25519VerificationKey2020");
    private static final Set<String> JWK_TYPES = Set.of("JsonWebKey", "JsonWebKey2020");

    private final URI id;
    private final Map<URI, VerificationMethod> methods;
    private final Set<URI> assertionMethods;

    private ControllerDocument(URI id, Map<URI, VerificationMethod> methods, Set<URI> assertionMethods) {
        this.id = id;
        this.methods = Collections.unmodifiableMap(methods);
        this.assertionMethods = Collections.unmodifiableSet(assertionMethods);
    }

    /** A document built from methods known without reading one (did:key, did:jwk). */
    static ControllerDocument of(URI id, List<VerificationMethod> methods, Set<URI> assertionMethods) {
        Map<URI, VerificationMethod> byId = new LinkedHashMap<>();
        methods.forEach(m -> byId.put(m.id(), m));
        return new ControllerDocument(id, byId, new LinkedHashSet<>(assertionMethods));
    }

    /**
     * Reads a controller document.
     *
     * @param json the document, UTF-8 JSON
     * @param expectedId the identifier it was looked up by (a DID or an HTTPS URL without
     *     fragment); the document's {@code id} must be exactly this
     * @return the document
     * @throws SigningException if the document is not strict JSON, too large, names another id, lists
     *     too many methods, or a method is malformed, of an unsupported key type, or controlled by
     *     someone else; the message names the document and the problem
     */
    public static ControllerDocument parse(byte[] json, URI expectedId) throws SigningException {
        Objects.requireNonNull(expectedId, "expectedId");
        String where = "the controller document of " + DidWeb.shown(expectedId.toString());
        JsonObject document;
        try {
            document = StrictJson.parseObject(json, LIMITS);
        } catch (CredentialParseException e) {
            throw new SigningException(where + " is not readable: " + e.getMessage(), e);
        }
        String id = text(document, "id").orElseThrow(() -> new SigningException(where + " has no id"));
        if (!id.equals(expectedId.toString())) {
            throw new SigningException(where + " names another identifier, " + DidWeb.shown(id)
                    + "; a document must have the id it was looked up by");
        }
        URI self = URI.create(id);
        Map<URI, VerificationMethod> methods = new LinkedHashMap<>();
        Set<URI> assertion = new LinkedHashSet<>();
        List<JsonValue> declared = new ArrayList<>();
        List<String> relations = List.of("verificationMethod", "assertionMethod", "authentication", "capabilityInvocation",
                "capabilityDelegation", "keyAgreement");
        for (String relation : relations) {
            declared.addAll(entries(document, relation, where));
        }
        if (declared.size() > MAX_METHODS) {
            throw new SigningException(where + " lists " + declared.size() + " verification methods; at most "
                    + MAX_METHODS + " are read");
        }
        for (JsonValue entry : entries(document, "verificationMethod", where)) {
            VerificationMethod method = method(entry, self, where, "verificationMethod");
            methods.put(method.id(), method);
        }
        for (JsonValue entry : entries(document, "assertionMethod", where)) {
            if (entry instanceof JsonString reference) {
                assertion.add(reference(self, reference.getString(), where));
            } else {
                VerificationMethod method = method(entry, self, where, "assertionMethod");
                VerificationMethod other = methods.putIfAbsent(method.id(), method);
                if (other != null && !other.key().equals(method.key())) {
                    throw new SigningException(where + " gives two keys for " + method.id());
                }
                assertion.add(method.id());
            }
        }
        return new ControllerDocument(self, methods, assertion);
    }

    /**
     * The document's id.
     *
     * @return the DID or URL
     */
    public URI id() {
        return id;
    }

    /**
     * Every verification method the document defines (listed under {@code verificationMethod} or
     * embedded under {@code assertionMethod}), by id.
     *
     * @return the methods; unmodifiable
     */
    public Map<URI, VerificationMethod> methods() {
        return methods;
    }

    /**
     * The ids the document lists under {@code assertionMethod}: the keys that may sign credentials.
     * They may include methods of other controllers (a {@code did:key} an HTTPS issuer authorises),
     * which the document does not define: their keys come from their own identifiers.
     *
     * @return the ids; unmodifiable
     */
    public Set<URI> assertionMethods() {
        return assertionMethods;
    }

    /**
     * A method the document authorises for assertions (issuing credentials).
     *
     * @param methodId the verification method id
     * @return the method
     * @throws SigningException if the document does not define it, or does not list it under
     *     {@code assertionMethod}
     */
    public VerificationMethod assertionMethod(URI methodId) throws SigningException {
        VerificationMethod method = methods.get(methodId);
        if (method == null) {
            throw new SigningException("the controller document of " + id + " has no verification method " + methodId);
        }
        if (!assertionMethods.contains(methodId)) {
            throw new SigningException("the controller document of " + id + " does not list " + methodId
                    + " under assertionMethod, so it may not sign credentials");
        }
        return method;
    }

    /**
     * The verification method of a key in this document, if it is listed under {@code assertionMethod}.
     *
     * @param key the key
     * @return the method
     */
    public Optional<VerificationMethod> assertionMethodOf(VerificationKey key) {
        return assertionMethods.stream().map(methods::get).filter(Objects::nonNull).filter(m -> m.key().equals(key)).findFirst();
    }

    /**
     * A minimal DID document for a key: the key as a Multikey method {@code <did>#key-1}, listed
     * under {@code assertionMethod} and {@code authentication}, as {@code keygen --did-web} writes it.
     *
     * @param did the DID, for example {@code did:web:example.edu}
     * @param key the public key
     * @return the document, JSON text with two-space indentation
     */
    public static String minimal(URI did, VerificationKey key) {
        String methodId = did + "#key-1";
        var method = StrictJson.PROVIDER.createObjectBuilder()
                .add("id", methodId)
                .add("type", "Multikey")
                .add("controller", did.toString())
                .add("publicKeyMultibase", key.multikey());
        JsonObject document = StrictJson.PROVIDER.createObjectBuilder()
                .add("@context", StrictJson.PROVIDER.createArrayBuilder().add("https://www.w3.org/ns/did/v1")
                        .add("https://w3id.org/security/multikey/v1"))
                .add("id", did.toString())
                .add("verificationMethod", StrictJson.PROVIDER.createArrayBuilder().add(method))
                .add("assertionMethod", StrictJson.PROVIDER.createArrayBuilder().add(methodId))
                .add("authentication", StrictJson.PROVIDER.createArrayBuilder().add(methodId))
                .build();
        return JsonText.pretty(document);
    }

    private static VerificationMethod method(JsonValue entry, URI self, String where, String relation) throws SigningException {
        if (!(entry instanceof JsonObject object)) {
            throw new SigningException(where + ": a " + relation + " entry must be an object");
        }
        URI methodId = resolve(self, text(object, "id").orElseThrow(
                () -> new SigningException(where + ": a " + relation + " entry has no id")), where, relation);
        String controller = text(object, "controller").orElseThrow(
                () -> new SigningException(where + ": the verification method " + methodId + " has no controller"));
        if (!controller.equals(self.toString())) {
            throw new SigningException(where + ": the verification method " + methodId + " is controlled by "
                    + DidWeb.shown(controller) + ", not by " + self + "; a document only vouches for its own keys");
        }
        String type = text(object, "type").orElse("");
        VerificationKey key;
        try {
            if (MULTIBASE_TYPES.contains(type) && object.get("publicKeyMultibase") instanceof JsonString multibase) {
                key = VerificationKey.fromMultikey(multibase.getString());
                if (type.equals("Ed25519VerificationKey2020") && key.type() != KeyType.ED25519) {
                    throw new IllegalArgumentException("an Ed25519VerificationKey2020 holds an Ed25519 key, not " + key.type().label());
                }
            } else if (JWK_TYPES.contains(type) && object.get("publicKeyJwk") instanceof JsonObject jwk) {
                key = VerificationKey.fromJwk(JsonText.compact(jwk));
            } else {
                throw new IllegalArgumentException("unsupported verification method type \"" + type + "\" (expected Multikey "
                        + "with publicKeyMultibase or JsonWebKey with publicKeyJwk)");
            }
        } catch (IllegalArgumentException e) {
            throw new SigningException(where + ": the verification method " + methodId + " has no usable key: " + e.getMessage(), e);
        }
        return new VerificationMethod(methodId, self, key);
    }

    /**
     * An {@code assertionMethod} reference: one of this document's methods, or a method another
     * controller defines (a {@code did:key} an HTTPS issuer authorises). An outside method is never
     * defined by this document (its key comes from its own identifier); the reference only says
     * that this controller accepts credentials signed with it, which verifiers use for the issuer binding.
     */
    private static URI reference(URI self, String reference, String where) throws SigningException {
        if (reference.startsWith("#") || reference.startsWith(self + "#")) {
            return resolve(self, reference, where, "assertionMethod");
        }
        try {
            URI uri = new URI(reference);
            if (uri.isAbsolute() && uri.getRawFragment() != null && !uri.getRawFragment().isEmpty()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, as any other unusable reference
        }
        throw new SigningException(where + ": the assertionMethod reference " + DidWeb.shown(reference)
                + " is neither a fragment of " + self + " nor the absolute id of another controller's method");
    }

    private static URI resolve(URI self, String reference, String where, String relation) throws SigningException {
        String absolute = reference.startsWith("#") ? self + reference : reference;
        URI uri;
        try {
            uri = new URI(absolute);
        } catch (URISyntaxException e) {
            throw new SigningException(where + ": the " + relation + " id is not a URI: " + DidWeb.shown(reference), e);
        }
        if (!absolute.startsWith(self + "#") || uri.getRawFragment() == null || uri.getRawFragment().isEmpty()) {
            throw new SigningException(where + ": the " + relation + " id " + DidWeb.shown(reference)
                    + " is not a fragment of " + self + "; a document only defines its own keys");
        }
        return uri;
    }

    private static List<JsonValue> entries(JsonObject document, String member, String where) throws SigningException {
        JsonValue value = document.get(member);
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT || value.getValueType() == JsonValue.ValueType.STRING) {
            return List.of(value);
        }
        throw new SigningException(where + ": " + member + " must be an array");
    }

    private static Optional<String> text(JsonObject object, String member) {
        return object.get(member) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "controller document " + id + " (" + methods.size() + " methods, " + assertionMethods.size() + " for assertions)";
    }
}
