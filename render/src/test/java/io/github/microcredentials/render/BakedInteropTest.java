package io.github.microcredentials.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.openbadges.baking.BadgeBaker;
import io.github.microcredentials.openbadges.baking.BakedCredential;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.signing.VerificationMethod;
import io.github.microcredentials.signing.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Baked badges: ours unbake to the byte-identical credential and verify; 1EdTech's own baked badge
 * ({@code baking/1edtech/SOURCES.md}) unbakes and its Data Integrity proof verifies.
 */
class BakedInteropTest {

    /**
     * The Open Badges implementation guide's test key under an https verification method: the key is
     * the method's fragment, as the controller document published beside the guide says
     * (shared fixtures {@code 1edtech-ob3-more/ldp-ob-controller-document.json}).
     */
    static final KeyResolver GUIDE_KEY = method -> {
        String fragment = method.getFragment();
        if (!method.getScheme().equals("https") || fragment == null || !fragment.startsWith("z6Mk")) {
            return Optional.empty();
        }
        URI controller = URI.create(method.toString().substring(0, method.toString().indexOf('#')));
        return Optional.of(new VerificationMethod(method, controller, VerificationKey.fromMultikey(fragment)));
    };

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = BakedInteropTest.class.getResourceAsStream("/baking/1edtech/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void oneEdTechBakedPng_unbakesAndVerifies() throws IOException {
        BakedCredential credential = BadgeBaker.create().unbake(fixture("simple-json.png")).credential().orElseThrow();

        VerificationReport report = DataIntegrityVerifier.builder().keyResolver(GUIDE_KEY).build().verify(credential.bytes());

        assertThat(report.isValid()).as(report.summary()).isTrue();
        assertThat(report.credential().orElseThrow().issuer()).isEqualTo(URI.create("https://example.com/issuers/876543"));
    }

    @Test
    void ourBakedPngAndSvg_unbakeByteIdentical_andVerify() throws Exception {
        byte[] credential = Signed.DATA_INTEGRITY.bytes();
        BadgeBaker baker = BadgeBaker.create();

        for (byte[] image : new byte[][] {BadgeImages.png(Fixtures.demo()), BadgeImages.svg(Fixtures.demo())}) {
            BakedCredential back = baker.unbake(baker.bake(image, credential)).credential().orElseThrow();
            assertThat(back.bytes()).isEqualTo(credential);
            assertThat(DataIntegrityVerifier.builder().clock(PadesTest.NOW).build().verify(back.bytes()).isValid()).isTrue();
        }
    }

    @Test
    void ourBakedVcJwt_unbakesByteIdentical() throws Exception {
        SignedCredential jwt = Signed.vcJwt(Fixtures.demo());
        BadgeBaker baker = BadgeBaker.create();

        assertThat(baker.unbake(baker.bake(BadgeImages.png(Fixtures.demo()), jwt.bytes())).credential().orElseThrow().bytes())
                .isEqualTo(jwt.bytes());
        assertThat(baker.unbake(baker.bake(BadgeImages.svg(Fixtures.demo()), jwt.bytes())).credential().orElseThrow().bytes())
                .isEqualTo(jwt.bytes());
    }
}
