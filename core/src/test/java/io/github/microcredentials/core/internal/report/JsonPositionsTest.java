package io.github.microcredentials.core.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonPositionsTest {

    private static JsonPositions of(String json) {
        return JsonPositions.of(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void members_areAtTheirNames_elementsAtTheirValues() {
        JsonPositions positions = of("{\n  \"a\": [1,\n    {\"b/c~\": true}]\n}");

        assertThat(positions.find("")).contains(new JsonPositions.Position(1, 1));
        assertThat(positions.find("/a")).contains(new JsonPositions.Position(2, 3));
        assertThat(positions.find("/a/0")).contains(new JsonPositions.Position(2, 9));
        assertThat(positions.find("/a/1")).contains(new JsonPositions.Position(3, 5));
        assertThat(positions.find("/a/1/b~1c~0")).contains(new JsonPositions.Position(3, 6));
    }

    @Test
    void columns_countUtf16CodeUnits_notBytes() {
        // "é" is two bytes in UTF-8 but one UTF-16 unit; the emoji is four bytes and two units.
        JsonPositions positions = of("{\"é\":\"\uD83D\uDE00\",\"x\":1}");

        assertThat(positions.find("/x")).contains(new JsonPositions.Position(1, 11));
    }

    @Test
    void anAbsentPointer_fallsBackToItsNearestAncestor() {
        JsonPositions positions = of("{\"a\":\n {\"b\": 1}}");

        assertThat(positions.find("/a/missing/deeper")).contains(new JsonPositions.Position(1, 2));
        assertThat(positions.find("/nothing")).contains(new JsonPositions.Position(1, 1));
    }

    @Test
    void bytesThatAreNotJson_haveNoPositions() {
        assertThat(of("{\"a\": ").find("/a")).isEmpty();
        assertThat(JsonPositions.of(new byte[] {(byte) 0xC3, 0x28}).find("")).isEmpty();
    }
}
