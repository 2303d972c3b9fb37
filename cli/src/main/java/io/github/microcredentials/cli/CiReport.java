package io.github.microcredentials.cli;

import io.github.microcredentials.core.report.JUnitXmlWriter;
import io.github.microcredentials.core.report.SarifWriter;
import io.github.microcredentials.core.report.ValidatedFile;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Validator;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code validate} output for CI systems: every file's findings collected, then written once
 * as SARIF 2.1.0 or JUnit XML. Findings of a native JSON file carry its line and column; on an
 * EDC or Open Badges file only the reader's findings do, the validator's point into the native form.
 */
final class CiReport {

    private final boolean sarif;
    private final List<ValidatedFile> files = new ArrayList<>();

    private CiReport(boolean sarif) {
        this.sarif = sarif;
    }

    static CiReport sarif() {
        return new CiReport(true);
    }

    static CiReport junit() {
        return new CiReport(false);
    }

    void add(Path file, byte[] input, CredentialFormat format, Report read, Report validation) {
        ValidatedFile.Builder builder = ValidatedFile.builder(path(file));
        if (format instanceof NativeFormat) {
            builder.findingsIn(input, read.merge(validation));
        } else {
            builder.findingsIn(input, read).findings(validation);
        }
        files.add(builder.build());
    }

    void unreadable(Path file, String problem) {
        files.add(ValidatedFile.unreadable(path(file), problem));
    }

    /** Paths as CI systems match them to the repository: as given, with forward slashes. */
    private static String path(Path file) {
        return file.toString().replace('\\', '/');
    }

    void print(Validator validator, PrintWriter out) {
        byte[] report = sarif
                ? SarifWriter.builder().rules(validator.rules()).build().write(files)
                : JUnitXmlWriter.builder().rules(validator.rules()).build().write(files);
        out.print(new String(report, StandardCharsets.UTF_8));
        out.println();
    }
}
