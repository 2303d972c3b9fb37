package io.github.microcredentials.openbadges.baking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Badges baked by 1EdTech's own test suite (digital-credentials-public-validator; see
 * {@code baking/1edtech/SOURCES.md}) unbake to the credential they carry. The render module's tests
 * verify the unbaked credentials' signatures.
 */
class OtherImplementationsTest {

    private static final BadgeBaker BAKER = BadgeBaker.create();

    @Test
    void png_withJsonCredential() {
        BakedCredential credential = BAKER.unbake(TestImages.fixture("simple-json.png")).credential().orElseThrow();

        assertThat(credential.form()).isEqualTo(BakedCredential.Form.JSON);
        assertThat(credential.text()).contains("\"OpenBadgeCredential\"", "\"cryptosuite\": \"eddsa-rdfc-2022\"");
    }

    @Test
    void png_withVcJwt() {
        BakedCredential credential = BAKER.unbake(TestImages.fixture("simple-jwt.png")).credential().orElseThrow();

        assertThat(credential.form()).isEqualTo(BakedCredential.Form.COMPACT_JWS);
        assertThat(credential.text()).startsWith("eyJhbGciOiJSUzI1NiIs");
    }

    @Test
    void svg_withCdataJson_despiteItsExternalDoctype() {
        BakedCredential credential = BAKER.unbake(TestImages.fixture("simple-json.svg")).credential().orElseThrow();

        assertThat(credential.form()).isEqualTo(BakedCredential.Form.JSON);
        assertThat(credential.text().strip()).startsWith("{").endsWith("}").contains("\"Teamwork Badge\"");
    }

    @Test
    void svg_withVerifyAttribute() {
        BakedCredential credential = BAKER.unbake(TestImages.fixture("simple-jwt.svg")).credential().orElseThrow();

        assertThat(credential.form()).isEqualTo(BakedCredential.Form.COMPACT_JWS);
    }

    @Test
    void rebaking_ourWayIsRefused_butTheirCredentialBakesIntoAFreshImage() throws BakingException {
        BakedCredential theirs = BAKER.unbake(TestImages.fixture("simple-json.png")).credential().orElseThrow();

        byte[] ours = BAKER.bake(TestImages.png(), theirs.bytes());

        assertThat(BAKER.unbake(ours).credential().orElseThrow().bytes()).isEqualTo(theirs.bytes());
    }
}
