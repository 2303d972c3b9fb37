package io.github.microcredentials.edc.internal.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Teacher;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.edc.internal.elm.EdcContexts;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import io.github.microcredentials.edc.internal.elm.Schemes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a micro-credential as an ELM v3 {@code EuropeanDigitalCredential}: the credential node,
 * the learner with one {@code LearningAchievement} claim, its awarding process, specification,
 * assessments and activities. The mapping is the README's table.
 */
public final class CredentialWriter {

    /** The VC Data Model 1.1 context, first in every EDC. */
    public static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    /** The SHACL profile a generic EDC declares. */
    public static final String GENERIC_FULL = "http://data.europa.eu/snb/model/ap/edc-generic-full";

    /** The datatype the EDC shapes require of {@code credentialStatus}. */
    public static final String XSD_ANY_URI = "http://www.w3.org/2001/XMLSchema#anyURI";

    private final MicroCredential mc;
    private final boolean withIssued;
    private final Nodes nodes;
    private final PartyWriter parties;
    private final SpecWriter specs;

    private CredentialWriter(MicroCredential mc, boolean withIssued) {
        this.mc = mc;
        this.withIssued = withIssued;
        this.nodes = new Nodes(textLanguage(mc));
        this.parties = new PartyWriter(nodes);
        this.specs = new SpecWriter(nodes);
    }

    /**
     * @param mc the credential
     * @param withIssued whether to write {@code issued} and {@code issuanceDate} (what a sealer sets)
     * @return the credential node
     */
    public static ObjectNode write(MicroCredential mc, boolean withIssued) {
        return new CredentialWriter(mc, withIssued).credential();
    }

    /** The language of plain model strings: English when the title has it, else the title's first language. */
    static String textLanguage(MicroCredential mc) {
        return mc.title().map(t -> t.get("en").isPresent() ? "en" : t.languages().iterator().next()).orElse("en");
    }

    private ObjectNode credential() {
        ObjectNode subject = parties.person(mc.learner(), nodes.array().add(achievement()));
        ObjectNode root = nodes.object();
        root.set("@context", nodes.array().add(VC_V1).add(EdcContexts.EDC_AP.toString()));
        root.put("id", mc.id().toString());
        root.set("type", nodes.array().add("VerifiableCredential").add("EuropeanDigitalCredential"));
        root.set("credentialProfiles", nodes.array().add(nodes.concept(
                mc.kind().europassConcept().orElse(Schemes.GENERIC_PROFILE), "Generic")));
        root.set("credentialSchema", nodes.array().add(nodes.object().put("id", GENERIC_FULL).put("type", "ShaclValidator2017")));
        issuer().ifPresent(i -> root.set("issuer", i));
        mc.issued().filter(i -> withIssued).ifPresent(i -> {
            root.put("issued", Nodes.dateTime(i));
            root.put("issuanceDate", Nodes.dateTime(i));
        });
        mc.issued().ifPresent(i -> root.put("validFrom", Nodes.dateTime(i)));
        mc.validUntil().ifPresent(v -> root.put("expirationDate", Nodes.dateTime(v)));
        statusEntry(mc).ifPresent(entry -> root.set("credentialStatus", nodes.object()
                .put("@value", entry.idOrListFragment().toString()).put("@type", XSD_ANY_URI)));
        root.set("credentialSubject", subject);
        root.set("displayParameter", DisplayWriter.display(mc, new Nodes(nodes.textLanguage())));
        return root;
    }

    /** The sealing organisation: the credential's issuer if it has one, else the first awarding body. */
    /**
     * The status entry an EDC carries: the EDC shapes allow one {@code credentialStatus}, an
     * {@code xsd:anyURI} literal, so the revocation entry (else the first) is written as its URL,
     * {@code <statusListCredential>#<statusListIndex>} unless the entry has an id of its own.
     */
    public static Optional<io.github.microcredentials.core.model.BitstringStatusListEntry> statusEntry(MicroCredential mc) {
        return mc.credentialStatus().stream()
                .filter(e -> e.statusPurpose().equals(io.github.microcredentials.core.model.StatusPurpose.REVOCATION))
                .findFirst().or(() -> mc.credentialStatus().stream().findFirst());
    }

    private Optional<JsonNode> issuer() {
        Optional<Organisation> issuer = mc.issuer().or(() -> mc.awardingBodies().stream().findFirst());
        return issuer.map(parties::organisation);
    }

