package io.github.microcredentials.signing.internal.di;

import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.ProofResult;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.VerificationMethod;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.crypto.Signatures;
import io.github.microcredentials.signing.internal.json.JsonObjects;
import io.github.microcredentials.signing.internal.rdf.DocumentException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies one Data Integrity proof of a document (VC Data Integrity §4.3 "Verify Proof" with the
 * suite's transformation, hashing and verification), collecting every failed check.
 */
public final class ProofVerification {

    /** Everything a proof is checked against; one per verification of a document. */
    public static final class Context {
        final JsonObject unsecured;
        final List<JsonObject> proofs;
        final String purpose;
        final Instant now;
        final Duration skew;
        final KeyResolver resolver;
        final Canonicalization canonicalization;
        final Map<String, byte[]> canonicalDocuments = new HashMap<>();

        /**
         * Creates the context.
         *
         * @param unsecured the document without {@code proof}
         * @param proofs every proof of the document, in order (for {@code previousProof})
         * @param purpose the proof purpose every proof must have ({@code assertionMethod} for a
         *     credential, {@code authentication} for a presentation)
         * @param now the current time
         * @param skew the tolerated clock difference
         * @param resolver the key resolver
         * @param canonicalization the transformation
         */
        public Context(JsonObject unsecured, List<JsonObject> proofs, String purpose, Instant now, Duration skew,
                KeyResolver resolver, Canonicalization canonicalization) {
            this.unsecured = unsecured;
            this.proofs = proofs;
            this.purpose = purpose;
            this.now = now;
            this.skew = skew;
            this.resolver = resolver;
            this.canonicalization = canonicalization;
        }
    }

    private final Context context;
    private final JsonObject proof;
    private final String at;
    private final List<Failure> failures = new ArrayList<>();

    private ProofVerification(Context context, JsonObject proof, String at) {
        this.context = context;
        this.proof = proof;
        this.at = at;
    }

    /** The proof type of a legacy suite verified (never signed) for the wallets and issuers that still produce it. */
    public static final String ED25519_SIGNATURE_2020 = "Ed25519Signature2020";

    /**
     * The result of one proof and the method its key was resolved to (for the issuer or holder binding).
     *
     * @param result the proof's checks, without the binding
     * @param method the resolved verification method, if it was resolved
     * @param proof the proof object
     * @param at the proof's JSON Pointer
     */
    public record Outcome(ProofResult result, Optional<VerificationMethod> method, JsonObject proof, String at) {
    }

    /**
     * Verifies a proof: everything but the binding of its key to the issuer or holder, which
     * {@link Binding} decides for the proofs together.
     *
     * @param context the document and verifier settings
     * @param index the proof's index
     * @param at the proof's JSON Pointer
     * @return the result with every failed check, and the resolved method
     */
    public static Outcome verify(Context context, int index, String at) {
        ProofVerification v = new ProofVerification(context, context.proofs.get(index), at);
        Optional<VerificationMethod> resolved = v.run();
        String method = v.text("type").filter(ED25519_SIGNATURE_2020::equals)
                .orElse(v.text("cryptosuite").orElse(v.text("type").orElse("")));
        return new Outcome(new ProofResult(index, method, v.text("verificationMethod").flatMap(CredentialChecks::uri),
                v.failures, v.warnings), resolved, v.proof, at);
    }

    private final List<String> warnings = new ArrayList<>();
    private boolean legacy;

    private Optional<VerificationMethod> run() {
        Optional<Cryptosuite> suite = suite();
        if (!text("proofPurpose").map(context.purpose::equals).orElse(false)) {
            fail(FailureCode.WRONG_PROOF_PURPOSE, "/proofPurpose", "the proof purpose must be " + context.purpose + ", not "
                    + text("proofPurpose").orElse("(absent)"));
        }
        dates();
        Optional<VerificationMethod> method = method(suite);
        Optional<byte[]> signature = signature(suite, method);
        Optional<JsonObject> secured = chain();
        if (suite.isPresent() && signature.isPresent() && method.isPresent() && secured.isPresent() && contextPrefix(suite.get())) {
            checkSignature(suite.get(), secured.get(), signature.get(), method.get());
        }
        return method;
    }

    /**
     * The suite whose transformation, hashing and key type the proof uses. {@code Ed25519Signature2020}
     * transforms and hashes as {@code eddsa-rdfc-2022} does (RDFC-1.0, SHA-256 of the proof options
     * with the document's {@code @context}, then of the document, Ed25519), so it is verified with it.
     */
    private Optional<Cryptosuite> suite() {
        if (text("type").map(ED25519_SIGNATURE_2020::equals).orElse(false)) {
            legacy = true;
            warnings.add("Ed25519Signature2020 is a legacy proof type, superseded by DataIntegrityProof with the "
                    + "eddsa-rdfc-2022 cryptosuite (W3C Recommendation); this library verifies it but never signs with it");
            return Optional.of(Cryptosuite.EDDSA_RDFC_2022);
        }
        if (!text("type").map("DataIntegrityProof"::equals).orElse(false)) {
            fail(FailureCode.UNSUPPORTED_PROOF_TYPE, "/type", "the proof type must be DataIntegrityProof, not "
                    + text("type").orElse("(absent)"));
            return Optional.empty();
        }
        Optional<Cryptosuite> suite = text("cryptosuite").flatMap(Cryptosuite::of);
        if (suite.isEmpty()) {
            fail(FailureCode.UNKNOWN_CRYPTOSUITE, "/cryptosuite", "unsupported cryptosuite " + text("cryptosuite").orElse("(absent)"));
        }
        return suite;
    }

    private void dates() {
        CredentialChecks.date(proof, "created", at, failures)
                .filter(c -> c.isAfter(context.now.plus(context.skew)))
                .ifPresent(c -> fail(FailureCode.PROOF_NOT_YET_VALID, "/created", "the proof was created in the future: " + c));
        CredentialChecks.date(proof, "expires", at, failures)
                .filter(e -> e.isBefore(context.now.minus(context.skew)))
                .ifPresent(e -> fail(FailureCode.PROOF_EXPIRED, "/expires", "the proof expired at " + e));
    }

    /** The signature bytes; their length is the key's (64 bytes for Ed25519 and P-256, 96 for P-384). */
    private Optional<byte[]> signature(Optional<Cryptosuite> suite, Optional<VerificationMethod> method) {
        Optional<String> value = text("proofValue");
        if (value.isEmpty()) {
            fail(FailureCode.MALFORMED_PROOF, "/proofValue", "the proof has no proofValue string");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Multibase.decodeBase58btc(value.get());
        } catch (IllegalArgumentException e) {
            fail(FailureCode.MALFORMED_SIGNATURE, "/proofValue", "proofValue is not base58btc multibase: " + e.getMessage());
            return Optional.empty();
        }
        if (suite.isEmpty()) {
            return Optional.of(bytes);
        }
        List<Integer> lengths = method.isPresent()
                ? List.of(Signatures.signatureLength(method.get().key().type()))
                : suite.get().keyTypes().stream().map(Signatures::signatureLength).distinct().sorted().toList();
        if (!lengths.contains(bytes.length)) {
            String expected = String.join(" or ", lengths.stream().map(String::valueOf).toList());
            fail(FailureCode.MALFORMED_SIGNATURE, "/proofValue", "a " + name(suite.get())
                    + (method.isPresent() ? " signature with a " + method.get().key().type().label() + " key" : " signature")
                    + " has " + expected + " bytes, not " + bytes.length);
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    private String name(Cryptosuite suite) {
        return legacy ? ED25519_SIGNATURE_2020 : suite.id();
    }

    private Optional<VerificationMethod> method(Optional<Cryptosuite> suite) {
        Optional<URI> id = text("verificationMethod").flatMap(CredentialChecks::uri);
        if (id.isEmpty()) {
            fail(FailureCode.MALFORMED_PROOF, "/verificationMethod", "the proof has no verificationMethod URI");
            return Optional.empty();
        }
        Optional<VerificationMethod> method;
        try {
            method = context.resolver.resolve(id.get());
        } catch (SigningException | RuntimeException e) {
            fail(FailureCode.KEY_RESOLUTION_FAILED, "/verificationMethod", e.getMessage() == null ? e.toString() : e.getMessage());
            return Optional.empty();
        }
        if (method.isEmpty()) {
            fail(FailureCode.KEY_NOT_FOUND, "/verificationMethod", "no key resolver knows " + id.get());
            return Optional.empty();
        }
        if (suite.isPresent() && !suite.get().accepts(method.get().key().type())) {
            fail(FailureCode.KEY_TYPE_MISMATCH, "/verificationMethod", name(suite.get()) + " needs "
                    + String.join(" or ", suite.get().keyTypes().stream().map(KeyType::label).toList())
                    + " keys, not " + method.get().key().type().label());
            return Optional.empty();
        }
        return method;
    }

    /** The document this proof secures: without proofs, or with the proofs it chains to. */
    private Optional<JsonObject> chain() {
        JsonValue previous = proof.get("previousProof");
        if (previous == null) {
            return Optional.of(context.unsecured);
        }
        List<String> ids = new ArrayList<>();
        if (previous instanceof JsonString one) {
            ids.add(one.getString());
        } else if (previous instanceof JsonArray many && many.stream().allMatch(JsonString.class::isInstance)) {
            many.forEach(v -> ids.add(((JsonString) v).getString()));
        } else {
            fail(FailureCode.MALFORMED_PROOF, "/previousProof", "previousProof must be a string or an array of strings");
            return Optional.empty();
        }
        List<JsonValue> chained = new ArrayList<>();
        for (String id : ids) {
            Optional<JsonObject> match = context.proofs.stream()
                    .filter(p -> p.get("id") instanceof JsonString s && s.getString().equals(id)).findFirst();
            if (match.isEmpty()) {
                fail(FailureCode.PREVIOUS_PROOF_MISSING, "/previousProof", "no proof with id " + id);
                return Optional.empty();
            }
            chained.add(match.get());
        }
        return Optional.of(JsonObjects.builder(context.unsecured).add("proof", JsonObjects.array(chained)).build());
    }

    /** eddsa-jcs-2022: a proof's own {@code @context} must be a prefix of the document's. */
    private boolean contextPrefix(Cryptosuite suite) {
        JsonValue proofContext = proof.get("@context");
        if (proofContext == null || suite.usesRdfCanonicalization()) {
            return true;
        }
        JsonValue documentContext = context.unsecured.get("@context");
        List<JsonValue> expected = asList(proofContext);
        List<JsonValue> actual = documentContext == null ? List.of() : asList(documentContext);
        if (actual.size() < expected.size() || !actual.subList(0, expected.size()).equals(expected)) {
            fail(FailureCode.CONTEXT_MISMATCH, "/@context", "the proof's @context does not start the document's @context");
            return false;
        }
        return true;
    }

    private void checkSignature(Cryptosuite suite, JsonObject secured, byte[] signature, VerificationMethod method) {
        JsonObjects.Builder config = JsonObjects.builder(proof).remove("proofValue");
        if (!proof.containsKey("@context") && secured.containsKey("@context")) {
            config.add("@context", secured.get("@context"));
        }
        Transformed transformed;
        try {
            transformed = transform(suite, method.key().type(), secured, config.build());
        } catch (DocumentException e) {
            fail(DataIntegrityFailures.code(e), "", e.getMessage());
            return;
        }
        if (!method.key().verify(transformed.hashData(), signature)) {
            fail(FailureCode.SIGNATURE_INVALID, "/proofValue", "the signature does not verify with " + method.id()
                    + ": the document or proof was changed, or it was signed with another key");
        }
    }

    private Transformed transform(Cryptosuite suite, KeyType keyType, JsonObject secured, JsonObject config) throws DocumentException {
        byte[] document;
        if (secured == context.unsecured) {
            // RDFC-1.0 hashes with SHA-384 for P-384 keys: its output may differ from the SHA-256 one
            String key = !suite.usesRdfCanonicalization() ? "jcs" : keyType == KeyType.P384 ? "rdfc-sha384" : "rdfc";
            document = context.canonicalDocuments.get(key);
            if (document == null) {
                document = context.canonicalization.canonicalize(suite, keyType, secured);
                context.canonicalDocuments.put(key, document);
            }
        } else {
            document = context.canonicalization.canonicalize(suite, keyType, secured);
        }
        Canonicalization.ProofConfig proofConfig = context.canonicalization.proofConfig(suite, keyType, config);
        return new Transformed(document, proofConfig.canonical(), Canonicalization.hash(keyType, document),
                proofConfig.hash());
    }

    private static List<JsonValue> asList(JsonValue value) {
        return value instanceof JsonArray array ? array : List.of(value);
    }

    private Optional<String> text(String member) {
        return proof.get(member) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private void fail(FailureCode code, String member, String message) {
        failures.add(new Failure(code, member.isEmpty() ? at : at + member, message));
    }

}
