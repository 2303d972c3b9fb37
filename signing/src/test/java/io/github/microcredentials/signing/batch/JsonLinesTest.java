package io.github.microcredentials.signing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link JsonLines}: numbering, blank lines, carriage returns, the length bound, and lines split across reads. */
class JsonLinesTest {

    /** Reads at most a few bytes per call, so that lines cross every buffer boundary. */
    private static InputStream trickling(byte[] bytes, long seed) {
        Random random = new Random(seed);
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
            }
        };
    }

    private static List<String> items(InputStream in, int maxLength) {
        List<String> items = new ArrayList<>();
        JsonLines lines = new JsonLines(in, maxLength);
        while (lines.hasNext()) {
            BatchRun.Item item = lines.next();
            items.add(item.number() + ":" + (item.content() == null ? "!" + item.problem()
                    : new String(item.content(), StandardCharsets.UTF_8)));
        }
        return items;
    }

    @Test
    void linesAreNumbered_blankOnesSkipped_carriageReturnsDropped_lastLineWithoutLineFeedKept() {
        String text = "{\"a\":1}\r\n\n  \t\n{\"b\":2}\n\r\n{\"c\":3}";
        List<String> expected = List.of("1:{\"a\":1}", "4:{\"b\":2}", "6:{\"c\":3}");
        assertThat(items(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 100)).isEqualTo(expected);
        for (long seed = 0; seed < 20; seed++) {
            assertThat(items(trickling(text.getBytes(StandardCharsets.UTF_8), seed), 100)).isEqualTo(expected);
        }
    }

    @Test
    void emptyOrBlankInput_hasNoItems() {
        assertThat(items(new ByteArrayInputStream(new byte[0]), 10)).isEmpty();
        assertThat(items(new ByteArrayInputStream("\n\r\n \n".getBytes(StandardCharsets.UTF_8)), 10)).isEmpty();
    }

    @Test
    void lineAboveTheBound_isAFailedItem_andReadingGoesOnAfterIt() {
        String text = "0123456789\n01234567890\n" + "x".repeat(100_000) + "\nok";
        List<String> expected = List.of("1:0123456789", "2:!the line is longer than 10 bytes",
                "3:!the line is longer than 10 bytes", "4:ok");
        assertThat(items(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 10)).isEqualTo(expected);
        assertThat(items(trickling(text.getBytes(StandardCharsets.UTF_8), 7), 10)).isEqualTo(expected);
    }

    @Test
    void longLines_acrossManyBuffers_areReadWhole() {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 1; i <= 40; i++) {
            String line = "{\"n\":\"" + "abcdefghij".repeat(random.nextInt(20_000)) + i + "\"}";
            text.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
            expected.add(i + ":" + line);
        }
        assertThat(items(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), 1 << 20)).isEqualTo(expected);
    }
}
