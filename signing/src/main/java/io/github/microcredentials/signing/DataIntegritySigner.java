package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.di.Canonicalization;
import io.github.microcredentials.signing.internal.di.Dates;
import io.github.microcredentials.signing.internal.di.Transformed;
import io.github.microcredentials.signing.internal.json.JsonBytes;
import io.github.microcredentials.signing.internal.json.JsonObjects;
import io.github.microcredentials.signing.internal.json.JsonSpans;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.rdf.DocumentException;
import io.github.microcredentials.signing.internal.vcdm.DataModelCheck;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Adds a W3C Data Integrity proof ({@code DataIntegrityProof}, proof purpose
 * {@code assertionMethod}) to a JSON-LD credential. Works on any credential whose contexts are
 * bundled or registered, not on the credential model. Thread-safe; build once, sign many.
 *
 * <pre>{@code
 * SigningKey key = SigningKey.generate(KeyType.ED25519);
 * DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build();
 * byte[] signed = signer.sign(credentialJson);
 * }</pre>
 *
 * <p>The proof is appended to {@code proof}, which is always written as an array (the Open Badges
 * 3.0 schema demands it); a credential that already has proofs gets one more (a proof set, which
 * signs the document without its other proofs), or, with {@link Builder#previousProof(String...)},
 * one more link of a proof chain, which signs the document together with the proofs it names
 * (VC Data Integrity 1.0 §4, "Add Proof Set/Chain"). The
 * document is converted to RDF in JSON-LD safe mode: an unknown context, an undefined term or a
 * value JSON-LD would drop makes signing fail instead of signing less than the document says.
 * A credential that breaks a MUST of the W3C VC Data Model is refused with a
 * {@link DataModelException} naming every violated {@code VCDM-*} rule.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-integrity/">Verifiable Credential Data Integrity 1.0</a>
 */
public final class DataIntegritySigner {

    private static final List<String> DATA_INTEGRITY_CONTEXTS = List.of("https://www.w3.org/ns/credentials/v2",
            "https://w3id.org/security/data-integrity/v2", "https://w3id.org/security/data-integrity/v1");
    private static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";

    private final Cryptosuite suite;
    private final Signer signer;
    private final URI verificationMethod;
    private final Clock clock;
    private final Optional<Duration> validity;
    private final Canonicalization canonicalization;
    private final ReadLimits readLimits;
    private final Optional<URI> proofId;
    private final List<String> previousProofs;
    private final KeyResolver resolver;
    private final DataModelCheck dataModel;

    private DataIntegritySigner(Builder builder) {
        this.dataModel = DataModel.check(builder.relatedResources);
        this.proofId = Optional.ofNullable(builder.proofId);
        this.previousProofs = List.copyOf(builder.previousProofs);
        this.suite = builder.suite;
        this.signer = builder.signer;
        this.verificationMethod = builder.verificationMethod == null
                ? signer.keyId().map(URI::create).orElseGet(() -> signer.publicKey().didKeyVerificationMethod())
                : builder.verificationMethod;
        this.clock = builder.clock;
        this.validity = Optional.ofNullable(builder.validity);
        CanonicalizationLimits bounds = builder.canonicalizationLimits;
        // A signer's documents are the institution's own, and a batch for one course repeats its achievement.
        this.canonicalization = new Canonicalization(builder.contexts,
                bounds.maxQuads(), bounds.maxBlankNodes(), bounds.maxWork(), true);
        this.readLimits = builder.readLimits;
        this.resolver = builder.resolver;
    }

    /**
     * Starts a signer.
     *
     * @param suite the cryptosuite
     * @param signer the signer; its key type must be one of the suite's
     * @return the builder
     * @throws IllegalArgumentException if the signer's key type does not fit the suite, or its
     *     algorithm is not the key type's
     */
    public static Builder builder(Cryptosuite suite, Signer signer) {
        return new Builder(suite, signer);
    }

    /**
     * Signs a credential.
     *
     * @param credential the credential as UTF-8 JSON (strict: duplicate keys are rejected)
     * @return the signed credential, UTF-8 JSON with two-space indentation
     * @throws CredentialParseException if the input is not strict JSON, has no {@code @context}, or
     *     cannot be converted to RDF safely (unknown context, undefined term, dropped value); a
     *     {@link DataModelException} listing every violated rule if it breaks a MUST of the W3C VC
     *     Data Model ({@code VCDM-*} rules; for a VC 1.1 credential those 1.1 shares)
     * @throws SigningException if the credential's issuer does not control the signing key (checked
     *     with the {@linkplain Builder#keyResolver key resolver}: verifiers would reject the proof), or
     *     the signer fails
     */
    public byte[] sign(byte[] credential) throws CredentialParseException, SigningException {
        // Our own copy: the parts the signer keeps for later credentials are compared by the bytes parsed.
        StrictJson.ParsedObject parsed = StrictJson.parseObjectAndForm(credential.clone(), readLimits, true);
        // Indentation makes compact input about half as large again; the proof adds under a kilobyte.
        return JsonBytes.pretty(signed(parsed), credential.length + credential.length / 2 + 1024);
    }

    /**
     * Signs a credential and writes it on one line, for JSON Lines and other line-based output.
     *
     * @param credential the credential as UTF-8 JSON (strict: duplicate keys are rejected)
     * @return the signed credential, compact UTF-8 JSON without line break
     * @throws CredentialParseException as {@link #sign(byte[])}, including {@link DataModelException}
     * @throws SigningException if the signer fails
     */
    public byte[] signCompact(byte[] credential) throws CredentialParseException, SigningException {
        // A credential already on one line (JSON Lines) is not written again: the proof is spliced in
        // after its members. Our own copy, so that the bytes copied are the bytes parsed and signed.
        byte[] own = credential.clone();
        StrictJson.ParsedObject parsed = StrictJson.parseObjectAndForm(own, readLimits, true);
        JsonObject signed = signed(parsed);
        return parsed.compactForm() ? JsonBytes.compactExtending(parsed.object(), own, signed)
                : JsonBytes.compact(signed, credential.length + 1024);
    }

    private JsonObject signed(StrictJson.ParsedObject credential) throws CredentialParseException, SigningException {
        return secure(credential.object(), credential.spans(), "assertionMethod", PresentationOptions.none(), true);
    }

    /**
     * Adds a proof to a parsed document: a credential's ({@code assertionMethod}, after checking that
     * its issuer controls the key) or a presentation's ({@code authentication}, with its challenge and
     * domain; the presentation signer checks the holder).
     */
    JsonObject secure(JsonObject document, String purpose, PresentationOptions options, boolean checkIssuer)
            throws CredentialParseException, SigningException {
        // A presentation holds others' credentials: nothing of them is kept for the next one.
        return secure(document, JsonSpans.none(), purpose, options, checkIssuer);
    }

    /** As {@link #secure(JsonObject, String, PresentationOptions, boolean)}, for a document parsed with its spans. */
    private JsonObject secure(JsonObject document, JsonSpans spans, String purpose, PresentationOptions options, boolean checkIssuer)
            throws CredentialParseException, SigningException {
        if (!document.containsKey("@context")) {
            throw new CredentialParseException(Problem.MISSING_PROPERTY, "/@context", "a JSON-LD credential needs an @context");
        }
        if (checkIssuer) {
            // A credential: its data model is the issuer's to get right. A presentation is built by the
            // PresentationSigner from credentials that were each checked when they were signed.
            DataModel.refuse(document, dataModel);
        }
        List<JsonValue> proofs = existingProofs(document);
        JsonObject unsecured = withDataIntegrityContext(JsonObjects.builder(document).remove("proof").build());
        JsonObject secured = chained(document, unsecured);
        JsonObject proofOptions = proofOptions(purpose, options);
        JsonObject config = JsonObjects.builder(proofOptions).add("@context", unsecured.get("@context")).build();
        Transformed transformed;
        try {
            transformed = canonicalization.transform(suite, signer.publicKey().type(), secured, spans, config);
        } catch (DocumentException e) {
            throw DocumentProblems.toParseException(e);
        }
        if (checkIssuer) {
            IssuerControl.check(document, verificationMethod, signer.publicKey(), resolver);
        }
        byte[] signature = signer.sign(transformed.hashData());
        JsonObjects.Builder proof = JsonObjects.builder(proofOptions);
        if (!suite.usesRdfCanonicalization()) {
            proof.add("@context", unsecured.get("@context"));
        }
        proof.add("proofValue", Multibase.base58btc(signature));
        proofs.add(proof.build());
        return JsonObjects.builder(unsecured).add("proof", JsonObjects.array(proofs)).build();
    }

    /** The number of parts of credentials replayed rather than converted again, for tests. */
    long partsReplayed() {
        return canonicalization.partsReplayed();
    }

    /**
     * Signs a credential given as text.
     *
     * @param credential the credential JSON
     * @return the signed credential JSON
     * @throws CredentialParseException see {@link #sign(byte[])}
     * @throws SigningException if the signer fails
     */
    public String sign(String credential) throws CredentialParseException, SigningException {
        return new String(sign(credential.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /**
     * The verification method id proofs name.
     *
     * @return the id
     */
    public URI verificationMethod() {
        return verificationMethod;
    }

    /** The document a chained proof secures: with the proofs its previousProof names, as an array (as verifiers rebuild it). */
    private JsonObject chained(JsonObject document, JsonObject unsecured) throws CredentialParseException {
        if (previousProofs.isEmpty()) {
            return unsecured;
        }
        JsonValue existing = document.get("proof");
        List<JsonValue> all = existing == null ? List.of()
                : existing.getValueType() == JsonValue.ValueType.ARRAY ? existing.asJsonArray() : List.of(existing);
        List<JsonValue> matching = new ArrayList<>();
        for (String id : previousProofs) {
            JsonValue match = all.stream().filter(p -> p instanceof JsonObject o && o.get("id") instanceof jakarta.json.JsonString s
                    && s.getString().equals(id)).findFirst()
                    .orElseThrow(() -> new CredentialParseException(Problem.MISSING_PROPERTY, "/proof",
                            "no proof with id " + id + " to chain to (previousProof)"));
            matching.add(match);
        }
        return JsonObjects.builder(unsecured).add("proof", JsonObjects.array(matching)).build();
    }

    /** The key resolver, with which the presentation signer checks the holder. */
    KeyResolver resolver() {
        return resolver;
    }

    /** The public key, for the holder check. */
    VerificationKey publicKey() {
        return signer.publicKey();
    }

    /** The input limits, for presentations. */
    ReadLimits readLimits() {
        return readLimits;
    }

    private JsonObject proofOptions(String purpose, PresentationOptions options) {
        Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JsonObjects.Builder proof = JsonObjects.builder();
        proofId.ifPresent(id -> proof.add("id", id.toString()));
        proof.add("type", "DataIntegrityProof")
                .add("cryptosuite", suite.id())
                .add("created", Dates.format(created))
                .add("verificationMethod", verificationMethod.toString())
                .add("proofPurpose", purpose);
        validity.ifPresent(v -> proof.add("expires", Dates.format(created.plus(v))));
        options.challenge().ifPresent(c -> proof.add("challenge", c));
        options.domain().ifPresent(d -> proof.add("domain", d));
        if (previousProofs.size() == 1) {
            proof.add("previousProof", previousProofs.get(0));
        } else if (!previousProofs.isEmpty()) {
            List<JsonValue> ids = new ArrayList<>(previousProofs.size());
            for (String id : previousProofs) {
                ids.add(JsonObjects.string(id));
            }
            proof.add("previousProof", JsonObjects.array(ids));
        }
        return proof.build();
    }

    private static List<JsonValue> existingProofs(JsonObject document) throws CredentialParseException {
        JsonValue existing = document.get("proof");
        List<JsonValue> proofs = new ArrayList<>(2);
        if (existing == null) {
            return proofs;
        }
        if (existing.getValueType() == JsonValue.ValueType.OBJECT) {
            proofs.add(existing);
            return proofs;
        }
        if (existing.getValueType() == JsonValue.ValueType.ARRAY) {
            proofs.addAll(existing.asJsonArray());
            return proofs;
        }
        throw new CredentialParseException(Problem.WRONG_TYPE, "/proof", "proof must be an object or an array");
    }

    /** A VC 1.1 credential does not define DataIntegrityProof: add the Data Integrity context, as other libraries do. */
    private JsonObject withDataIntegrityContext(JsonObject document) {
        JsonValue context = document.get("@context");
        List<JsonValue> entries = context.getValueType() == JsonValue.ValueType.ARRAY ? context.asJsonArray() : List.of(context);
        for (JsonValue entry : entries) {
            if (entry instanceof jakarta.json.JsonString url && DATA_INTEGRITY_CONTEXTS.contains(url.getString())) {
                return document;
            }
        }
        List<JsonValue> more = new ArrayList<>(entries);
        more.add(JsonObjects.string(DATA_INTEGRITY_V2));
        return JsonObjects.builder(document).add("@context", JsonObjects.array(more)).build();
    }

    /** Settings of a {@link DataIntegritySigner}. */
    public static final class Builder {
        private final Cryptosuite suite;
        private final Signer signer;
        private @Nullable URI verificationMethod;
        private KeyResolver resolver = KeyResolver.didKey();
        private Clock clock = Clock.systemUTC();
        private @Nullable Duration validity;
        private JsonLdContexts contexts = JsonLdContexts.bundled();
        private ReadLimits readLimits = ReadLimits.DEFAULT;
        private CanonicalizationLimits canonicalizationLimits = CanonicalizationLimits.DEFAULT;
        private @Nullable URI proofId;
        private List<String> previousProofs = List.of();
        private Map<URI, byte[]> relatedResources = Map.of();

        private Builder(Cryptosuite suite, Signer signer) {
            this.suite = Objects.requireNonNull(suite, "suite");
            this.signer = Objects.requireNonNull(signer, "signer");
            if (!suite.accepts(signer.publicKey().type())) {
                throw new IllegalArgumentException(suite.id() + " signs with " + suite.keyTypeLabels()
                        + " keys, not " + signer.publicKey().type().label());
            }
            // The suites fix the algorithm by key type; a signer set to another (PS256) cannot make their proofs.
            if (signer.algorithm() != SignatureAlgorithm.forKeyType(signer.publicKey().type())) {
                throw new IllegalArgumentException(suite.id() + " signs " + signer.publicKey().type().label() + " keys with "
                        + SignatureAlgorithm.forKeyType(signer.publicKey().type()).jwsName() + ", not " + signer.algorithm().jwsName());
            }
        }

        /**
         * The verification method proofs name; by default the signer's {@link Signer#keyId()}, or
         * without one the key's {@code did:key} method ({@code did:key:z…#z…}). Its controller must be the credential's issuer for the proof to verify.
         *
         * @param id the verification method id
         * @return this builder
         */
        public Builder verificationMethod(URI id) {
            this.verificationMethod = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * How the signer checks, before signing, that the credential's issuer controls the key: the
         * verification method is resolved as a verifier would, and its controller must be the issuer.
         * By default {@link KeyResolver#didKey()}, which suits a {@code did:key} issuer; for a
         * {@code did:web} or HTTPS issuer pass the resolver verifiers use, given the issuer's document
         * (for example {@code IdentifierResolver.offline(store).keys()}).
         *
         * @param resolver the resolver
         * @return this builder
         */
        public Builder keyResolver(KeyResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * The clock for {@code created}; by default the system clock in UTC.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Gives proofs an {@code expires}: {@code created} plus this duration. By default proofs do not expire.
         *
         * @param validity a positive duration
         * @return this builder
         * @throws IllegalArgumentException if the duration is not positive
         */
        public Builder proofValidity(Duration validity) {
            if (validity.isNegative() || validity.isZero()) {
                throw new IllegalArgumentException("proof validity must be positive");
            }
            this.validity = validity;
            return this;
        }

        /**
         * The JSON-LD contexts credentials may use; by default {@link JsonLdContexts#bundled()}.
         * Register private or newer contexts with {@link JsonLdContexts#with(URI, byte[])}.
         * Contexts are processed once: per JVM for the bundled registry, per built instance for
         * any other, so build once and reuse.
         *
         * @param contexts the registry
         * @return this builder
         */
        public Builder contexts(JsonLdContexts contexts) {
            this.contexts = Objects.requireNonNull(contexts, "contexts");
            return this;
        }

        /**
         * Limits on the input: size, nesting, string and number length, token count; by default
         * {@link ReadLimits#DEFAULT}. Input over a limit is refused with a {@link CredentialParseException}.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder readLimits(ReadLimits limits) {
            this.readLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Bounds on the work of canonicalizing a document (statements, blank nodes, Hash N-Degree
         * Quads steps); by default {@link CanonicalizationLimits#DEFAULT}.
         *
         * @param limits the bounds
         * @return this builder
         */
        public Builder canonicalizationLimits(CanonicalizationLimits limits) {
            this.canonicalizationLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Gives proofs an {@code id}, so that a later proof of a chain can name it in its
         * {@code previousProof}. By default proofs have none.
         *
         * @param id the proof id, for example {@code urn:uuid:…}
         * @return this builder
         */
        public Builder proofId(URI id) {
            this.proofId = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Makes each proof a link of a proof chain: it names these existing proofs (by {@code id}) in
         * {@code previousProof} and signs the credential together with them, so it cannot be
         * verified without them. Signing fails if the credential has no proof with one of the ids.
         *
         * @param ids the ids of the proofs this proof follows, at least one
         * @return this builder
         * @throws IllegalArgumentException if no id is given
         */
        public Builder previousProof(String... ids) {
            if (ids.length == 0) {
                throw new IllegalArgumentException("previousProof needs at least one proof id");
            }
            this.previousProofs = List.of(ids);
            return this;
        }

        /**
         * The content of resources the credentials' {@code relatedResource} entries name, by id:
         * before signing, each supplied resource must match every digest of its entry
         * ({@code VCDM-RELATED-MATCH}). Resources are never fetched; an entry whose resource is not
         * supplied is checked for well-formed digests only. By default none.
         *
         * @param resources the content by resource id; copied
         * @return this builder
         */
        public Builder relatedResources(Map<URI, byte[]> resources) {
            this.relatedResources = DataModel.copy(Objects.requireNonNull(resources, "resources"));
            return this;
        }

        /**
         * Builds the signer.
         *
         * @return the signer
         */
        public DataIntegritySigner build() {
            return new DataIntegritySigner(this);
        }
    }
}
