package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.seals.internal.seal.Outcome;
import io.github.microcredentials.seals.SealProblem.Code;
import org.junit.jupiter.api.Test;

class SealPolicyTest {

    private static Outcome intactTrusted() {
        Outcome outcome = new Outcome(SealFormat.XADES);
        outcome.intact = true;
        outcome.chainTrusted = true;
        return outcome;
    }

    @Test
    void aLegacyAlgorithmIsIntactButNotAcceptedByDefault() {
        Outcome outcome = intactTrusted().fail(Code.LEGACY_ALGORITHM, "ds:SignatureMethod", "RSA-SHA1");
        SealReport report = new SealReport(outcome, SealPolicy.strict());
        assertThat(report.intact()).isTrue();
        assertThat(report.accepted()).isFalse();
        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).containsExactly(Code.LEGACY_ALGORITHM);
        assertThat(report.problems().get(0).kind()).isEqualTo(SealProblem.Kind.POLICY);
        assertThat(report.summary()).startsWith("INVALID (intact, not accepted)");
        assertThat(report.toJson()).contains("\"kind\": \"POLICY\"").contains("\"accepted\": false");
    }

    @Test
    void aRelaxedPolicyTurnsTheRuleIntoAWarning() {
        SealPolicy archive = SealPolicy.strict().with(Code.LEGACY_ALGORITHM, SealPolicy.Level.WARN)
                .with(Code.SIGNING_CERTIFICATE_REFERENCE_MISSING, SealPolicy.Level.IGNORE);
        Outcome outcome = intactTrusted().fail(Code.LEGACY_ALGORITHM, "ds:SignatureMethod", "RSA-SHA1")
                .fail(Code.SIGNING_CERTIFICATE_REFERENCE_MISSING, "xades:SigningCertificateV2", "none");
        SealReport report = new SealReport(outcome, archive);
        assertThat(report.accepted()).isTrue();
        assertThat(report.warnings()).extracting(SealProblem::code).containsExactly(Code.LEGACY_ALGORITHM);
        assertThat(SealPolicy.strict().level(Code.LEGACY_ALGORITHM)).isEqualTo(SealPolicy.Level.FAIL);
    }

    @Test
    void aPolicyCanPromoteAWarning() {
        Outcome outcome = intactTrusted();
        outcome.warn(Code.NOT_BASELINE, "xades:SigningTime", "no signing time");
        SealReport report = new SealReport(outcome, SealPolicy.strict().with(Code.NOT_BASELINE, SealPolicy.Level.FAIL));
        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).containsExactly(Code.NOT_BASELINE);
    }

    @Test
    void integrityAndTrustRulesCannotBeRelaxed() {
        assertThatThrownBy(() -> SealPolicy.strict().with(Code.SIGNATURE_INVALID, SealPolicy.Level.IGNORE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INTEGRITY");
        assertThatThrownBy(() -> SealPolicy.strict().with(Code.CHAIN_UNTRUSTED, SealPolicy.Level.WARN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TRUST");
        Outcome outcome = intactTrusted().fail(Code.CHAIN_UNTRUSTED, "certificate", "no anchor");
        assertThat(new SealReport(outcome, SealPolicy.strict()).accepted()).isFalse();
    }

    @Test
    void aBrokenCounterSignatureHasItsOwnReportAndWarnsByDefault() {
        Outcome counter = new Outcome(SealFormat.XADES).fail(Code.SIGNATURE_INVALID, "ds:SignatureValue", "changed");
        Outcome outcome = intactTrusted().fail(Code.COUNTER_SIGNATURE_INVALID, "xades:CounterSignature[1]", "does not verify");
        outcome.counterSignatures.add(counter);
        SealReport report = new SealReport(outcome, SealPolicy.strict());
        assertThat(report.accepted()).isTrue();
        assertThat(report.warnings()).extracting(SealProblem::code).containsExactly(Code.COUNTER_SIGNATURE_INVALID);
        assertThat(report.counterSignatures()).singleElement().satisfies(c -> {
            assertThat(c.intact()).isFalse();
            assertThat(c.problems()).extracting(SealProblem::code).containsExactly(Code.SIGNATURE_INVALID);
        });
        assertThat(report.toJson()).contains("\"counterSignatures\"");
    }

    @Test
    void everyCodeHasAKind() {
        for (Code code : Code.values()) {
            assertThat(code.kind()).as(code.name()).isNotNull();
        }
    }
}
