package io.github.microcredentials.signing.internal.di;

import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.ProofResult;
import io.github.microcredentials.signing.VerificationMethod;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The binding of a document's signer to the party it names: a credential's {@code issuer}, a
 * presentation's {@code holder}. It is decided for the proofs together, because only one of them
 * needs to be the party's: the others of a set or chain may be endorsements by others.
 *
 * <p>A proof is bound when its key's controller is the party, or the party's document (as the key
 * resolver knows it) lists the key. If one proof is bound, the others get a warning naming their
 * controller. If none is, the first proof whose binding is unknown gets the "unestablished" code
 * (an indeterminate verdict, or a warning when the policy accepts it), and if every proof is known
 * not to be the party's, the first gets the mismatch code.
 */
public final class Binding {

    /** Whose binding is checked, with the codes and words of its verdicts. */
    public enum Party {
        /** A credential's issuer. */
        ISSUER("issuer", FailureCode.CONTROLLER_MISMATCH, FailureCode.ISSUER_BINDING_UNESTABLISHED),
        /** A presentation's holder. */
        HOLDER("holder", FailureCode.HOLDER_MISMATCH, FailureCode.HOLDER_BINDING_UNESTABLISHED);

        private final String word;
        private final FailureCode mismatch;
        private final FailureCode unestablished;

        Party(String word, FailureCode mismatch, FailureCode unestablished) {
            this.word = word;
            this.mismatch = mismatch;
            this.unestablished = unestablished;
        }
    }

    private enum Status { BOUND, DENIED, UNKNOWN, UNRESOLVED }

    private Binding() {
    }

    /**
     * Applies the binding to the proofs' results.
     *
     * @param outcomes the proofs, verified but for the binding
     * @param party the party's id; when empty (a credential without issuer is reported elsewhere, a
     *     presentation without holder binds no one) the results are returned as they are
     * @param role the party's role
     * @param resolver the verifier's key resolver, which may know the party's document
     * @param acceptUnestablished whether an unknown binding is only a warning
     * @return the results, in order
     */
    public static List<ProofResult> apply(List<ProofVerification.Outcome> outcomes, Optional<URI> party, Party role,
            KeyResolver resolver, boolean acceptUnestablished) {
        return apply(outcomes, party, role, resolver, acceptUnestablished, "/verificationMethod");
    }

    /**
     * Applies the binding to signers whose key is named by another member than a proof's
     * {@code verificationMethod}: a VC-JWT's {@code kid} (the outcome's {@code at} is then
     * {@code header}, its {@code proof} the JWS header).
     *
     * @param outcomes the signatures, verified but for the binding
     * @param party the party's id; when empty the results are returned as they are
     * @param role the party's role
     * @param resolver the verifier's key resolver, which may know the party's document
     * @param acceptUnestablished whether an unknown binding is only a warning
     * @param keyMember the pointer, below an outcome's {@code at}, of the member naming the key
     * @return the results, in order
     */
    public static List<ProofResult> apply(List<ProofVerification.Outcome> outcomes, Optional<URI> party, Party role,
            KeyResolver resolver, boolean acceptUnestablished, String keyMember) {
        List<ProofResult> results = new ArrayList<>(outcomes.stream().map(ProofVerification.Outcome::result).toList());
        if (party.isEmpty()) {
            return results;
        }
        List<Status> statuses = outcomes.stream().map(o -> status(o.method(), party.get(), resolver)).toList();
        if (statuses.contains(Status.BOUND)) {
            for (int i = 0; i < outcomes.size(); i++) {
                if (statuses.get(i) == Status.DENIED || statuses.get(i) == Status.UNKNOWN) {
                    results.set(i, with(results.get(i), null, "signed by " + outcomes.get(i).method().orElseThrow().controller()
                            + ", not by the " + role.word + ": verified as an endorsement, not as the " + role.word + "'s proof"));
                }
            }
            return results;
        }
        int unknown = statuses.indexOf(Status.UNKNOWN);
        if (unknown >= 0) {
            VerificationMethod method = outcomes.get(unknown).method().orElseThrow();
            String message = "the key is controlled by " + method.controller() + "; whether the " + role.word + " "
                    + party.get() + " controls it cannot be established: the key resolver has no DID or controller document of "
                    + party.get() + " (supply it, so that it can list " + method.id() + ")";
            results.set(unknown, acceptUnestablished ? with(results.get(unknown), null, message + "; accepted by policy")
                    : with(results.get(unknown), new Failure(role.unestablished, outcomes.get(unknown).at() + keyMember,
                            message), null));
            return results;
        }
        int denied = statuses.indexOf(Status.DENIED);
        if (denied >= 0) {
            VerificationMethod method = outcomes.get(denied).method().orElseThrow();
            results.set(denied, with(results.get(denied), new Failure(role.mismatch, outcomes.get(denied).at() + keyMember,
                    "the key is controlled by " + method.controller() + ", not by the " + role.word + " " + party.get()
                            + (outcomes.size() > 1 ? " (no proof is the " + role.word + "'s)" : "")), null));
        }
        return results;
    }

    private static Status status(Optional<VerificationMethod> method, URI party, KeyResolver resolver) {
        if (method.isEmpty()) {
            return Status.UNRESOLVED;
        }
        if (method.get().controller().equals(party)) {
            return Status.BOUND;
        }
        return resolver.controls(party, method.get()).map(listed -> listed ? Status.BOUND : Status.DENIED).orElse(Status.UNKNOWN);
    }

    private static ProofResult with(ProofResult result, @Nullable Failure failure, @Nullable String warning) {
        List<Failure> failures = new ArrayList<>(result.failures());
        List<String> warnings = new ArrayList<>(result.warnings());
        if (failure != null) {
            failures.add(failure);
        }
        if (warning != null) {
            warnings.add(warning);
        }
        return new ProofResult(result.index(), result.method(), result.verificationMethod(), failures, warnings);
    }
}
