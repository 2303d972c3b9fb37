package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.testfixtures.TestPki;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builder rules both sealers share, run against each of them, and the sealing steps they share
 * (the signing time, the algorithm check) seen through each format.
 */
class SealerBuilderTest {

    private static final TestPki PKI = TestPki.INSTANCE;
    private static final TsaClient NO_TSA = (digestAlgorithm, digest) -> {
        throw new AssertionError("a BASELINE-B seal asks no time-stamping authority");
    };

    static Stream<Arguments> builders() {
        return Stream.of(
                Arguments.of("JAdES", (Supplier<SealerBuilder<?, ?>>) JadesSealer::builder),
                Arguments.of("XAdES", (Supplier<SealerBuilder<?, ?>>) XadesSealer::builder));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builders")
    void verificationOnlyAlgorithms_andNull_areRefusedWhenSet(String format, Supplier<SealerBuilder<?, ?>> builder) {
        for (SignatureAlgorithm verificationOnly : new SignatureAlgorithm[] {SignatureAlgorithm.RS512, SignatureAlgorithm.ES384,
                SignatureAlgorithm.EDDSA}) {
            assertThatThrownBy(() -> builder.get().algorithm(verificationOnly)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("verifying only");
        }
        assertThatThrownBy(() -> builder.get().algorithm(null)).isInstanceOf(NullPointerException.class);
        assertThat(builder.get().algorithm(SignatureAlgorithm.PS256)).isInstanceOf(SealerBuilder.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builders")
    void ltAndLtaLevels_areRefusedWhenSet(String format, Supplier<SealerBuilder<?, ?>> builder) {
        assertThatThrownBy(() -> builder.get().level(SealLevel.BASELINE_LT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EU DSS");
        assertThatThrownBy(() -> builder.get().level(SealLevel.BASELINE_LTA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.get().level(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builders")
    void baselineT_needsATsa_onBuild(String format, Supplier<SealerBuilder<?, ?>> builder) {
        SealerBuilder<?, ?> withoutTsa = builder.get().level(SealLevel.BASELINE_T);

        assertThatThrownBy(withoutTsa::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("tsa");
        assertThat(withoutTsa.tsa(NO_TSA).build()).isNotNull();
        assertThatThrownBy(() -> builder.get().tsa(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.get().clock(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eachBuilder_buildsItsOwnSealer() {
        JadesSealer jades = JadesSealer.builder().algorithm(SignatureAlgorithm.RS256).level(SealLevel.BASELINE_B).tsa(NO_TSA)
                .clock(Clock.systemUTC()).build();
        XadesSealer xades = XadesSealer.builder().algorithm(SignatureAlgorithm.RS256).level(SealLevel.BASELINE_B).tsa(NO_TSA)
                .clock(Clock.systemUTC()).build();

        assertThat(jades).isInstanceOf(JadesSealer.class);
        assertThat(xades).isInstanceOf(XadesSealer.class);
    }

    @Test
    void signingTime_isTheClockInWholeSeconds_frozenWhenBuilt() throws Exception {
        Instant built = Instant.parse("2026-03-01T12:00:00.987Z");
        JadesSealer.Builder jadesBuilder = JadesSealer.builder().clock(Clock.fixed(built, ZoneOffset.UTC));
        XadesSealer.Builder xadesBuilder = XadesSealer.builder().clock(Clock.fixed(built, ZoneOffset.UTC));
        JadesSealer jades = jadesBuilder.build();
        XadesSealer xades = xadesBuilder.build();
        Clock later = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        jadesBuilder.clock(later);
        xadesBuilder.clock(later);

        Instant expected = Instant.parse("2026-03-01T12:00:00Z");
        assertThat(jades.prepare(JadesSealTest.CREDENTIAL, PKI.rsaSeal().chain()).signingTime()).isEqualTo(expected);
        assertThat(xades.prepare(XadesSealTest.XML, PKI.rsaSeal().chain()).signingTime()).isEqualTo(expected);
    }

    @Test
    void algorithmThatDoesNotFitTheKey_andAnEmptyChain_areRefusedByBothSealers() throws Exception {
        JadesSealer jades = JadesSealer.builder().algorithm(SignatureAlgorithm.ES256).build();
        XadesSealer xades = XadesSealer.builder().algorithm(SignatureAlgorithm.ES256).build();

        assertThatThrownBy(() -> jades.prepare(JadesSealTest.CREDENTIAL, PKI.rsaSeal().chain()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> xades.prepare(XadesSealTest.XML, PKI.rsaSeal().chain()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> jades.prepare(JadesSealTest.CREDENTIAL, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("certificate");
        assertThatThrownBy(() -> xades.prepare(XadesSealTest.XML, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("certificate");
        assertThat(jades.prepare(JadesSealTest.CREDENTIAL, PKI.ecSeal().chain()).algorithm()).isEqualTo(SignatureAlgorithm.ES256);
        assertThat(xades.prepare(XadesSealTest.XML, PKI.ecSeal().chain()).algorithm()).isEqualTo(SignatureAlgorithm.ES256);
    }
}
