package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.testfixtures.TestPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The EU's real seals (EDC's own test material and the ELM samples): intact and trusted with
 * their root as trust anchor at their signing time, and rejected after a one-byte change.
 */
class EuSealsTest {

    static byte[] resource(String name) {
        try (InputStream in = EuSealsTest.class.getResourceAsStream("/seals/eu/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<X509Certificate> pem(String name) {
        try {
            return Certs.fromPem(new String(resource(name), StandardCharsets.US_ASCII));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> jadesSeals() {
        return Stream.of(
                Arguments.of("signed_credential.jsonld", "anf-global-root-ca.pem", SealLevel.BASELINE_LTA),
                Arguments.of("json_sealed_advanced.json", "anf-global-root-ca.pem", SealLevel.BASELINE_LTA),
                Arguments.of("json_to_seal-signed-jades-baseline-lta.json", "anf-global-root-ca.pem", SealLevel.BASELINE_LTA),
                Arguments.of("elm-github-Sample-MC-Annex1-signed.jsonld", "anf-global-root-ca.pem", SealLevel.BASELINE_LTA),
                Arguments.of("elm-github-Sample-CertOfPart-signed.jsonld", "anf-global-root-ca.pem", SealLevel.BASELINE_LTA),
                Arguments.of("elm-support-AA-Annex1-MC-signed.jsonld", "anf-global-root-ca.pem", SealLevel.BASELINE_T),
                Arguments.of("elm-support-Sample-CertOfPart-signed.jsonld", "anf-global-root-ca.pem", SealLevel.BASELINE_LTA),
                Arguments.of("mynextid-edc-mc-signed.jsonld", "halcom-root-ca.pem", SealLevel.BASELINE_LTA));
    }

    static SealVerifier verifier(String anchors, Instant at) {
        return SealVerifier.builder().trustAnchors(pem(anchors)).intermediates(pem("anf-qualified-eseal-ca.pem"))
                .validationTime(at).build();
    }

    static Instant signingTime(byte[] seal) {
        return SealVerifier.builder().build().verify(seal).signingTime().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jadesSeals")
    void realJadesSeal_isValidAtItsSigningTime(String file, String anchors, SealLevel level) {
        byte[] seal = resource(file);

        SealReport report = verifier(anchors, signingTime(seal)).verify(seal);

        assertThat(report.problems()).as(report.toJson()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.format()).isEqualTo(SealFormat.JADES);
        assertThat(report.level()).contains(level);
        assertThat(report.warnings()).extracting(SealProblem::code).contains(SealProblem.Code.LEGACY_ELEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jadesSeals")
    void realJadesSeal_oneByteChangeOfThePayload_isRejected(String file, String anchors, SealLevel level) {
        byte[] seal = resource(file);
        SealReport report = verifier(anchors, signingTime(seal)).verify(changeOneByteOfThePayload(seal));

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.SIGNATURE_INVALID);
    }

    /** Changes one letter or digit well inside the payload string (so that the JSON stays valid). */
    static byte[] changeOneByteOfThePayload(byte[] seal) {
        String text = new String(seal, StandardCharsets.UTF_8);
        int at = text.indexOf("\"payload\"") + 60;
        while (!Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        char replacement = text.charAt(at) == 'a' ? 'b' : 'a';
        return (text.substring(0, at) + replacement + text.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jadesSeals")
    void realJadesSeal_withoutItsRoot_isUntrusted(String file, String anchors, SealLevel level) {
        byte[] seal = resource(file);

        SealReport report = SealVerifier.builder().trustAnchors(TestPki.INSTANCE.root().chain()).validationTime(signingTime(seal)).build().verify(seal);

        assertThat(report.intact()).isTrue();
        assertThat(report.chainTrusted()).isFalse();
    }
}
