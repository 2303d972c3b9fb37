package io.github.microcredentials.openbadges.baking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BadgeBakerTest {

    private static final BadgeBaker BAKER = BadgeBaker.create();

    private static BakingProblem.Code unbakeProblem(byte[] image) {
        UnbakeResult result = BAKER.unbake(image);
        assertThat(result.credential()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0).code();
    }

    @Test
    void png_jsonCredential_roundTripsByteForByte() throws BakingException {
        byte[] credential = TestImages.CREDENTIAL_JSON.getBytes(StandardCharsets.UTF_8);

        byte[] baked = BAKER.bake(TestImages.png(), credential);

        BakedCredential back = BAKER.unbake(baked).credential().orElseThrow();
        assertThat(back.bytes()).isEqualTo(credential);
        assertThat(back.form()).isEqualTo(BakedCredential.Form.JSON);
        assertThat(back.imageFormat()).isEqualTo(BakedCredential.ImageFormat.PNG);
    }

    @Test
    void png_compactJws_roundTripsInOneUncompressedChunkAfterHeader() throws BakingException {
        byte[] baked = BAKER.bake(TestImages.png(), TestImages.CREDENTIAL_JWS);

        assertThat(BAKER.unbake(baked).credential().orElseThrow().text()).isEqualTo(TestImages.CREDENTIAL_JWS);
        assertThat(BAKER.unbake(baked).credential().orElseThrow().form()).isEqualTo(BakedCredential.Form.COMPACT_JWS);
        // IHDR ends at byte 33; the iTXt chunk follows: keyword, NUL, compression flag 0, method 0, two empty fields.
        assertThat(new String(baked, 37, 4, StandardCharsets.ISO_8859_1)).isEqualTo("iTXt");
        byte[] header = Arrays.copyOfRange(baked, 41, 41 + 24);
        assertThat(header).isEqualTo(TestImages.itxt("openbadgecredential", 0, "")) ;
    }

    @Test
    void png_leavesEveryOtherByteOfTheImage() throws BakingException {
        byte[] png = TestImages.png();
        byte[] baked = BAKER.bake(png, TestImages.CREDENTIAL_JWS);
        int chunk = baked.length - png.length;

        assertThat(Arrays.copyOfRange(baked, 0, 33)).isEqualTo(Arrays.copyOfRange(png, 0, 33));
        assertThat(Arrays.copyOfRange(baked, 33 + chunk, baked.length)).isEqualTo(Arrays.copyOfRange(png, 33, png.length));
    }

    @Test
    void svg_jsonWithCdataEndAndCarriageReturns_roundTripsByteForByte() throws BakingException {
        String json = TestImages.CREDENTIAL_JSON.replace(",\"proof\"", ",\r\n\"proof\"");
        byte[] credential = json.getBytes(StandardCharsets.UTF_8);

        byte[] baked = BAKER.bake(TestImages.SVG.getBytes(StandardCharsets.UTF_8), credential);

        assertThat(BAKER.unbake(baked).credential().orElseThrow().bytes()).isEqualTo(credential);
        String svg = new String(baked, StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" "
                + "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"><openbadges:credential><![CDATA[{");
        assertThat(svg).endsWith("</openbadges:credential><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#0b5\"/></svg>\n");
    }

    @Test
    void svg_compactJws_goesInTheVerifyAttribute() throws BakingException {
        byte[] baked = BAKER.bake(TestImages.SVG.getBytes(StandardCharsets.UTF_8), TestImages.CREDENTIAL_JWS);

        assertThat(new String(baked, StandardCharsets.UTF_8))
                .contains("<openbadges:credential verify=\"" + TestImages.CREDENTIAL_JWS + "\"></openbadges:credential>");
        assertThat(BAKER.unbake(baked).credential().orElseThrow().text()).isEqualTo(TestImages.CREDENTIAL_JWS);
    }

    @Test
    void svg_selfClosingRoot_isOpenedForTheCredential() throws BakingException {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/>".getBytes(StandardCharsets.UTF_8);

        byte[] baked = BAKER.bake(svg, TestImages.CREDENTIAL_JWS);

        assertThat(new String(baked, StandardCharsets.UTF_8)).endsWith("></openbadges:credential></svg>");
        assertThat(BAKER.unbake(baked).credential().orElseThrow().text()).isEqualTo(TestImages.CREDENTIAL_JWS);
    }

    @Test
    void bakingTwice_isRefused() throws BakingException {
        byte[] png = BAKER.bake(TestImages.png(), TestImages.CREDENTIAL_JWS);
        byte[] svg = BAKER.bake(TestImages.SVG.getBytes(StandardCharsets.UTF_8), TestImages.CREDENTIAL_JWS);

        assertThatThrownBy(() -> BAKER.bake(png, TestImages.CREDENTIAL_JSON))
                .isInstanceOfSatisfying(BakingException.class, e -> assertThat(e.problem().code())
                        .isEqualTo(BakingProblem.Code.ALREADY_BAKED));
        assertThatThrownBy(() -> BAKER.bake(svg, TestImages.CREDENTIAL_JSON))
                .isInstanceOfSatisfying(BakingException.class, e -> assertThat(e.problem().code())
                        .isEqualTo(BakingProblem.Code.ALREADY_BAKED));
    }

    @Test
    void bake_refusesWhatIsNotACredential() {
        assertThatThrownBy(() -> BAKER.bake(TestImages.png(), "hello"))
                .isInstanceOfSatisfying(BakingException.class, e -> assertThat(e.problem().code())
                        .isEqualTo(BakingProblem.Code.NOT_A_CREDENTIAL));
        assertThatThrownBy(() -> BAKER.bake(TestImages.png(), "{\"a\":1,\"a\":2}"))
                .isInstanceOfSatisfying(BakingException.class, e -> assertThat(e.problem().code())
                        .isEqualTo(BakingProblem.Code.NOT_A_CREDENTIAL));
        assertThatThrownBy(() -> BAKER.bake(TestImages.png(), new byte[] {'{', (byte) 0xC3, '}'}))
                .isInstanceOfSatisfying(BakingException.class, e -> assertThat(e.problem().code())
                        .isEqualTo(BakingProblem.Code.INVALID_TEXT));
        assertThatThrownBy(() -> BAKER.bake("GIF89a".getBytes(StandardCharsets.US_ASCII), TestImages.CREDENTIAL_JWS))
                .isInstanceOfSatisfying(BakingException.class, e -> assertThat(e.problem().code())
                        .isEqualTo(BakingProblem.Code.NOT_AN_IMAGE));
    }

    @Test
    void pngWithTwoCredentialChunks_isAFindingNotACredential() throws BakingException {
        byte[] baked = BAKER.bake(TestImages.png(), TestImages.CREDENTIAL_JWS);
        byte[] twice = TestImages.withChunkAfterHeader(baked, "iTXt",
                TestImages.itxt("openbadgecredential", 0, TestImages.CREDENTIAL_JSON));

        UnbakeResult result = BAKER.unbake(twice);

        assertThat(result.credential()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(BakingProblem.Code.DUPLICATE_CREDENTIAL);
            assertThat(p.message()).contains("2 iTXt chunks", "at bytes 33, ");
        });
    }

    @Test
    void pngCutInsideTheCredentialChunk_isTruncated() throws BakingException {
        byte[] baked = BAKER.bake(TestImages.png(), TestImages.CREDENTIAL_JSON);

        assertThat(unbakeProblem(Arrays.copyOf(baked, 33 + 40))).isEqualTo(BakingProblem.Code.TRUNCATED);
        assertThat(unbakeProblem(Arrays.copyOf(baked, baked.length - 12))).isEqualTo(BakingProblem.Code.TRUNCATED);
    }

    @Test
    void pngWithAChangedCredentialByte_failsItsCrc() throws BakingException {
        byte[] baked = BAKER.bake(TestImages.png(), TestImages.CREDENTIAL_JSON);
        baked[80] ^= 1;

        assertThat(unbakeProblem(baked)).isEqualTo(BakingProblem.Code.CORRUPT);
    }

    @Test
    void pngWithAnITxtHeaderCutShort_isMalformed() {
        byte[] png = TestImages.withChunkAfterHeader(TestImages.png(), "iTXt",
                "openbadgecredential\0\0\0".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(unbakeProblem(png)).isEqualTo(BakingProblem.Code.MALFORMED);
    }

    @Test
    void compressedCredentialChunk_isRefused() {
        byte[] png = TestImages.withChunkAfterHeader(TestImages.png(), "iTXt",
                TestImages.itxt("openbadgecredential", 1, "x\u009c"));

        assertThat(unbakeProblem(png)).isEqualTo(BakingProblem.Code.COMPRESSED);
    }

    @Test
    void hundredMegapixelPng_isRefusedFromItsHeader() {
        byte[] huge = TestImages.png(10_000, 10_000);

        UnbakeResult result = BAKER.unbake(huge);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(BakingProblem.Code.TOO_MANY_PIXELS);
            assertThat(p.message()).contains("10000 x 10000 = 100000000 pixels");
        });
        assertThatThrownBy(() -> BAKER.bake(huge, TestImages.CREDENTIAL_JWS))
                .isInstanceOfSatisfying(BakingException.class, e -> assertThat(e.problem().code())
                        .isEqualTo(BakingProblem.Code.TOO_MANY_PIXELS));
    }

    @Test
    void imageWithoutCredential_isNotBaked() {
        assertThat(unbakeProblem(TestImages.png())).isEqualTo(BakingProblem.Code.NOT_BAKED);
        assertThat(unbakeProblem(TestImages.SVG.getBytes(StandardCharsets.UTF_8))).isEqualTo(BakingProblem.Code.NOT_BAKED);
        assertThat(unbakeProblem(new byte[] {1, 2, 3})).isEqualTo(BakingProblem.Code.NOT_AN_IMAGE);
        assertThat(unbakeProblem(new byte[0])).isEqualTo(BakingProblem.Code.NOT_AN_IMAGE);
    }

    @Test
    void svgWithTwoCredentialElements_isAFinding() {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='https://purl.imsglobal.org/ob/v3p0'>"
                + "<openbadges:credential verify='" + TestImages.CREDENTIAL_JWS + "'/>\n"
                + "<g><openbadges:credential><![CDATA[{}]]></openbadges:credential></g></svg>";

        assertThat(unbakeProblem(svg.getBytes(StandardCharsets.UTF_8))).isEqualTo(BakingProblem.Code.DUPLICATE_CREDENTIAL);
    }

    @Test
    void svgThatIsNotSvgOrNotUtf8_isRefused() {
        assertThat(unbakeProblem("<html/>".getBytes(StandardCharsets.UTF_8))).isEqualTo(BakingProblem.Code.NOT_AN_IMAGE);
        assertThat(unbakeProblem("<svg xmlns='http://www.w3.org/2000/svg'>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(BakingProblem.Code.MALFORMED);
        byte[] latin1 = "<?xml version='1.0' encoding='ISO-8859-1'?><svg xmlns='http://www.w3.org/2000/svg'/>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> BAKER.bake(latin1, TestImages.CREDENTIAL_JWS))
                .isInstanceOfSatisfying(BakingException.class, e -> assertThat(e.problem().code())
                        .isEqualTo(BakingProblem.Code.NOT_AN_IMAGE));
    }

    @Test
    void svgTooDeep_isRefused() {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg'>" + "<g>".repeat(300) + "</g>".repeat(300) + "</svg>";

        assertThat(unbakeProblem(svg.getBytes(StandardCharsets.UTF_8))).isEqualTo(BakingProblem.Code.TOO_DEEP);
    }

    @Test
    void limits_areChecked() {
        BadgeBaker small = BadgeBaker.builder().maxImageBytes(10).maxCredentialBytes(5).build();

        assertThat(small.unbake(TestImages.png()).problems().get(0).code()).isEqualTo(BakingProblem.Code.TOO_LARGE);
        assertThatThrownBy(() -> small.bake(TestImages.png(), TestImages.CREDENTIAL_JWS))
                .isInstanceOfSatisfying(BakingException.class, e -> assertThat(e.problem().code())
                        .isEqualTo(BakingProblem.Code.TOO_LARGE));
        assertThatThrownBy(() -> BadgeBaker.builder().maxPixels(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
