package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.openbadges.model.Endorsement;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * An {@code EndorsementCredential}, checked against what Open Badges 3.0 requires of one (its JSON
 * Schema's required members and types, and a proof: an endorsement without one cannot be
 * verified). Every member is read or reported, as for achievement credentials.
 */
public final class EndorsementReader {

    private final Tracker tracker;
    private final JsonNode document;

    /**
     * Creates a reader of one endorsement.
     *
     * @param document the parsed JSON
     * @param rules the policy and language of the findings
     */
    public EndorsementReader(JsonNode document, ReaderFindings rules) {
        this.document = document;
        this.tracker = new Tracker(rules);
    }

    /**
     * Whether a JSON value names the EndorsementCredential type.
     *
     * @param document the parsed JSON
     * @return {@code true} when its {@code type} includes {@code EndorsementCredential}
     */
    public static boolean isEndorsement(JsonNode document) {
        JsonNode type = document.path("type");
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.asText("").equals("EndorsementCredential")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the endorsement.
     *
     * @return it, with the findings
     * @throws CredentialParseException if it is not an EndorsementCredential: a required member is
     *     missing or of the wrong type
     */
    public ReadResult<Endorsement> read() throws CredentialParseException {
        In root = In.object(document, "", tracker);
        boolean legacy = Contexts.check(root);
        List<String> types = root.types();
        if (!types.contains("VerifiableCredential") || !types.contains("EndorsementCredential")) {
            throw new CredentialParseException(Problem.UNSUPPORTED, "/type", "not an EndorsementCredential: the type"
                    + " must include VerifiableCredential and EndorsementCredential");
        }
        URI id = root.strict("id", root.requiredText("id"), Uris::absolute);
        String name = root.requiredText("name");
        Optional<String> description = root.text("description");
        In subject = root.requiredObject("credentialSubject");
        if (!subject.types().contains("EndorsementSubject")) {
            throw new CredentialParseException(Problem.INVALID_VALUE, "/credentialSubject/type",
                    "an endorsement's subject has the type EndorsementSubject");
        }
        URI about = subject.strict("id", subject.requiredText("id"), Uris::absolute);
        Optional<String> comment = subject.text("endorsementComment");
        Endorser endorser = endorser(root);
        OffsetDateTime from = dateTime(root, legacy ? "issuanceDate" : "validFrom").orElseThrow(() ->
                root.missing(legacy ? "issuanceDate" : "validFrom"));
        Optional<OffsetDateTime> until = dateTime(root, legacy ? "expirationDate" : "validUntil");
        boolean signed = root.has("proof");
        root.objects("proof").forEach(proof -> proof.report(Rules.PROOF, null, "", "proof"));
        if (!signed) {
            tracker.note(Rules.ENDORSEMENT_UNSIGNED, null, "", Optional.of(id.toString()));
        }
        tracker.reportRest(document, "");
        return new ReadResult<>(new Endorsement(id, name, description, endorser.id, endorser.name, about, comment, from,
                until, signed), tracker.findings());
    }

    private record Endorser(URI id, Optional<String> name) {
    }

    private static Endorser endorser(In root) throws CredentialParseException {
        if (!root.has("issuer")) {
            throw root.missing("issuer");
        }
        if (root.node().get("issuer").isTextual()) {
            return new Endorser(root.strict("issuer", root.requiredText("issuer"), Uris::absolute), Optional.empty());
        }
        In issuer = root.requiredObject("issuer");
        issuer.types();
        URI id = issuer.strict("id", issuer.requiredText("id"), Uris::absolute);
        return new Endorser(id, issuer.text("name"));
    }

    private static Optional<OffsetDateTime> dateTime(In in, String name) throws CredentialParseException {
        Optional<String> text = in.text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw new CredentialParseException(Problem.INVALID_VALUE, in.pointer(name),
                    "not a date-time with a time zone: \"" + text.get() + "\"", e);
        }
    }
}
