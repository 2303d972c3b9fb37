package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.internal.di.Binding;
import io.github.microcredentials.signing.internal.di.Canonicalization;
import io.github.microcredentials.signing.internal.di.CredentialChecks;
import io.github.microcredentials.signing.internal.di.ValidityDates;
import io.github.microcredentials.signing.internal.di.ProofVerification;
import io.github.microcredentials.signing.internal.json.JsonObjects;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.vcdm.DataModelCheck;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies the W3C Data Integrity proofs of a credential: {@code eddsa-rdfc-2022},
 * {@code eddsa-jcs-2022}, and {@code ecdsa-rdfc-2019} and {@code ecdsa-jcs-2019} on P-256 and P-384,
 * and the legacy {@code Ed25519Signature2020} proof type (with a warning that it is superseded).
 * Every proof of a proof set is verified, and proofs of a chain ({@code previousProof}, one id or
 * several) with the proofs they chain to (VC Data Integrity 1.0 §4, "Verify Proof Sets and
 * Chains"); each has its own {@link ProofResult}, and the credential is valid only if every proof
 * is. Thread-safe.
 *
 * <p>For each proof it checks: the proof type and suite, proof purpose {@code assertionMethod},
 * {@code created} not in the future and {@code expires} not passed, the key (resolved offline for
 * {@code did:key}, otherwise by the caller's {@link KeyResolver}) of the suite's type, and the
 * signature over the canonical document in JSON-LD safe mode. For the credential: strict JSON, an
 * issuer id, {@code validFrom}/{@code validUntil}, the MUSTs of the W3C VC Data Model (for a VC 1.1
 * credential, those 1.1 shares), each violation a {@link FailureCode#DATA_MODEL_VIOLATION} naming
 * its {@code VCDM-*} rule, and that the issuer controls the key of one proof (the issuer's; the
 * others may be endorsements): see {@link IssuerBinding} for a binding that cannot be established,
 * which is {@link Indication#INDETERMINATE} by default.
 *
 * <pre>{@code
 * VerificationReport report = DataIntegrityVerifier.builder().build().verify(signedJson);
 * if (report.isValid()) {
 *     VerifiedCredential credential = report.credential().orElseThrow();
 * }
 * }</pre>
 */
public final class DataIntegrityVerifier {

    /** The largest clock skew a verifier accepts. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(10);

    private final KeyResolver resolver;
    private final Clock clock;
    private final Duration skew;
    private final Canonicalization canonicalization;
    private final ReadLimits readLimits;
    private final IssuerBinding issuerBinding;
    private final DataModelCheck dataModel;
    private final Map<URI, byte[]> relatedResources;

    private DataIntegrityVerifier(Builder builder) {
        this.issuerBinding = builder.issuerBinding;
        this.relatedResources = builder.relatedResources;
        this.dataModel = DataModel.check(builder.relatedResources);
        this.resolver = builder.resolver;
        this.clock = builder.clock;
        this.skew = builder.skew;
        CanonicalizationLimits bounds = builder.canonicalizationLimits;
        this.canonicalization = new Canonicalization(builder.contexts,
                bounds.maxQuads(), bounds.maxBlankNodes(), bounds.maxWork());
        this.readLimits = builder.readLimits;
    }

    /**
     * Starts a verifier with the defaults: {@code did:key} keys only, bundled contexts, the system
     * clock, no clock skew.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a credential given as text.
     *
     * @param credential the signed credential JSON
     * @return the report; never throws for invalid or malformed input
     */
    public VerificationReport verify(String credential) {
        return verify(credential.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Verifies a credential.
     *
     * @param credential the signed credential, UTF-8 JSON
     * @return the report; never throws for invalid or malformed input
     */
    public VerificationReport verify(byte[] credential) {
        try {
            return verifyUnguarded(credential);
        } catch (RuntimeException e) {
            return VerificationReport.defect(e);
        }
    }

    private VerificationReport verifyUnguarded(byte[] credential) {
        JsonObject document;
        try {
            document = StrictJson.parseObject(credential, readLimits);
        } catch (CredentialParseException e) {
            return VerificationReport.malformed(new Failure(VerificationReport.code(e), e.location(), e.getMessage()));
        }
        return verifyDocument(document, credential);
    }

    /** Verifies a parsed credential (also one enclosed in a presentation); {@code credential} is its text. */
    VerificationReport verifyDocument(JsonObject document, byte[] credential) {
        List<Failure> failures = new ArrayList<>();
        Optional<URI> issuer = CredentialChecks.issuer(document);
        if (issuer.isEmpty()) {
            failures.add(new Failure(FailureCode.ISSUER_MISSING, "/issuer", "the credential has no issuer id (a URI)"));
        }
        ValidityDates dates = ValidityDates.of(document);
        Optional<Instant> from = CredentialChecks.validFrom(document, dates, failures);
        Optional<Instant> until = CredentialChecks.validUntil(document, dates, failures);
        Instant now = clock.instant();
        CredentialChecks.checkPeriod(from, until, now, skew, failures);
        DataModel.report(document, dates, dataModel, "", failures);
        List<ProofResult> results = Binding.apply(verifyProofs(document, "assertionMethod", now, failures), issuer,
                Binding.Party.ISSUER, resolver, issuerBinding == IssuerBinding.ACCEPT_UNESTABLISHED);
        boolean valid = failures.isEmpty() && !results.isEmpty() && results.stream().allMatch(ProofResult::valid);
        Optional<VerifiedCredential> verified = valid
                ? Optional.of(new VerifiedCredential(VerifiedCredential.Format.DATA_INTEGRITY,
                        credential, issuer.orElseThrow(),
                        results.stream().map(r -> r.verificationMethod().orElseThrow()).toList(), from, until))
                : Optional.empty();
        return new VerificationReport(failures, results, verified);
    }

    /** Verifies every proof of a document but for the binding of its key, which the caller applies. */
    List<ProofVerification.Outcome> verifyProofs(JsonObject document, String purpose, Instant now, List<Failure> failures) {
        JsonValue proof = document.get("proof");
        List<JsonObject> proofs = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        if (proof != null && proof.getValueType() == JsonValue.ValueType.OBJECT) {
            proofs.add(proof.asJsonObject());
            pointers.add("/proof");
        } else if (proof != null && proof.getValueType() == JsonValue.ValueType.ARRAY) {
            for (int i = 0; i < proof.asJsonArray().size(); i++) {
                JsonValue item = proof.asJsonArray().get(i);
                if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                    failures.add(new Failure(FailureCode.MALFORMED_PROOF, "/proof/" + i, "a proof must be an object"));
                    return List.of();
                }
                proofs.add(item.asJsonObject());
                pointers.add("/proof/" + i);
            }
        }
        if (proofs.isEmpty()) {
            failures.add(new Failure(FailureCode.NO_PROOF, "/proof", "the document has no Data Integrity proof"));
            return List.of();
        }
        JsonObject unsecured = JsonObjects.builder(document).remove("proof").build();
        ProofVerification.Context context = new ProofVerification.Context(unsecured, proofs, purpose, now, skew, resolver, canonicalization);
        List<ProofVerification.Outcome> results = new ArrayList<>();
        for (int i = 0; i < proofs.size(); i++) {
            results.add(ProofVerification.verify(context, i, pointers.get(i)));
        }
        return results;
    }

    /** The key resolver, for the holder binding of presentations. */
    KeyResolver resolver() {
        return resolver;
    }

    /** The clock, for presentations. */
    Instant now() {
        return clock.instant();
    }

    /** The issuer binding policy, which presentations apply to their holder too. */
    IssuerBinding issuerBinding() {
        return issuerBinding;
    }

    /** The data-model rules and their policy, for presentations. */
    DataModelCheck dataModel() {
        return dataModel;
    }

    /** The input limits, for presentations. */
    ReadLimits readLimits() {
        return readLimits;
    }

    /**
     * A VC-JWT verifier with this verifier's settings (key resolver, clock and skew, read limits,
     * issuer binding, related resources), for the credentials a presentation envelopes: they are
     * held to what a credential on its own is.
     */
    VcJwtVerifier envelopedVerifier() {
        return VcJwtVerifier.builder().keyResolver(resolver).clock(clock).clockSkew(skew).readLimits(readLimits)
                .issuerBinding(issuerBinding).relatedResources(relatedResources).build();
    }

    /** Settings of a {@link DataIntegrityVerifier}. */
    public static final class Builder {
        private IssuerBinding issuerBinding = IssuerBinding.REQUIRED;
        private KeyResolver resolver = KeyResolver.didKey();
        private Clock clock = Clock.systemUTC();
        private Duration skew = Duration.ZERO;
        private JsonLdContexts contexts = JsonLdContexts.bundled();
        private ReadLimits readLimits = ReadLimits.DEFAULT;
        private CanonicalizationLimits canonicalizationLimits = CanonicalizationLimits.DEFAULT;
        private Map<URI, byte[]> relatedResources = Map.of();

        private Builder() {
        }

        /**
         * The content of resources credentials' {@code relatedResource} entries name, by id: each
         * supplied resource must match every digest of its entry, or the credential is reported
         * ({@link FailureCode#DATA_MODEL_VIOLATION}, {@code VCDM-RELATED-MATCH}). Resources are never
         * fetched; an entry whose resource is not supplied is checked for well-formed digests only.
         * By default none.
         *
         * @param resources the content by resource id; copied
         * @return this builder
         */
        public Builder relatedResources(Map<URI, byte[]> resources) {
            this.relatedResources = DataModel.copy(Objects.requireNonNull(resources, "resources"));
            return this;
        }

        /**
         * How verification methods are resolved; by default {@link KeyResolver#didKey()} only.
         * Combine with {@link KeyResolver#orElse(KeyResolver)} to keep {@code did:key}.
         *
         * @param resolver the resolver
         * @return this builder
         */
        public Builder keyResolver(KeyResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * The clock dates are checked against; by default the system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The tolerated difference between the issuer's and this clock; by default none.
         *
         * @param skew between zero and {@link #MAX_CLOCK_SKEW}
         * @return this builder
         * @throws IllegalArgumentException if the skew is negative or above the maximum
         */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative() || skew.compareTo(MAX_CLOCK_SKEW) > 0) {
                throw new IllegalArgumentException("clock skew must be between 0 and " + MAX_CLOCK_SKEW);
            }
            this.skew = skew;
            return this;
        }

        /**
         * The JSON-LD contexts credentials may use; by default {@link JsonLdContexts#bundled()}.
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
         * {@link ReadLimits#DEFAULT}. Input over a limit is refused ({@link FailureCode#LIMIT_EXCEEDED}).
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
         * What a valid signature whose issuer binding cannot be established yields: by default
         * {@link IssuerBinding#REQUIRED} (an {@link Indication#INDETERMINATE}
         * report with {@link FailureCode#ISSUER_BINDING_UNESTABLISHED}); {@link IssuerBinding#ACCEPT_UNESTABLISHED}
         * accepts it with a warning. A key known not to be the issuer's is invalid either way.
         *
         * @param binding the policy
         * @return this builder
         */
        public Builder issuerBinding(IssuerBinding binding) {
            this.issuerBinding = Objects.requireNonNull(binding, "binding");
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         */
        public DataIntegrityVerifier build() {
            return new DataIntegrityVerifier(this);
        }
    }
}
