package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.ConfirmationRole;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.PreservedData;
import io.github.microcredentials.core.model.Region;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.CredentialKind;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An OpenBadgeCredential (or AchievementCredential) into the model: the inverse of
 * {@link CredentialWriter} for this library's output, best effort for any other issuer's. Every
 * member of the input is carried into the model, derived from what was carried (the writer would
 * write it again from the model), or reported.
 */
public final class CredentialReader {

    private final Tracker tracker;
    private final JsonNode document;

    /**
     * Creates a reader of one document.
     *
     * @param document the parsed JSON
     * @param findings the policy and language of the findings
     */
    public CredentialReader(JsonNode document, ReaderFindings findings) {
        this.document = document;
        this.tracker = new Tracker(findings);
    }

    /**
     * Reads the credential.
     *
     * @return the credential and what could not be carried
     * @throws CredentialParseException if the document is not an OpenBadgeCredential
     */
    public ReadResult<MicroCredential> read() throws CredentialParseException {
        In root = In.object(document, "", tracker);
        boolean legacy = Contexts.check(root);
        types(root);
        URI id = root.strict("id", root.requiredText("id"), Uris::absolute);
        MicroCredential.Builder mc = MicroCredential.builder(id);
        mc.issued(dateTime(root, legacy ? "issuanceDate" : "validFrom").orElseThrow(() ->
                root.missing(legacy ? "issuanceDate" : "validFrom")));
        mc.validUntil(dateTime(root, legacy ? "expirationDate" : "validUntil").orElse(null));
        In subject = root.requiredObject("credentialSubject");
        Optional<In> achievement = subject.object("achievement");
        String language = Derived.DEFAULT_LANGUAGE;
        if (achievement.isPresent()) {
            AchievementReader achievementReader = new AchievementReader(achievement.get(), id, mc);
            achievementReader.read();
            language = achievementReader.language();
        } else {
            // The specification's own examples include credentials without one: read what there is.
            mc.kind(CredentialKind.parse("achievement"));
            tracker.note(Rules.ACHIEVEMENT_MISSING, null, "/credentialSubject", Optional.empty());
        }
        new SubjectReader(subject, mc, language).read(achievement.orElse(In.object(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), "/credentialSubject/achievement", tracker)));
        Optional<String> issuerId = issuer(root, mc, new ProfileReader(language));
        credentialTerms(root, mc, new ProfileReader(language));
        StatusMapping.read(root, mc);
        MicroCredential credential = root.strict("", mc, MicroCredential.Builder::build);
        awardedDate(root, credential);
        absorbDerived(credential, issuerId);
        root.objects("proof").forEach(proof -> proof.report(Rules.PROOF, null, "", "proof"));
        Endorsements.check(document, tracker);
        tracker.reportRest(document, "");
        Optional<PreservedData> preserved = Preservation.compute(document, credential, legacy);
        preserved.ifPresent(p -> tracker.note(Rules.PRESERVED, null, "", Optional.empty()));
        return new ReadResult<>(preserved.map(p -> credential.toBuilder().addPreserved(p).build()).orElse(credential),
                tracker.findings());
    }

    private static void types(In root) throws CredentialParseException {
        List<String> types = root.types();
        if (!types.contains("VerifiableCredential")
                || !(types.contains("OpenBadgeCredential") || types.contains("AchievementCredential"))) {
            throw new CredentialParseException(Problem.UNSUPPORTED, "/type", "not an Open Badges 3.0 credential: the"
                    + " type must include VerifiableCredential and OpenBadgeCredential (or AchievementCredential)");
        }
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

    /**
     * The issuer Profile. Without {@code awardingBody} (another issuer's credential) it is the
     * awarding body; with it, a reference to the issuer's id first in the list says so.
     *
     * @return the issuer Profile's id
     */
    private static Optional<String> issuer(In root, MicroCredential.Builder mc, ProfileReader profiles)
            throws CredentialParseException {
        if (!root.has("issuer")) {
            throw root.missing("issuer");
        }
        if (root.node().get("issuer").isTextual()) {
            String id = root.requiredText("issuer");
            root.report(Rules.UNMAPPED, "issuerById", "issuer", id);
            return Optional.of(id);
        }
        In issuer = root.requiredObject("issuer");
        Optional<String> id = Optional.ofNullable(issuer.node().path("id").textValue());
        Optional<Organisation> org = profiles.read(issuer);
        List<Organisation> bodies = new ArrayList<>();
        List<In> listed = root.objectsOrReferences(Terms.AWARDING_BODY);
        if (!root.node().has(Terms.AWARDING_BODY)) {
            org.ifPresent(bodies::add);
        } else if (listed.isEmpty()) {
            root.consume(Terms.AWARDING_BODY);
            mc.issuer(org.orElse(null));
        } else {
            for (int i = 0; i < listed.size(); i++) {
                In body = listed.get(i);
                if (body.node().isTextual()) {
                    if (!id.isPresent() || !body.node().asText().equals(id.get()) || org.isEmpty()) {
                        throw new CredentialParseException(Problem.INVALID_VALUE, body.pointer(),
                                "an awarding body given by id must be the issuer");
                    }
                    root.tracker().consume(body.pointer());
                    bodies.add(org.get());
                } else {
                    profiles.read(body).ifPresent(bodies::add);
                }
            }
            if (!listed.get(0).node().isTextual()) {
                mc.issuer(org.orElse(null));
            }
        }
        mc.awardingBodies(bodies);
        return id;
    }

    private static void credentialTerms(In root, MicroCredential.Builder mc, ProfileReader profiles)
            throws CredentialParseException {
        for (String code : root.texts(Terms.ISSUER_COUNTRY)) {
            mc.addIssuerCountry(root.strict(Terms.ISSUER_COUNTRY, code, Country::new));
        }
        for (In region : root.objects(Terms.ISSUER_REGION)) {
            Optional<Region> read = profiles.region(region);
            read.ifPresent(mc::addIssuerRegion);
        }
        mc.placeOfIssue(root.text(Terms.PLACE_OF_ISSUE).orElse(null));
        for (In node : root.objects(Terms.CONFIRMATION)) {
            mc.addConfirmation(confirmation(node));
        }
    }

    private static Confirmation confirmation(In in) throws CredentialParseException {
        String element = in.requiredText(Terms.ANNEX_ELEMENT);
        AnnexElement annex = Arrays.stream(AnnexElement.values()).filter(e -> e.ruleId().equals(element)).findFirst()
                .orElseThrow(() -> SubjectReader.invalid(in, Terms.ANNEX_ELEMENT, "not an Annex I rule id: " + element));
        String role = in.requiredText(Terms.CONFIRMATION_ROLE);
        ConfirmationRole confirmationRole = Enums.parse(ConfirmationRole.class, role)
                .orElseThrow(() -> SubjectReader.invalid(in, Terms.CONFIRMATION_ROLE, "not a confirmation role: " + role));
        return new Confirmation(annex, confirmationRole, in.text(Terms.CONFIRMED_BY), dateTime(in, Terms.CONFIRMED_AT));
    }

    /** {@code awardedDate} equal to the date of issuing adds nothing. */
    private void awardedDate(In root, MicroCredential credential) {
        String awarded = root.node().path("awardedDate").asText("");
        try {
            if (!awarded.isEmpty() && credential.issued().map(i -> i.isEqual(OffsetDateTime.parse(awarded))).orElse(false)) {
                root.consume("awardedDate");
            }
        } catch (DateTimeParseException e) {
            // An unreadable awardedDate is reported as not carried.
        }
    }

    /** Consumes what the writer derives identically from the credential read: names, criteria, frameworks. */
    private void absorbDerived(MicroCredential credential, Optional<String> issuerId) {
        Optional<URI> issuer = issuerId.flatMap(id -> {
            try {
                return Optional.of(Uris.absolute(id));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        try {
            ObjectNode derived = new CredentialWriter(new WriterSettings(issuer, false, () -> "", Optional.empty(),
                    Optional.empty(), true)).write(credential);
            tracker.absorb(document, derived, "");
        } catch (IllegalArgumentException e) {
            // Nothing can be derived from a credential the writer cannot write: all is reported.
        }
    }
}
