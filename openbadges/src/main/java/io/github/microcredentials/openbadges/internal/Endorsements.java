package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.internal.json.JsonParsing;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.openbadges.model.Endorsement;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The endorsements embedded in an achievement credential ({@code endorsement}, and the compact JWS
 * of {@code endorsementJwt}, whose payload is read without verifying it) on the credential, its
 * issuer, its achievement and the achievement's creator: each is read as an EndorsementCredential,
 * its findings reported at its place, and its subject checked against what it is embedded in.
 * The model does not carry endorsements; they are kept as preserved data.
 */
final class Endorsements {

    /** Where endorsements may be embedded. */
    private static final List<String> PLACES = List.of("", "/issuer", "/credentialSubject/achievement",
            "/credentialSubject/achievement/creator");

    private static final JsonParsing PARSING = new JsonParsing(ReadLimits.DEFAULT.maxDocumentBytes(),
            ReadLimits.DEFAULT.maxDepth(), ReadLimits.DEFAULT.maxStringLength(), ReadLimits.DEFAULT.maxNumberLength(),
            ReadLimits.DEFAULT.maxElements());

    private Endorsements() {
    }

    static void check(JsonNode document, Tracker tracker) {
        for (String place : PLACES) {
            JsonNode endorsed = document.at(place);
            String endorsedId = endorsed.path("id").asText("");
            JsonNode embedded = endorsed.path("endorsement");
            for (int i = 0; i < embedded.size(); i++) {
                one(embedded.get(i), place + "/endorsement/" + i, endorsedId, tracker);
            }
            JsonNode jwts = endorsed.path("endorsementJwt");
            for (int i = 0; i < jwts.size(); i++) {
                jwt(jwts.get(i), place + "/endorsementJwt/" + i, endorsedId, tracker);
            }
        }
    }

    private static void jwt(JsonNode jws, String pointer, String endorsedId, Tracker tracker) {
        String[] parts = jws.asText("").split("\\.", -1);
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a compact JWS (three dot-separated parts)");
            }
            JsonNode payload = PARSING.parse(Base64.getUrlDecoder().decode(parts[1]));
            one(payload.path("vc").isObject() ? payload.get("vc") : payload, pointer, endorsedId, tracker);
        } catch (IllegalArgumentException | CredentialParseException e) {
            tracker.note(Rules.ENDORSEMENT_INVALID, "jwt", pointer, Optional.empty(), String.valueOf(e.getMessage()));
        }
    }

    private static void one(JsonNode node, String pointer, String endorsedId, Tracker tracker) {
        try {
            ReadResult<Endorsement> read = new EndorsementReader(node, tracker.rules()).read();
            for (Finding f : read.findings().findings()) {
                // What the endorsement holds beyond what is read is reported with the endorsement member
                // itself; a JWS needs no proof member.
                boolean skip = f.ruleId().equals(Rules.UNMAPPED)
                        || f.ruleId().equals(Rules.ENDORSEMENT_UNSIGNED) && pointer.contains("/endorsementJwt/");
                if (!skip) {
                    tracker.note(new Finding(f.ruleId(), f.severity(), pointer + f.pointer(), f.message(), f.value(),
                            f.source()));
                }
            }
            if (!endorsedId.isEmpty() && !read.value().subject().toString().equals(endorsedId)) {
                tracker.note(Rules.ENDORSEMENT_SUBJECT, null, pointer + "/credentialSubject/id",
                        Optional.of(read.value().subject().toString()), read.value().subject().toString(), endorsedId);
            }
        } catch (CredentialParseException e) {
            tracker.note(Rules.ENDORSEMENT_INVALID, null, pointer + e.location(), Optional.empty(), e.getMessage());
        }
    }
}
