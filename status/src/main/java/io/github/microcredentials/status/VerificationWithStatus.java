package io.github.microcredentials.status;

import io.github.microcredentials.signing.Indication;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential's proofs and its status, verified together: the thin adapter between the signing
 * module's {@link DataIntegrityVerifier} and a {@link StatusChecker}. The status is checked only
 * when the proofs verified (a status says nothing about an unverified document).
 *
 * <pre>{@code
 * VerificationWithStatus result = VerificationWithStatus.verify(verifier, checker, signedJson);
 * result.indication();   // INVALID if a proof fails or the credential is revoked, INDETERMINATE if the status is unknown
 * }</pre>
 *
 * @param proofs the verification of the proofs
 * @param status the status check, present when the proofs verified
 */
public record VerificationWithStatus(VerificationReport proofs, Optional<StatusResult> status) {

    /**
     * Checks the parts.
     */
    public VerificationWithStatus {
        Objects.requireNonNull(proofs, "proofs");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Verifies a credential's Data Integrity proofs, then its status.
     *
     * @param verifier the proof verifier
     * @param checker the status checker
     * @param credential the signed credential, UTF-8 JSON
     * @return the result; never throws for any input
     */
    public static VerificationWithStatus verify(DataIntegrityVerifier verifier, StatusChecker checker, byte[] credential) {
        VerificationReport report = verifier.verify(credential);
        return new VerificationWithStatus(report, report.credential().map(checker::check));
    }

    /**
     * Verifies a credential given as text.
     *
     * @param verifier the proof verifier
     * @param checker the status checker
     * @param credential the signed credential JSON
     * @return the result
     */
    public static VerificationWithStatus verify(DataIntegrityVerifier verifier, StatusChecker checker, String credential) {
        return verify(verifier, checker, credential.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The overall verdict: INVALID when a proof failed (or the input is malformed) or the credential
     * is revoked or suspended; INDETERMINATE when its status, or its issuer's binding to the key
     * ({@code ISSUER_BINDING_UNESTABLISHED}), could not be established; VALID otherwise.
     *
     * @return the indication
     */
    public StatusResult.Indication indication() {
        if (proofs.indication() == Indication.INDETERMINATE) {
            return StatusResult.Indication.INDETERMINATE;
        }
        if (!proofs.isValid()) {
            return StatusResult.Indication.INVALID;
        }
        return status.map(StatusResult::indication).orElse(StatusResult.Indication.INDETERMINATE);
    }

    /**
     * A one-line verdict: the proofs', then the status's.
     *
     * @return the summary
     */
    public String summary() {
        if (!proofs.isValid()) {
            return proofs.summary();
        }
        StatusResult result = status.orElseThrow();
        return result.indication() == StatusResult.Indication.VALID
                ? proofs.summary() + "; status " + result.summary()
                : result.summary() + " (" + proofs.summary() + ")";
    }
}
