package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile input never escapes as an exception and never makes a revocation status VALID: random
 * credentials, random status lists, random encoded lists (a stand-in until the Jazzer fuzz targets
 * of the signing issue cover the status checker too).
 */
class HostileInputPropertiesTest {

    private static final URI LIST = URI.create("https://example.edu/status/h");
    private static final String ENTRY = "{\"id\":\"urn:uuid:1\",\"issuer\":\"did:example:i\",\"credentialStatus\":{"
            + "\"type\":\"BitstringStatusListEntry\",\"statusPurpose\":\"revocation\",\"statusListIndex\":\"5\","
            + "\"statusListCredential\":\"" + LIST + "\"}}";

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("{}[]\":,0123456789abcdeu-_tfn ").ofMaxLength(300),
                Arbitraries.of(ENTRY).map(e -> e), Arbitraries.strings().withChars("uH4sIA-_=").ofMaxLength(80)
                        .map(s -> "{\"type\":[\"VerifiableCredential\",\"BitstringStatusListCredential\"],\"issuer\":\"did:example:i\","
                                + "\"credentialSubject\":{\"statusPurpose\":\"revocation\",\"encodedList\":\"" + s + "\"}}"));
    }

    @Property(tries = 300)
    void anyCredential_givesAResult(@ForAll("jsonish") String credential) {
        StatusResult result = StatusChecker.builder(StatusListResolver.none()).build().check(credential);
        assertThat(result.summary()).isNotBlank();
        assertThat(result.toJson()).isNotBlank();
    }

    @Property(tries = 300)
    void anyList_neverMakesARevocationEntryValid(@ForAll("jsonish") String list) {
        StatusChecker checker = StatusChecker.builder(StatusListResolver.of(Map.of(LIST, list.getBytes(StandardCharsets.UTF_8))))
                .build();
        StatusResult result = checker.check(ENTRY);
        assertThat(result.indication()).isNotEqualTo(StatusResult.Indication.VALID);
    }

    @Property(tries = 300)
    void anyEncodedList_decodesOrIsRefusedWithAReason(@ForAll("jsonish") String encoded) {
        try {
            StatusBitstring bits = StatusBitstring.decode(encoded);
            assertThat(bits.length()).isPositive();
        } catch (StatusBitstring.EncodedListException e) {
            assertThat(e.reason()).isNotNull();
        }
    }
}
