package io.github.microcredentials.openbadges.baking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Unbaking hostile bytes reports problems and never throws: mutated baked images, random bytes. */
class UnbakeNeverThrowsTest {

    private static final byte[] PNG;
    private static final byte[] SVG;

    static {
        try {
            PNG = BadgeBaker.create().bake(TestImages.png(3, 2), TestImages.CREDENTIAL_JSON);
            SVG = BadgeBaker.create().bake(TestImages.SVG.getBytes(StandardCharsets.UTF_8), TestImages.CREDENTIAL_JSON);
        } catch (BakingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] mutate(byte[] image, int position, int value, int cut) {
        byte[] copy = image.clone();
        copy[position % copy.length] = (byte) value;
        return java.util.Arrays.copyOf(copy, Math.max(0, copy.length - cut));
    }

    @Property(tries = 300)
    void mutatedPng(@ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll int value,
            @ForAll @IntRange(min = 0, max = 40) int cut) {
        UnbakeResult result = BadgeBaker.create().unbake(mutate(PNG, position, value, cut));

        assertThat(result.isBaked() || !result.problems().isEmpty()).isTrue();
    }

    @Property(tries = 300)
    void mutatedSvg(@ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll int value,
            @ForAll @IntRange(min = 0, max = 40) int cut) {
        UnbakeResult result = BadgeBaker.create().unbake(mutate(SVG, position, value, cut));

        assertThat(result.isBaked() || !result.problems().isEmpty()).isTrue();
    }

    @Property(tries = 200)
    void randomBytes(@ForAll byte[] bytes) {
        UnbakeResult result = BadgeBaker.create().unbake(bytes);

        assertThat(result.isBaked() || !result.problems().isEmpty()).isTrue();
    }
}
