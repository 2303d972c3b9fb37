package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.seals.SealProblem.Code;
import io.github.microcredentials.seals.internal.seal.Baseline;
import io.github.microcredentials.seals.internal.seal.Chains;
import io.github.microcredentials.seals.internal.seal.Rule;
import io.github.microcredentials.seals.internal.seal.SealResult;
import io.github.microcredentials.signing.Check;
import io.github.microcredentials.signing.Indication;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SealPolicyTest {

    private static final byte[] CONTENT = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    /** An intact seal whose chain is trusted, with its content. */
    private static SealResult.Builder intactTrusted() {
        return new SealResult.Builder().intact(true).payload(Optional.of(CONTENT))
                .chain(new Chains.Result(true, Optional.empty(), Instant.EPOCH, List.of()));
    }

    @Test
    void aLegacyAlgorithmIsIntactButNotAcceptedByDefault() {
        SealResult result = intactTrusted().add(Rule.LEGACY_ALGORITHM, "ds:SignatureMethod", "RSA-SHA1").build();
        SealReport report = new SealReport(result, SealFormat.XADES, SealPolicy.strict());
        assertThat(report.intact()).isTrue();
        assertThat(report.accepted()).isFalse();
        assertThat(report.isValid()).isFalse();
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.payload()).as("content is handed out only when valid").isEmpty();
        assertThat(report.problems()).extracting(SealProblem::code).containsExactly(Code.LEGACY_ALGORITHM);
        assertThat(report.problems().get(0).kind()).isEqualTo(SealProblem.Kind.POLICY);
        assertThat(report.checks()).containsExactly(new Check("LEGACY_ALGORITHM", Check.Severity.FAIL, "ds:SignatureMethod", "RSA-SHA1"));
        assertThat(report.summary()).startsWith("INVALID (intact, not accepted)");
        assertThat(report.toJson()).contains("\"kind\": \"POLICY\"").contains("\"accepted\": false")
                .contains("\"indication\": \"INDETERMINATE\"");
    }

    @Test
    void aRelaxedPolicyTurnsTheRuleIntoAWarning() {
        SealPolicy archive = SealPolicy.strict().with(Code.LEGACY_ALGORITHM, SealPolicy.Level.WARN)
                .with(Code.SIGNING_CERTIFICATE_REFERENCE_MISSING, SealPolicy.Level.IGNORE);
        SealResult result = intactTrusted().add(Rule.LEGACY_ALGORITHM, "ds:SignatureMethod", "RSA-SHA1")
                .add(Rule.SIGNING_CERTIFICATE_REFERENCE_MISSING, "xades:SigningCertificateV2", "none").build();
        SealReport report = new SealReport(result, SealFormat.JADES, archive);
        assertThat(report.accepted()).isTrue();
        assertThat(report.indication()).isEqualTo(Indication.VALID);
        assertThat(report.payload()).contains("{\"a\":1}");
        assertThat(report.warnings()).extracting(SealProblem::code).containsExactly(Code.LEGACY_ALGORITHM);
        assertThat(report.checks()).extracting(Check::code, Check::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LEGACY_ALGORITHM", Check.Severity.WARN));
        assertThat(SealPolicy.strict().level(Code.LEGACY_ALGORITHM)).isEqualTo(SealPolicy.Level.FAIL);
    }

    @Test
    void aPolicyCanPromoteAWarning() {
        SealResult result = intactTrusted().add(Rule.NOT_BASELINE, "xades:SigningTime", "no signing time").build();
        assertThat(new SealReport(result, SealFormat.XADES, SealPolicy.strict()).accepted()).isTrue();
        SealReport report = new SealReport(result, SealFormat.XADES, SealPolicy.strict().with(Code.NOT_BASELINE, SealPolicy.Level.FAIL));
        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).containsExactly(Code.NOT_BASELINE);
    }

    @Test
    void integrityAndTrustRulesCannotBeRelaxed() {
        assertThatThrownBy(() -> SealPolicy.strict().with(Code.SIGNATURE_INVALID, SealPolicy.Level.IGNORE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INTEGRITY");
        assertThatThrownBy(() -> SealPolicy.strict().with(Code.CHAIN_UNTRUSTED, SealPolicy.Level.WARN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TRUST");
        SealResult result = new SealResult.Builder().intact(true).payload(Optional.of(CONTENT))
                .chain(new Chains.Result(false, Optional.empty(), Instant.EPOCH, List.of(
                        new io.github.microcredentials.seals.internal.seal.Finding(Rule.CHAIN_UNTRUSTED, "certificate", "no anchor"))))
                .build();
        SealReport report = new SealReport(result, SealFormat.JADES, SealPolicy.strict());
        assertThat(report.accepted()).isFalse();
        assertThat(report.indication()).as("intact, untrusted").isEqualTo(Indication.INDETERMINATE);
        assertThat(report.payload()).as("an intact seal whose chain is untrusted hands out nothing").isEmpty();
    }

    @Test
    void aSealThatIsNotIntactIsInvalid_andAStructureProblemToo() {
        SealResult broken = new SealResult.Builder().intact(false).add(Rule.SIGNATURE_INVALID, "signature", "changed").build();
        assertThat(new SealReport(broken, SealFormat.JADES, SealPolicy.strict()).indication()).isEqualTo(Indication.INVALID);
        SealResult wrapped = intactTrusted().add(Rule.UNSAFE_STRUCTURE, "ds:Signature", "two signatures").build();
        assertThat(new SealReport(wrapped, SealFormat.XADES, SealPolicy.strict()).indication()).isEqualTo(Indication.INVALID);
    }

    @Test
    void aBrokenCounterSignatureHasItsOwnReportAndWarnsByDefault() {
        SealResult counter = new SealResult.Builder().add(Rule.SIGNATURE_INVALID, "ds:SignatureValue", "changed").build();
        SealResult result = intactTrusted().counterSignature(counter, "xades:CounterSignature[1]").build();
        SealReport report = new SealReport(result, SealFormat.XADES, SealPolicy.strict());
        assertThat(report.accepted()).isTrue();
        assertThat(report.warnings()).extracting(SealProblem::code).containsExactly(Code.COUNTER_SIGNATURE_INVALID);
        assertThat(report.warnings().get(0).message()).isEqualTo("the counter-signature is not intact: changed");
        assertThat(report.counterSignatures()).singleElement().satisfies(c -> {
            assertThat(c.intact()).isFalse();
            assertThat(c.indication()).isEqualTo(Indication.INVALID);
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

    @Test
    void everyRuleTheChecksReport_isAPublicCode_andBack() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::name))
                .containsExactlyElementsOf(Arrays.stream(Code.values()).map(Code::name).toList());
    }

    /** The defaults are the levels the verifier hard-coded before they came from the policy. */
    @Test
    void theDefaultLevels_areTheVerifiersFormerOnes() {
        Map<Code, SealPolicy.Level> expected = new EnumMap<>(Code.class);
        for (Code code : Code.values()) {
            expected.put(code, SealPolicy.Level.FAIL);
        }
        for (Code warning : List.of(Code.NOT_BASELINE, Code.LEGACY_ELEMENT, Code.COUNTER_SIGNATURE_INVALID, Code.TIMESTAMP_UNTRUSTED,
                Code.ETSIU_IN_CRIT, Code.CERTIFICATE_UNREADABLE)) {
            expected.put(warning, SealPolicy.Level.WARN);
        }
        for (Code code : Code.values()) {
            assertThat(SealPolicy.strict().level(code)).as(code.name()).isEqualTo(expected.get(code));
        }
        assertThat(SealPolicy.strict().with(Code.ETSIU_IN_CRIT, SealPolicy.Level.FAIL).level(Code.ETSIU_IN_CRIT))
                .isEqualTo(SealPolicy.Level.FAIL);
    }

    @Test
    void theLevel_isComputedFromWhatTheSealCarries() {
        assertThat(new Baseline.Evidence(false, true, true, true, true).nested()).isEmpty();
        assertThat(new Baseline.Evidence(true, false, true, true, true).highest()).isEmpty();
        assertThat(new Baseline.Evidence(true, true, false, false, false).nested()).contains(Baseline.B);
        assertThat(new Baseline.Evidence(true, true, true, false, true).nested()).contains(Baseline.T);
        assertThat(new Baseline.Evidence(true, true, true, true, false).nested()).contains(Baseline.LT);
        assertThat(new Baseline.Evidence(true, true, true, true, true).nested()).contains(Baseline.LTA);
        assertThat(new Baseline.Evidence(true, true, false, false, true).highest()).contains(Baseline.LTA);
        assertThat(new Baseline.Evidence(true, true, true, false, false).highest()).contains(Baseline.T);
        SealResult lt = intactTrusted().level(new Baseline.Evidence(true, true, true, true, false).nested()).build();
        assertThat(new SealReport(lt, SealFormat.XADES, SealPolicy.strict()).levelName()).isEqualTo("XAdES-BASELINE-LT");
    }
}
