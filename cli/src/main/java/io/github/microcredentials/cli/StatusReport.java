package io.github.microcredentials.cli;

import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.status.StatusResult;

/** verify's output when the status was checked too. */
final class StatusReport {

    private StatusReport() {
    }

    /**
     * The verdict of a credential whose proofs verified and whose status was checked.
     *
     * @param proofs the proof report (valid)
     * @param status the status result
     * @param listsGiven whether the user gave lists or allowed fetching
     * @return exit code, summary line and JSON
     */
    static VerifyCommand.Verdict verdict(VerificationReport proofs, StatusResult status, boolean listsGiven) {
        String summary = (status.isValid() ? proofs.summary() + "; status " + status.summary()
                : status.summary() + " (" + proofs.summary() + ")")
                + (listsGiven || status.isValid() ? "" : "; give --status-list FILE|DIR or --fetch-status to check the status");
        String json = "{\n\"proofs\": " + proofs.toJson() + ",\n\"status\": " + status.toJson() + "\n}\n";
        return new VerifyCommand.Verdict(status.isValid() ? Main.OK : Main.FINDINGS, summary, json);
    }
}
