package io.github.microcredentials.cli;

import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.status.StatusResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/** verify's output when the status was checked too. */
final class StatusReport {

    private StatusReport() {
    }

    static int print(PrintWriter out, Path file, String format, VerificationReport proofs, StatusResult status,
            boolean listsGiven) {
        if (format.equals("json")) {
            out.print("{\n\"proofs\": " + proofs.toJson() + ",\n\"status\": " + status.toJson() + "\n}\n");
        } else {
            out.print(file + ": " + (status.isValid() ? proofs.summary() + "; status " + status.summary()
                    : status.summary() + " (" + proofs.summary() + ")")
                    + (listsGiven || status.isValid() ? "" : "; give --status-list FILE|DIR or --fetch-status to check the status")
                    + "\n");
        }
        out.flush();
        return status.isValid() ? Main.OK : Main.FINDINGS;
    }
}
