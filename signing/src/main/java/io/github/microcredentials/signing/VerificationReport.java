package io.github.microcredentials.signing;

import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying a credential: the overall indication, the failures that concern the
 * whole document, and one {@link ProofResult} per proof. Verifiers return it for every input,
 * valid or not; they never throw because a signature is wrong or the input is malformed.
 *
 * <p>The verdict is an ETSI {@link Indication} with the {@linkplain #checks() checks} behind it,
 * the shape every verifier of this library returns (seals too). The credential is
 * {@link Indication#VALID} only when the document has no failure, it has at
 * least one proof, and every proof is valid: a proof set or chain is as strong as its weakest proof,
 * as the "Verify Proof Sets and Chains" algorithm of VC Data Integrity 1.0 (§4) defines the verdict of the whole.
 */
public final class VerificationReport {

    /** The codes that leave a verdict open rather than make it invalid. */
    static boolean undecided(FailureCode code) {
        return code == FailureCode.ISSUER_BINDING_UNESTABLISHED || code == FailureCode.HOLDER_BINDING_UNESTABLISHED;
    }

    /** The codes of input that could not be read. */
    static boolean unreadable(FailureCode code) {
        return code == FailureCode.MALFORMED_JSON || code == FailureCode.DUPLICATE_KEY || code == FailureCode.LIMIT_EXCEEDED;
    }

    private final List<Failure> failures;
    private final List<ProofResult> proofs;
    private final Optional<VerifiedCredential> credential;

    VerificationReport(List<Failure> failures, List<ProofResult> proofs, Optional<VerifiedCredential> credential) {
        this.failures = List.copyOf(failures);
        this.proofs = List.copyOf(proofs);
        this.credential = credential;
    }

    /**
     * The report of a runtime exception that escaped every check (a dependency's, on input no
     * check foresaw): a failure, never thrown to the caller. The fuzz tests check that no input
     * reaches it.
     */
    static VerificationReport defect(RuntimeException e) {
        return malformed(new Failure(FailureCode.MALFORMED_JSON, "", "unexpected failure (a defect of this library;"
                + " please report it): " + e));
    }

    static VerificationReport malformed(Failure failure) {
        return new VerificationReport(List.of(failure), List.of(), Optional.empty());
    }

    /** The code of input that cannot be read: a duplicate key, a limit, or anything else malformed. */
    static FailureCode code(io.github.microcredentials.core.CredentialParseException e) {
        switch (e.problem()) {
            case DUPLICATE_KEY:
                return FailureCode.DUPLICATE_KEY;
            case TOO_LARGE:
            case TOO_DEEP:
                return FailureCode.LIMIT_EXCEEDED;
            default:
                return FailureCode.MALFORMED_JSON;
        }
    }

    /**
     * The overall outcome: {@link Indication#VALID} when every check passed;
     * {@link Indication#INDETERMINATE} when every signature holds and only the binding of a key to
     * its issuer (or a presentation's holder) is open ({@link FailureCode#ISSUER_BINDING_UNESTABLISHED});
     * else {@link Indication#INVALID}, which includes input that cannot be read ({@link #malformed()}).
     *
     * @return the indication
     */
    public Indication indication() {
        if (malformed()) {
            return Indication.INVALID;
        }
        if (isValid()) {
            return Indication.VALID;
        }
        List<Failure> all = allFailures();
        return !proofs.isEmpty() && !all.isEmpty() && all.stream().allMatch(f -> undecided(f.code()))
                ? Indication.INDETERMINATE : Indication.INVALID;
    }

    /**
     * Whether the input could not be read at all: not strict JSON, a duplicate key, over a limit of
     * the verifier, or not a JWS (ETSI sub-indication FORMAT_FAILURE). Such a report is
     * {@link Indication#INVALID}.
     *
     * @return {@code true} if the input is malformed
     */
    public boolean malformed() {
        return failures.stream().anyMatch(f -> unreadable(f.code()));
    }

    /**
     * Every finding as a {@link Check}, the shape shared with seal reports: each failure (the
     * document's, then each proof's) with its {@link FailureCode} name and severity
     * {@link Check.Severity#FAIL}, then each proof warning as {@code PROOF_WARNING} with severity
     * {@link Check.Severity#WARN}.
     *
     * @return the checks, in that order
     */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        allFailures().forEach(f -> checks.add(new Check(f.code().name(), Check.Severity.FAIL, f.location(), f.message())));
        for (ProofResult p : proofs) {
            String at = proofs.size() == 1 ? "proof" : "proof " + p.index();
            p.warnings().forEach(w -> checks.add(new Check("PROOF_WARNING", Check.Severity.WARN, at, w)));
        }
        return List.copyOf(checks);
    }

    /**
     * Whether the credential verified.
     *
     * @return {@code true} when {@link #indication()} is {@link Indication#VALID}
     */
    public boolean isValid() {
        return failures.isEmpty() && !proofs.isEmpty() && proofs.stream().allMatch(ProofResult::valid);
    }

    /**
     * The failures that concern the whole document (JSON, issuer, validity period).
     *
     * @return the failures
     */
    public List<Failure> failures() {
        return failures;
    }

    /**
     * The result of each proof, in document order.
     *
     * @return the proof results
     */
    public List<ProofResult> proofs() {
        return proofs;
    }

    /**
     * Every failure: the document's, then each proof's.
     *
     * @return the failures
     */
    public List<Failure> allFailures() {
        List<Failure> all = new ArrayList<>(failures);
        proofs.forEach(p -> all.addAll(p.failures()));
        return all;
    }

    /**
     * Every warning of the proofs, prefixed with the proof's JSON Pointer: for example that a proof
     * uses the superseded {@code Ed25519Signature2020} suite. Warnings never make a report invalid.
     *
     * @return the warnings
     */
    public List<String> warnings() {
        List<String> all = new ArrayList<>();
        for (ProofResult p : proofs) {
            p.warnings().forEach(w -> all.add((proofs.size() == 1 ? "proof" : "proof " + p.index()) + ": " + w));
        }
        return all;
    }

    /**
     * The verified credential, present exactly when the report is valid.
     *
     * @return the credential
     */
    public Optional<VerifiedCredential> credential() {
        return credential;
    }

    /**
     * A one-line verdict, for logs and the command line.
     *
     * @return for example {@code VALID: 1 proof (eddsa-rdfc-2022), issuer did:key:z6Mk…}
     */
    public String summary() {
        if (isValid()) {
            VerifiedCredential c = credential.orElseThrow();
            int warnings = warnings().size();
            return "VALID: " + proofs.size() + (proofs.size() == 1 ? " proof (" : " proofs (")
                    + String.join(", ", proofs.stream().map(ProofResult::method).toList()) + "), issuer " + c.issuer()
                    + (warnings == 0 ? "" : warnings == 1 ? " (1 warning)" : " (" + warnings + " warnings)");
        }
        List<Failure> all = allFailures();
        String first = all.isEmpty() ? "no proof" : all.get(0).toString();
        return indication() + ": " + first + (all.size() > 1 ? " (+" + (all.size() - 1) + " more)" : "");
    }

    /**
     * The whole report as JSON: indication, failures, and each proof with its failures.
     *
     * @return pretty-printed JSON text
     */
    public String toJson() {
        JsonObjectBuilder out = StrictJson.PROVIDER.createObjectBuilder()
                .add("indication", indication().name())
                .add("malformed", malformed())
                .add("failures", failures(failures));
        credential.ifPresent(c -> out.add("issuer", c.issuer().toString()).add("format", c.format().name()));
        JsonArrayBuilder proofArray = StrictJson.PROVIDER.createArrayBuilder();
        for (ProofResult proof : proofs) {
            JsonObjectBuilder p = StrictJson.PROVIDER.createObjectBuilder()
                    .add("index", proof.index())
                    .add("method", proof.method())
                    .add("valid", proof.valid());
            proof.verificationMethod().ifPresent(vm -> p.add("verificationMethod", vm.toString()));
            p.add("failures", failures(proof.failures()));
            if (!proof.warnings().isEmpty()) {
                JsonArrayBuilder warnings = StrictJson.PROVIDER.createArrayBuilder();
                proof.warnings().forEach(warnings::add);
                p.add("warnings", warnings);
            }
            proofArray.add(p);
        }
        return JsonText.pretty(out.add("proofs", proofArray).build());
    }

    private static JsonArrayBuilder failures(List<Failure> list) {
        JsonArrayBuilder array = StrictJson.PROVIDER.createArrayBuilder();
        for (Failure f : list) {
            JsonObjectBuilder failure = StrictJson.PROVIDER.createObjectBuilder().add("code", f.code().name());
            f.ruleId().ifPresent(rule -> failure.add("rule", rule));
            array.add(failure.add("location", f.location()).add("message", f.message()));
        }
        return array;
    }

    @Override
    public String toString() {
        return summary();
    }
}
