package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The buffered appending of batch results: what reaches the file, and what the journal may claim. */
class BatchSpoolTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void linesStayBuffered_untilDrained_andTheLengthCountsOnlyWrittenBytes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("out.jsonl"), "earlier\n");
        try (Batch.Spool spool = new Batch.Spool(file, 8, 32)) {
            spool.line(bytes("first"));
            spool.line(bytes("second"));

            assertThat(spool.length()).isEqualTo(8);
            assertThat(Files.readString(file)).isEqualTo("earlier\n");

            spool.drain();

            assertThat(spool.length()).isEqualTo(8 + 6 + 7);
            assertThat(Files.readString(file)).isEqualTo("earlier\nfirst\nsecond\n");
        }
    }

    @Test
    void aLineThatDoesNotFit_writesTheBufferFirst_andOneLongerThanTheBufferGoesStraightToTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.jsonl");
        String long1 = "x".repeat(100);
        try (Batch.Spool spool = new Batch.Spool(file, 0, 16)) {
            assertThat(spool.fits(14)).isTrue();
            assertThat(spool.fits(15)).as("15 bytes and a line feed fill the buffer: no room is left to spare").isTrue();
            assertThat(spool.fits(16)).isFalse();
            spool.line(bytes("0123456789"));
            assertThat(spool.fits(5)).isFalse();
            spool.line(bytes("abcde"));     // does not fit behind the first: the first is written

            assertThat(Files.readString(file)).isEqualTo("0123456789\n");
            assertThat(spool.length()).isEqualTo(11);

            spool.line(bytes(long1));       // the buffered line first, then this one, in order

            assertThat(Files.readString(file)).isEqualTo("0123456789\nabcde\n" + long1 + "\n");
            assertThat(spool.length()).isEqualTo(11 + 6 + 101);
            spool.line(bytes("tail"));
            spool.drain();
            spool.drain();
        }
        assertThat(Files.readString(file)).isEqualTo("0123456789\nabcde\n" + long1 + "\ntail\n");
    }
}
