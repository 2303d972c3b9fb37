package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying a presentation: the failures of the presentation itself (its data-model
 * rules, an enclosed credential that does not verify), one {@link ProofResult} per proof of the
 * holder, and the {@link VerificationReport} of each enclosed credential, verified as on its own.
 * {@link PresentationVerifier} returns it for every input; it never throws for bad input.
 *
 * <p>It is {@link Indication#VALID} only when the presentation has no failure, it has a proof, every
 * proof is valid, and every enclosed credential is valid. It is {@link Indication#INDETERMINATE}
 * when the only open points are bindings that cannot be established (the holder's, or an enclosed
 * credential's issuer's; see {@link IssuerBinding}).
 */
public final class PresentationReport {

    private final List<Failure> failures;
    private final List<ProofResult> proofs;
    private final List<VerificationReport> credentials;
    private final Optional<URI> holder;

    PresentationReport(List<Failure> failures, List<ProofResult> proofs, List<VerificationReport> credentials, Optional<URI> holder) {
        this.failures = List.copyOf(failures);
        this.proofs = List.copyOf(proofs);
        this.credentials = List.copyOf(credentials);
        this.holder = holder;
    }

    static PresentationReport malformed(Failure failure) {
        return new PresentationReport(List.of(failure), List.of(), List.of(), Optional.empty());
    }

    /**
     * The overall outcome.
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
        boolean open = !proofs.isEmpty() && allFailures().stream().allMatch(f -> VerificationReport.undecided(f.code()))
                && credentials.stream().allMatch(c -> c.indication() == Indication.VALID || c.indication() == Indication.INDETERMINATE);
        return open ? Indication.INDETERMINATE : Indication.INVALID;
    }

    /**
     * Whether the presentation and every credential in it verified.
     *
     * @return {@code true} when {@link #indication()} is {@link Indication#VALID}
     */
    public boolean isValid() {
        return failures.isEmpty() && !proofs.isEmpty() && proofs.stream().allMatch(ProofResult::valid)
                && credentials.stream().allMatch(VerificationReport::isValid);
    }

    /**
     * The failures of the presentation itself: JSON, data-model rules
     * ({@link FailureCode#DATA_MODEL_VIOLATION}, rule ids {@code VCDM-VP-…}), an enveloped credential
     * that cannot be read ({@link FailureCode#PRESENTATION_MALFORMED}), and one
     * {@link FailureCode#CREDENTIAL_INVALID} per enclosed credential that is invalid.
     *
     * @return the failures
     */
    public List<Failure> failures() {
        return failures;
    }

    /**
     * The result of each of the presentation's proofs (purpose {@code authentication}, challenge,
     * domain, holder binding, signature), in document order.
     *
     * @return the proof results
     */
    public List<ProofResult> proofs() {
        return proofs;
    }

    /**
     * The report of each enclosed credential that could be verified (embedded with Data Integrity
     * proofs, or enveloped as a VC-JWT), in document order.
     *
     * @return the reports
     */
    public List<VerificationReport> credentials() {
        return credentials;
    }

    /**
     * The presentation's holder, when it names one.
     *
     * @return the holder id
     */
    public Optional<URI> holder() {
        return holder;
    }

    /**
     * Every failure of the presentation: its own, then each proof's (not the credentials', which
     * their reports hold).
     *
     * @return the failures
     */
    public List<Failure> allFailures() {
        List<Failure> all = new ArrayList<>(failures);
        proofs.forEach(p -> all.addAll(p.failures()));
        return all;
    }

    /**
     * Whether the presentation could not be read at all (ETSI sub-indication FORMAT_FAILURE); such
     * a report is {@link Indication#INVALID}.
     *
     * @return {@code true} if the input is malformed
     */
    public boolean malformed() {
        return failures.stream().anyMatch(f -> VerificationReport.unreadable(f.code()));
    }

    /**
     * The presentation's own findings as {@link Check}s (its failures, then each proof's, as
     * {@link Check.Severity#FAIL}; proof warnings as {@code PROOF_WARNING}); each enclosed
     * credential's checks are in its own report among {@link #credentials()}.
     *
     * @return the checks
     */
    public List<Check> checks() {
        return new VerificationReport(failures, proofs, Optional.empty()).checks();
    }

    /**
     * A one-line verdict.
     *
     * @return for example {@code VALID: presentation by did:key:z6Mk…, 2 credentials}
     */
    public String summary() {
        String what = "presentation" + holder.map(h -> " by " + h).orElse("") + ", " + credentials.size()
                + (credentials.size() == 1 ? " credential" : " credentials");
        if (isValid()) {
            return "VALID: " + what;
        }
        List<Failure> all = allFailures();
        String first = !all.isEmpty() ? all.get(0).toString()
                : credentials.stream().filter(c -> !c.isValid()).findFirst().map(VerificationReport::summary).orElse("no proof");
        return indication() + ": " + what + ": " + first + (all.size() > 1 ? " (+" + (all.size() - 1) + " more)" : "");
    }

    /**
     * The whole report as JSON: indication, holder, failures, proofs, and each credential's report.
     *
     * @return pretty-printed JSON text
     */
    public String toJson() {
        JsonObjectBuilder out = StrictJson.PROVIDER.createObjectBuilder().add("indication", indication().name())
                .add("malformed", malformed());
        holder.ifPresent(h -> out.add("holder", h.toString()));
        out.add("failures", failures(failures));
        JsonArrayBuilder proofArray = StrictJson.PROVIDER.createArrayBuilder();
        for (ProofResult proof : proofs) {
            JsonObjectBuilder p = StrictJson.PROVIDER.createObjectBuilder().add("index", proof.index())
                    .add("method", proof.method()).add("valid", proof.valid());
            proof.verificationMethod().ifPresent(vm -> p.add("verificationMethod", vm.toString()));
            p.add("failures", failures(proof.failures()));
            JsonArrayBuilder warnings = StrictJson.PROVIDER.createArrayBuilder();
            proof.warnings().forEach(warnings::add);
            proofArray.add(p.add("warnings", warnings));
        }
        out.add("proofs", proofArray);
        JsonArrayBuilder credentialArray = StrictJson.PROVIDER.createArrayBuilder();
        for (VerificationReport credential : credentials) {
            try {
                credentialArray.add(StrictJson.parseObject(credential.toJson().getBytes(StandardCharsets.UTF_8)));
            } catch (CredentialParseException e) {
                throw new IllegalStateException("a report's own JSON is unreadable", e);
            }
        }
        return JsonText.pretty(out.add("credentials", credentialArray).build());
    }

    private static JsonArrayBuilder failures(List<Failure> list) {
        JsonArrayBuilder array = StrictJson.PROVIDER.createArrayBuilder();
        for (Failure f : list) {
            array.add(StrictJson.PROVIDER.createObjectBuilder()
                    .add("code", f.code().name()).add("location", f.location()).add("message", f.message()));
        }
        return array;
    }

    @Override
    public String toString() {
        return summary();
    }
}
