package io.github.microcredentials.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The summary line counts errors, warnings and notices; "conforms (32 findings)" is gone. */
class ReportSummaryTest {

    private static Finding finding(Severity severity) {
        return new Finding("CR-O3", severity, "/grade", "message", Optional.empty(), Optional.empty());
    }

    @Test
    void summary_namesWarningsAndNotices() {
        assertThat(Report.of(List.of()).summary()).isEqualTo("conforms, no findings");
        assertThat(Report.of(List.of(finding(Severity.WARNING), finding(Severity.INFO), finding(Severity.INFO))).summary())
                .isEqualTo("conforms, with 1 warning and 2 notices");
        assertThat(Report.of(List.of(finding(Severity.ERROR), finding(Severity.INFO))).summary())
                .isEqualTo("does not conform: 1 error, 0 warnings, 1 notice");
        assertThat(Report.of(List.of(finding(Severity.INFO))).toString()).startsWith("conforms, with 0 warnings and 1 notice")
                .doesNotContain("findings)");
    }

    @Test
    void supportedLocales_areEnglishAndGerman() {
        assertThat(Validator.supportedLocales()).containsExactly(Locale.ENGLISH, Locale.GERMAN);
    }
}
