package io.github.microcredentials.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.VcJwtVerifier;
import io.github.microcredentials.seals.SealProblem;
import io.github.microcredentials.seals.SealVerifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: every public entry point, given every input of the hostile corpus, returns a result
 * or throws its documented exception; and the specific inputs of items 3 to 9 get the documented
 * answer. {@link #main} runs the same walk with timings, for a separate JVM with {@code -Xmx256m}.
 */
class HostileInputsTest {

    private static final Map<String, byte[]> INPUTS = HostileInputs.all();

    static Stream<Arguments> inputs() {
        return INPUTS.keySet().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyEntryPoint_keepsItsContract(String name) throws Exception {
        byte[] input = INPUTS.get(name);
        for (Map.Entry<String, EntryPoints.Call> entry : EntryPoints.all().entrySet()) {
            try {
                assertThat(entry.getValue().call(input)).as(entry.getKey()).isNotNull();
            } catch (RuntimeException | Error e) {
                throw new AssertionError(entry.getKey() + " let " + e + " escape on " + name, e);
            }
        }
    }

    private static java.util.List<FailureCode> codes(io.github.microcredentials.signing.VerificationReport report) {
        return report.allFailures().stream().map(Failure::code).toList();
    }

    @Test
    void item3_lookAlikeBlankNodes_areALimitNotAnOutOfMemoryError() {
        assertThat(codes(DataIntegrityVerifier.builder().build().verify(INPUTS.get("40,000 look-alike blank nodes (4 MB JSON-LD)"))))
                .contains(FailureCode.LIMIT_EXCEEDED);
        // Under the blank node limit the work is linear: the proof is simply checked (and fails).
        assertThat(codes(DataIntegrityVerifier.builder().build().verify(INPUTS.get("10,000 look-alike blank nodes"))))
                .doesNotContain(FailureCode.LIMIT_EXCEEDED);
    }

    @Test
    void item4_deepXml_isALimitNotAStackOverflowError() {
        assertThat(SealVerifier.builder().build().verifyXades(INPUTS.get("XML nested 10,000 deep (70 KB)")).problems())
                .extracting(SealProblem::code).containsExactly(SealProblem.Code.LIMIT_EXCEEDED);
    }

    @Test
    void item5_longNumbers_areALimitInEveryVerifier() {
        assertThat(codes(DataIntegrityVerifier.builder().build().verify(INPUTS.get("a number of 2,000 digits"))))
                .containsExactly(FailureCode.LIMIT_EXCEEDED);
        assertThat(codes(VcJwtVerifier.builder().build().verify(new String(INPUTS.get("JWT whose payload has a 2,000-digit number"),
                StandardCharsets.UTF_8)))).containsExactly(FailureCode.LIMIT_EXCEEDED);
        assertThat(SealVerifier.builder().build().verifyJades(INPUTS.get("JAdES outer object with a 2,000-digit number")).problems())
                .extracting(SealProblem::code).containsExactly(SealProblem.Code.LIMIT_EXCEEDED);
    }

    @Test
    void item6_malformedSealParts_areReportedNotThrown() {
        for (String name : new String[] {"XAdES with a SignatureValue that is not base64", "XAdES with a certificate that is not DER",
            "XAdES with garbage IssuerSerial", "JAdES with a kid that is garbage ASN.1"}) {
            assertThat(SealVerifier.builder().build().verify(INPUTS.get(name)).isValid()).as(name).isFalse();
        }
    }

    @Test
    void item7_unknownLanguage_isAParseException() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EdcReader.create().read(INPUTS.get("EDC with language map key xx")))
                .isInstanceOf(CredentialParseException.class).hasMessageContaining("\"xx\"");
    }

    @Test
    void item8_openBadges301WithVc2_namesTheContext() {
        assertThat(DataIntegrityVerifier.builder().build().verify(INPUTS.get("Open Badges 3.0.1 context with VC 2.0")).allFailures())
                .extracting(Failure::message).anyMatch(m -> m.contains("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json")
                        && m.contains("context-3.0.3.json"));
    }

    @Test
    void item9_contextHostIsMatchedExactly() {
        assertThat(codes(DataIntegrityVerifier.builder().build().verify(INPUTS.get("credential with an upper-case context host"))))
                .contains(FailureCode.UNKNOWN_CONTEXT);
    }

    /**
     * The walk with timings: run in a JVM of its own with {@code -Xmx256m} (SECURITY.md gives the
     * command and the figures).
     *
     * @param args none
     * @throws Exception never for a kept contract
     */
    public static void main(String[] args) throws Exception {
        long worst = 0;
        for (Map.Entry<String, byte[]> input : INPUTS.entrySet()) {
            for (Map.Entry<String, EntryPoints.Call> entry : EntryPoints.all().entrySet()) {
                long start = System.nanoTime();
                String outcome = entry.getValue().call(input.getValue());
                long millis = (System.nanoTime() - start) / 1_000_000;
                worst = Math.max(worst, millis);
                if (millis > 200) {
                    System.out.printf("%6d ms  %-45s %-40s %.80s%n", millis, input.getKey(), entry.getKey(), outcome);
                }
            }
        }
        System.out.println("slowest call: " + worst + " ms; heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
