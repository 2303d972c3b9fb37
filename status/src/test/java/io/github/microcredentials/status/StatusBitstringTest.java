package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.status.StatusBitstring.EncodedListException;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StatusBitstringTest {

    /** The Recommendation's Example 3: 16 KB of zeros, published by the W3C. */
    private static final String EXAMPLE_3 = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    @Test
    void recommendationExample_is131072ZeroBits() throws Exception {
        StatusBitstring bits = StatusBitstring.decode(EXAMPLE_3);
        assertThat(bits.length()).isEqualTo(131_072);
        assertThat(bits.status(0, 1)).isZero();
        assertThat(bits.status(131_071, 1)).isZero();
    }

    @Test
    void indexZero_isTheLeftMostBit_mostSignificantBitOfTheFirstByte() {
        StatusBitstring bits = StatusBitstring.builder(16, 1).set(0, 1).set(9, 1).build();
        assertThat(bits.toByteArray()).containsExactly((byte) 0b1000_0000, (byte) 0b0100_0000);
        StatusBitstring twoBits = StatusBitstring.builder(8, 2).set(1, 2).set(3, 3).build();
        assertThat(twoBits.toByteArray()).containsExactly((byte) 0b0010_0011, (byte) 0);
        assertThat(twoBits.status(1, 2)).isEqualTo(2);
        assertThat(twoBits.status(3, 2)).isEqualTo(3);
    }

    @Property(tries = 50)
    void encodeThenDecode_givesTheSameStatuses(@ForAll @Size(max = 50) java.util.List<@IntRange(max = 131_071) Integer> set,
            @ForAll @IntRange(min = 1, max = 4) int size) throws Exception {
        StatusBitstring.Builder builder = StatusBitstring.builder(131_072, size);
        for (int index : set) {
            builder.set(index, (index % ((1 << size) - 1)) + 1);
        }
        StatusBitstring bits = builder.build();
        String encoded = bits.encode();
        assertThat(encoded).startsWith("uH4sI").doesNotContain("=", "+", "/");
        StatusBitstring decoded = StatusBitstring.decode(encoded);
        assertThat(decoded).isEqualTo(bits);
        for (int index : set) {
            assertThat(decoded.status(index, size)).isEqualTo((index % ((1 << size) - 1)) + 1);
        }
    }

    @Test
    void badEncodings_areReportedWithAReason() {
        assertThatThrownBy(() -> StatusBitstring.decode(EXAMPLE_3.substring(1)))
                .isInstanceOfSatisfying(EncodedListException.class, e -> assertThat(e.reason()).isEqualTo(EncodedListException.Reason.NOT_MULTIBASE));
        assertThatThrownBy(() -> StatusBitstring.decode("u!!!notbase64"))
                .isInstanceOfSatisfying(EncodedListException.class, e -> assertThat(e.reason()).isEqualTo(EncodedListException.Reason.NOT_BASE64URL));
        assertThatThrownBy(() -> StatusBitstring.decode(EXAMPLE_3 + "=="))
                .isInstanceOfSatisfying(EncodedListException.class, e -> assertThat(e.reason()).isEqualTo(EncodedListException.Reason.NOT_BASE64URL));
        String notGzip = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[2048]);
        assertThatThrownBy(() -> StatusBitstring.decode(notGzip))
                .isInstanceOfSatisfying(EncodedListException.class, e -> assertThat(e.reason()).isEqualTo(EncodedListException.Reason.NOT_GZIP));
        String truncated = EXAMPLE_3.substring(0, 30);
        assertThatThrownBy(() -> StatusBitstring.decode(truncated)).isInstanceOf(EncodedListException.class);
    }

    @Test
    void expansionBeyond16Megabytes_isRefusedWithoutExpandingIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 17; i++) {
                gzip.write(zeros);
            }
        }
        String bomb = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        assertThat(bomb.length()).isLessThan(40_000);
        assertThatThrownBy(() -> StatusBitstring.decode(bomb))
                .isInstanceOfSatisfying(EncodedListException.class, e -> assertThat(e.reason()).isEqualTo(EncodedListException.Reason.TOO_LARGE));
    }

    @Test
    void statusList2021_isReadWithoutMultibasePrefix() throws Exception {
        String legacy = EXAMPLE_3.substring(1);
        assertThat(StatusBitstring.decodeStatusList2021(legacy).length()).isEqualTo(131_072);
    }
}
