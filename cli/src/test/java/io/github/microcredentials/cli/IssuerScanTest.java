package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link IssuerScan}'s verdicts, and {@link SignCommand#signAs} against what it replaces (the
 * tree-based {@link SignCommand#withIssuer}, then signing): same signed bytes, same errors.
 */
class IssuerScanTest {

    private static final SigningKey KEY = SigningKey.generate(KeyType.ED25519);
    private static final String DID = KEY.publicKey().did().toString();
    private static final DataIntegritySigner SIGNER = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer())
            .clock(Clock.fixed(Instant.parse("2026-06-30T08:00:00Z"), ZoneOffset.UTC)).build();

    private static boolean scan(String credential) {
        return IssuerScan.signableAsIs(credential.getBytes(StandardCharsets.UTF_8), DID.getBytes(StandardCharsets.UTF_8));
    }

    /** A credential the signer accepts; {@code members} go before its issuer member. */
    private static String credential(String members, String issuer) {
        return "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"]," + members
                + "\"issuer\":" + issuer + ",\"validFrom\":\"2026-01-01T00:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:ana\"}}";
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    @Test
    void issuerAsString_isSignableAsIs() {
        assertThat(scan(credential("\"id\":\"urn:uuid:1\",", quoted(DID)))).isTrue();
        assertThat(scan(" {\n \"issuer\" : \"" + DID + "\" ,\r\n\t\"n\": -1.5E3x }")).isFalse();   // exponent: unsure
        assertThat(scan("{\"n\":[true,false,null,-0.5],\"issuer\":\"" + DID + "\"}")).isTrue();
    }

    @Test
    void issuerObjectWithId_isSignableAsIs_whereverTheIdStands() {
        assertThat(scan("{\"issuer\":{\"type\":[\"Profile\"],\"id\":\"" + DID + "\",\"address\":{\"id\":\"urn:x\"}}}")).isTrue();
        assertThat(scan("{\"issuer\":{\"id\":\"" + DID + "\",\"name\":\"U\"},\"id\":\"https://example.edu/1\"}")).isTrue();
    }

    @Test
    void issuerAbsent_withoutId_orAnother_isNotSignableAsIs() {
        assertThat(scan("{\"name\":\"x\"}")).isFalse();
        assertThat(scan("{}")).isFalse();
        assertThat(scan("{\"issuer\":{\"name\":\"U\"}}")).isFalse();
        assertThat(scan("{\"issuer\":{}}")).isFalse();
        assertThat(scan("{\"issuer\":\"did:example:other\"}")).isFalse();
        assertThat(scan("{\"issuer\":\"" + DID + "x\"}")).isFalse();
        assertThat(scan("{\"issuer\":{\"id\":7}}")).isFalse();
        assertThat(scan("{\"issuer\":[\"" + DID + "\"]}")).isFalse();
    }

    @Test
    void nestedIssuerOrId_isData_notTheCredentials() {
        assertThat(scan("{\"credentialSubject\":{\"issuer\":\"" + DID + "\"}}")).isFalse();
        assertThat(scan("{\"a\":\"\\\"issuer\\\":\\\"" + DID + "\\\"\"}")).isFalse();          // inside a string
        assertThat(scan("{\"issuer\":{\"address\":{\"id\":\"" + DID + "\"}}}")).isFalse();
        assertThat(scan("{\"credentialSubject\":{\"id\":\"relative\"},\"issuer\":\"" + DID + "\"}")).isTrue();
        assertThat(scan("[{\"issuer\":\"" + DID + "\"}]")).isFalse();
    }

    @Test
    void relativeOrNonStringId_isNotSignableAsIs() {
        assertThat(scan("{\"id\":\"credential-1\",\"issuer\":\"" + DID + "\"}")).isFalse();
        assertThat(scan("{\"id\":42,\"issuer\":\"" + DID + "\"}")).isFalse();
        assertThat(scan("{\"issuer\":\"" + DID + "\",\"id\":null}")).isFalse();
    }

    @Test
    void whatTheScanCannotBeSureOf_goesToTheTree() {
        assertThat(scan("{\"iss\\u0075er\":\"" + DID + "\"}")).isFalse();                              // escaped name
        assertThat(scan("{\"issuer\":\"" + DID.replace("k", "\\u006b") + "\"}")).isFalse();             // escaped value
        assertThat(scan("{\"issuer\":\"" + DID + "\",\"issuer\":\"" + DID + "\"}")).isFalse();          // duplicate
        assertThat(scan("{\"issuer\":\"" + DID + "\",\"a\":\"" + "x".repeat(IssuerScan.MAX_STRING + 1) + "\"}")).isFalse();
        assertThat(scan("{\"issuer\":\"" + DID + "\",\"a\":" + "[".repeat(IssuerScan.MAX_DEPTH + 1)
                + "]".repeat(IssuerScan.MAX_DEPTH + 1) + "}")).isFalse();
        assertThat(scan("{\"issuer\":\"" + DID + "\",\"n\":1e2147483648}")).isFalse();
        assertThat(scan("{\"issuer\":\"" + DID)).isFalse();                                              // cut short
    }

    /** A credential that names its id and issuer first (where the scan stops), then {@code rest} before its other members. */
    private static String idAndIssuerFirst(String rest) {
        return "{\"id\":\"urn:uuid:7\",\"issuer\":\"" + DID + "\"," + rest + "\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
                + "\"type\":[\"VerifiableCredential\"],\"validFrom\":\"2026-01-01T00:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:ana\"}}";
    }

    /** Credentials of every kind: signable, to be completed, refused by the check, malformed, refused by the signer. */
    static Stream<String> credentials() {
        String ok = credential("", quoted(DID));
        return Stream.of(
                idAndIssuerFirst(""),
                idAndIssuerFirst("\"issuer\":\"did:example:someone-else\","),      // after the scan stopped: a second issuer,
                idAndIssuerFirst("\"issuer\":\"" + DID + "\","),                     // the same one twice,
                idAndIssuerFirst("\"id\":\"relative\","),                             // a second id,
                idAndIssuerFirst("\"a\":,"),                                             // malformed,
                idAndIssuerFirst("\"a\":{\"b\":1,\"b\":2},"),
                idAndIssuerFirst("\"a\":\"\\ud800\","),
                idAndIssuerFirst("\"nickname\":\"x\","),                              // refused by the signer
                idAndIssuerFirst("") + " trailing",
                ok,
                credential("\"id\":\"urn:uuid:1d0c5a57-2f0e-4a4e-9b8e-6c2d1f0a9b3c\",", "{\"id\":\"" + DID + "\",\"name\":\"U\"}"),
                credential("", "{\"name\":\"U\"}"),                                  // the issuer id is added
                credential("\"name\":\"caf\\u00e9 \\\"x\\\"\",", quoted(DID.replace("k", "\\u006b"))),
                credential("", quoted("did:example:someone-else")),                  // refused by the check
                credential("\"id\":\"relative\",", quoted(DID)),
                credential("\"id\":7,", quoted(DID)),
                credential("\"nickname\":\"x\",", quoted(DID)),                     // refused by the signer (undefined term)
                credential("\"a\":,", quoted(DID)),                                  // malformed after the issuer, or before it
                credential("", quoted(DID)).replace("\"ana\"}}", "\"ana\",}}"),
                credential("\"a\":[1,2},", quoted(DID)),
                credential("\"a\":{\"b\":1,\"b\":2},", quoted(DID)),               // duplicate key, nested
                credential("\"a\":\"tab\there\",", quoted(DID)),
                credential("\"a\":\"\\x\",", quoted(DID)),
                credential("\"a\":01,", quoted(DID)),
                credential("\"a\":NaN,", quoted(DID)),
                credential("\"a\":'single',", quoted(DID)),
                credential("\"a\":\"\\ud800\",", quoted(DID)),                      // unpaired surrogate escape: Jackson takes it
                credential("\"a\":" + "9".repeat(1001) + ",", quoted(DID)),
                credential("\"a\":1e2147483648,", quoted(DID)),
                // Absolute IRIs as names, which the signer takes: only Jackson refuses these two.
                credential("\"https://example.org/n\":1e2147483648,", quoted(DID)),
                credential("\"https://example.org/" + "k".repeat(50_001) + "\":\"v\",", quoted(DID)),
                credential("\"a\":" + "[".repeat(1100) + "]".repeat(1100) + ",", quoted(DID)),
                credential("\"" + "k".repeat(50_001) + "\":1,", quoted(DID)),      // a name longer than Jackson takes
                ok + " trailing",                                                    // the tree ignores it, the signer does not
                "\uFEFF" + ok,                                                       // a byte order mark
                ok.substring(0, ok.length() - 2),
                "[" + ok + "]",
                "",
                "   ");
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void signAs_signsAndFailsExactlyAsTheTreeCheckThenTheSigner(String credential) {
        byte[] bytes = credential.getBytes(StandardCharsets.UTF_8);
        URI did = URI.create(DID);
        Object[] before = outcome(() -> SIGNER.signCompact(SignCommand.withIssuer(bytes, did)));
        Object[] now = outcome(() -> SignCommand.signAs(bytes, did, SIGNER::signCompact));
        assertThat(now).isEqualTo(before);
    }

    @Test
    void invalidUtf8_inAStringAfterTheIssuer_failsAsBefore() {
        byte[] prefix = credential("\"a\":\"", quoted(DID)).substring(0, credential("\"a\":\"", quoted(DID)).indexOf("\"a\":\"") + 5)
                .getBytes(StandardCharsets.UTF_8);
        URI did = URI.create(DID);
        for (byte[] bad : new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xE2, (byte) 0x82, 0x28}, {(byte) 0xFF}, {(byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
            byte[] tail = ("\"," + "\"issuer\":\"" + DID + "\"}").getBytes(StandardCharsets.UTF_8);
            byte[] input = new byte[prefix.length + bad.length + tail.length];
            System.arraycopy(prefix, 0, input, 0, prefix.length);
            System.arraycopy(bad, 0, input, prefix.length, bad.length);
            System.arraycopy(tail, 0, input, prefix.length + bad.length, tail.length);
            Object[] before = outcome(() -> SIGNER.signCompact(SignCommand.withIssuer(input, did)));
            assertThat(outcome(() -> SignCommand.signAs(input, did, SIGNER::signCompact))).isEqualTo(before);
            assertThat(before[0]).isNotEqualTo("signed");
        }
    }

    @Test
    void afterItsIdAndIssuer_aNameOnlyJacksonRefuses_isSignedAsTheLibrarySignsIt() throws Exception {
        byte[] credential = idAndIssuerFirst("\"https://example.org/" + "k".repeat(50_001) + "\":\"v\",").getBytes(StandardCharsets.UTF_8);
        URI did = URI.create(DID);

        assertThat(IssuerScan.signableAsIs(credential, DID.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(outcome(() -> SignCommand.withIssuer(credential, did))[0]).isNotEqualTo("signed");   // what the scan spares
        assertThat(outcome(() -> SignCommand.signAs(credential, did, SIGNER::signCompact)))
                .isEqualTo(outcome(() -> SIGNER.signCompact(credential))).startsWith("signed");
    }

    @Test
    void afterItsIdAndIssuer_whatTheSignerRefuses_failsAsBefore() {
        byte[] credential = idAndIssuerFirst("\"https://example.org/n\":1e2147483648,").getBytes(StandardCharsets.UTF_8);
        URI did = URI.create(DID);

        assertThat(IssuerScan.signableAsIs(credential, DID.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(outcome(() -> SignCommand.signAs(credential, did, SIGNER::signCompact)))
                .isEqualTo(outcome(() -> SIGNER.signCompact(SignCommand.withIssuer(credential, did))));
    }

    @Test
    void signableCredential_isSignedWithoutBeingRewritten() throws Exception {
        byte[] credential = credential("", quoted(DID)).getBytes(StandardCharsets.UTF_8);
        byte[][] seen = new byte[1][];
        SignCommand.signAs(credential, URI.create(DID), checked -> seen[0] = checked);
        assertThat(seen[0]).isSameAs(credential);
    }

    /** Something that signs or throws. */
    @FunctionalInterface
    private interface Attempt {
        byte[] run() throws Exception;
    }

    /** A comparable outcome: the signed text, or the exception's class, message and (for a parse error) problem and location. */
    private static Object[] outcome(Attempt attempt) {
        try {
            return new Object[] {"signed", new String(attempt.run(), StandardCharsets.UTF_8)};
        } catch (Exception e) {
            return new Object[] {e.getClass().getName(), e.getMessage(),
                e instanceof CredentialParseException parse ? parse.problem() + " " + parse.location() : ""};
        }
    }
}
