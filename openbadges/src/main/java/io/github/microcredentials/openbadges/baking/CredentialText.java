package io.github.microcredentials.openbadges.baking;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.internal.json.JsonParsing;
import io.github.microcredentials.core.json.ReadLimits;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** The text of a baked credential: strict UTF-8, and one of the two forms Open Badges 3.0 allows. */
final class CredentialText {

    /** Three base64url parts: the compact serialization of a JWS (RFC 7515 §7.1), nothing around it. */
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private CredentialText() {
    }

    /**
     * Decodes strict UTF-8: malformed or overlong sequences and lone surrogates are errors, not
     * replacement characters (a replaced character would change what a verifier sees).
     */
    static String decode(byte[] utf8) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(utf8)).toString();
    }

    /**
     * The form of a credential text by its shape: a JSON object (first non-blank character
     * {@code '{'}) or a compact JWS. The JSON is not parsed here; a verifier does that.
     */
    static Optional<BakedCredential.Form> classify(String text) {
        int i = 0;
        while (i < text.length() && isJsonWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '{') {
            return Optional.of(BakedCredential.Form.JSON);
        }
        return COMPACT_JWS.matcher(text).matches() ? Optional.of(BakedCredential.Form.COMPACT_JWS) : Optional.empty();
    }

    /**
     * Checks a credential to bake: strict UTF-8, within the size limit, a compact JWS or a JSON text
     * that parses as one object (duplicate keys refused), so that only a credential is ever baked.
     */
    static BakedCredential.Form checkForBaking(byte[] credential, long maxBytes) throws BakingException {
        if (credential.length > maxBytes) {
            throw new BakingException(new BakingProblem(BakingProblem.Code.TOO_LARGE,
                    "the credential has " + credential.length + " bytes; the limit is " + maxBytes));
        }
        String text;
        try {
            text = decode(credential);
        } catch (CharacterCodingException e) {
            throw new BakingException(new BakingProblem(BakingProblem.Code.INVALID_TEXT, "the credential is not valid UTF-8"));
        }
        BakedCredential.Form form = classify(text).orElseThrow(() -> new BakingException(new BakingProblem(
                BakingProblem.Code.NOT_A_CREDENTIAL, "the credential is neither a JSON object nor a compact JWS")));
        if (form == BakedCredential.Form.JSON) {
            try {
                if (!new JsonParsing(maxBytes, 256, (int) Math.min(Integer.MAX_VALUE, maxBytes), 1000,
                        ReadLimits.DEFAULT.maxElements()).parse(credential).isObject()) {
                    throw new BakingException(new BakingProblem(BakingProblem.Code.NOT_A_CREDENTIAL,
                            "the credential JSON is not an object"));
                }
            } catch (CredentialParseException e) {
                throw new BakingException(new BakingProblem(BakingProblem.Code.NOT_A_CREDENTIAL,
                        "the credential is not JSON: " + e.getMessage()));
            }
        }
        return form;
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
