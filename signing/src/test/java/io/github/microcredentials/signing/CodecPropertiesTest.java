package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.internal.codec.Base58;
import io.github.microcredentials.signing.internal.json.JsonBytes;
import io.github.microcredentials.signing.internal.json.JsonText;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The fast encoders against straightforward ones: Base58 against BigInteger arithmetic, JSON bytes against JSON text. */
class CodecPropertiesTest {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    @Provide
    Arbitrary<JsonObject> documents() {
        return GeneratedCredentials.unusual();
    }

    @Property(tries = 300)
    void jsonBytes_equalJsonTextAsUtf8(@ForAll("documents") JsonObject document) {
        assertThat(JsonBytes.pretty(document)).isEqualTo(JsonText.pretty(document).getBytes(StandardCharsets.UTF_8));
        assertThat(JsonBytes.compact(document)).isEqualTo(JsonText.compact(document).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 2000)
    void base58_equalsBigIntegerEncoding_andRoundTrips(@ForAll @Size(max = 300) byte[] bytes) {
        String encoded = Base58.encode(bytes);

        assertThat(encoded).isEqualTo(bigIntegerBase58(bytes));
        assertThat(Base58.decode(encoded)).isEqualTo(bytes);
    }

    @Property(tries = 500)
    void base58_ofLeadingZeros(@ForAll @Size(max = 5) byte[] tail, @ForAll("zeros") int zeros) {
        byte[] bytes = new byte[zeros + tail.length];
        System.arraycopy(tail, 0, bytes, zeros, tail.length);

        assertThat(Base58.encode(bytes)).isEqualTo(bigIntegerBase58(bytes));
        assertThat(Base58.decode(Base58.encode(bytes))).isEqualTo(bytes);
    }

    @Provide
    Arbitrary<Integer> zeros() {
        return net.jqwik.api.Arbitraries.integers().between(0, 6);
    }

    private static String bigIntegerBase58(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(base);
            out.append(ALPHABET.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }
}