    private ObjectNode achievement() {
        ObjectNode claim = nodes.node(nodes.newId("learningAchievement"), "LearningAchievement");
        mc.title().ifPresent(t -> claim.set("title", nodes.text(t)));
        mc.description().ifPresent(d -> claim.set("description", nodes.text(d)));
        ObjectNode process = awardingProcess();
        String processId = process.get("id").asText();
        claim.set("awardedBy", process);
        AssessmentWriter assessments = new AssessmentWriter(nodes, specs, processId);
        ArrayNode assessmentSpecs = nodes.array();
        ArrayNode provenBy = nodes.array();
        mc.assessments().forEach(a -> {
            assessmentSpecs.add(assessments.specification(a));
            assessments.instance(a).ifPresent(provenBy::add);
        });
        mc.grade().ifPresent(g -> provenBy.add(assessments.overall(g, mc.title())));
        claim.set("specifiedBy", specs.qualification(mc, assessmentSpecs));
        Nodes.setNonEmpty(claim, "provenBy", provenBy);
        ActivityWriter activities = new ActivityWriter(nodes, specs, processId);
        ArrayNode influencedBy = nodes.array();
        mc.learningActivities().forEach(a -> influencedBy.add(activities.activity(a)));
        Nodes.setNonEmpty(claim, "influencedBy", influencedBy);
        claim.set("additionalNote", notes());
        mc.furtherInformationUrl().ifPresent(u -> claim.set("supplementaryDocument", nodes.array().add(nodes.webResource(u))));
        return claim;
    }

    private ObjectNode awardingProcess() {
        ObjectNode process = nodes.node(nodes.newId("awardingProcess"), "AwardingProcess");
        ArrayNode bodies = nodes.array();
        awardingBodies().forEach(b -> bodies.add(parties.organisation(b)));
        Nodes.setNonEmpty(process, "awardingBody", bodies);
        mc.issued().ifPresent(i -> process.put("awardingDate", Nodes.dateTime(i)));
        if (!mc.issuerCountries().isEmpty() || !mc.issuerRegions().isEmpty() || mc.placeOfIssue().isPresent()) {
            ObjectNode location = parties.location(mc.issuerCountries(), mc.issuerRegions());
            mc.placeOfIssue().ifPresent(p -> location.set("geographicName", nodes.text(p)));
            process.set("location", location);
        }
        return process;
    }

    /** The awarding bodies; one that is also the issuer is written once, with the issuer's data added. */
    private List<Organisation> awardingBodies() {
        return mc.awardingBodies().stream()
                .map(body -> mc.issuer().filter(i -> i.id().equals(body.id())).map(i -> merge(i, body)).orElse(body))
                .toList();
    }

    private static Organisation merge(Organisation issuer, Organisation body) {
        return issuer.toBuilder()
                .shortName(issuer.shortName().or(body::shortName).orElse(null))
                .legalIdentifier(issuer.legalIdentifier().or(body::legalIdentifier).orElse(null))
                .eidasIdentifier(issuer.eidasIdentifier().or(body::eidasIdentifier).orElse(null))
                .country(issuer.country().or(body::country).orElse(null))
                .region(issuer.region().or(body::region).orElse(null))
                .homepage(issuer.homepage().or(body::homepage).orElse(null))
                .email(issuer.email().or(body::email).orElse(null))
                .department(issuer.department().or(body::department).orElse(null))
                .build();
    }

    private ArrayNode notes() {
        ArrayNode notes = nodes.array();
        notes.add(nodes.termNote(CredentialKind.vocabulary(), mc.kind()));
        mc.furtherInformation().ifPresent(f -> notes.add(nodes.note(NoteSubject.FURTHER_INFORMATION, nodes.text(f))));
        mc.teachers().forEach(t -> teacher(notes, t));
        mc.confirmations().forEach(c -> confirmation(notes, c));
        return notes;
    }

    private void teacher(ArrayNode notes, Teacher teacher) {
        notes.add(nodes.note(NoteSubject.TEACHER, nodes.text(teacher.name())));
        teacher.bio().ifPresent(b -> notes.add(nodes.note(NoteSubject.TEACHER_BIO, nodes.text(b))));
    }

    private void confirmation(ArrayNode notes, Confirmation confirmation) {
        String role = confirmation.role().name().toLowerCase(Locale.ROOT).replace('_', '-');
        notes.add(nodes.note(NoteSubject.CONFIRMATION, nodes.code(confirmation.element().ruleId() + " " + role)));
        confirmation.confirmedBy().ifPresent(b -> notes.add(nodes.note(NoteSubject.CONFIRMED_BY, nodes.text(b))));
        confirmation.confirmedAt().ifPresent(a -> notes.add(nodes.note(NoteSubject.CONFIRMED_AT, nodes.code(Nodes.dateTime(a)))));
    }
}
