package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.AssessedBy;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Concept;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.ConfirmationRole;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.GradingScheme;
import io.github.microcredentials.core.model.Identifier;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.LearningActivity;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.model.Region;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.AssessmentType;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.OutcomeType;
import io.github.microcredentials.core.vocab.QfEheaCycle;
import io.github.microcredentials.core.vocab.QualityAssuranceType;
import io.github.microcredentials.core.vocab.Stackability;
import io.github.microcredentials.core.vocab.SupervisionVerification;

/**
 * The native JSON form of the parts of a credential: outcomes, assessments, workload, level and
 * the small values. Member names are the model's accessor names, so that a validation finding's
 * JSON Pointer follows the model.
 */
final class PartCodec {

    static final Decoder<Country> COUNTRY = Decoders.converted("an ISO 3166-1 country code", Country::parse);

    private PartCodec() {
    }

    static LegalIdentifier readLegalIdentifier(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        String notation = in.required("notation", Decoders.TEXT);
        var country = in.optional("country", COUNTRY);
        return in.build(() -> new LegalIdentifier(notation, country));
    }

    static JsonNode writeLegalIdentifier(LegalIdentifier id) {
        return JsonOut.object().put("notation", id.notation(), Encoders.STRING)
                .optional("country", id.country(), Encoders.STRING).done();
    }

    static Identifier readIdentifier(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        String value = in.required("value", Decoders.TEXT);
        var scheme = in.optional("scheme", Decoders.TEXT);
        return in.build(() -> new Identifier(value, scheme));
    }

    static JsonNode writeIdentifier(Identifier id) {
        return JsonOut.object().put("value", id.value(), Encoders.STRING)
                .optional("scheme", id.scheme(), Encoders.STRING).done();
    }

    static Region readRegion(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var uri = in.required("uri", Decoders.ABSOLUTE_URI);
        var name = in.optional("name", Decoders.LOCALIZED);
        return in.build(() -> new Region(uri, name));
    }

    static JsonNode writeRegion(Region region) {
        return JsonOut.object().put("uri", region.uri(), Encoders.STRING)
                .optional("name", region.name(), Encoders.LOCALIZED).done();
    }

    static Skill readSkill(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var uri = in.required("uri", Decoders.ABSOLUTE_URI);
        var label = in.optional("label", Decoders.LOCALIZED);
        return in.build(() -> new Skill(uri, label));
    }

    static JsonNode writeSkill(Skill skill) {
        return JsonOut.object().put("uri", skill.uri(), Encoders.STRING)
                .optional("label", skill.label(), Encoders.LOCALIZED).done();
    }

    static Concept readConcept(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var uri = in.required("uri", Decoders.ABSOLUTE_URI);
        var scheme = in.optional("scheme", Decoders.ABSOLUTE_URI);
        var label = in.optional("label", Decoders.LOCALIZED);
        var notation = in.optional("notation", Decoders.TEXT);
        return in.build(() -> new Concept(uri, scheme, label, notation));
    }

    static JsonNode writeConcept(Concept concept) {
        return JsonOut.object().put("uri", concept.uri(), Encoders.STRING)
                .optional("scheme", concept.scheme(), Encoders.STRING)
                .optional("label", concept.label(), Encoders.LOCALIZED)
                .optional("notation", concept.notation(), Encoders.STRING).done();
    }

    static LearningOutcome readOutcome(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        LearningOutcome.Builder b = LearningOutcome.builder(in.required("id", Decoders.TEXT),
                in.required("text", Decoders.LOCALIZED));
        b.verb(in.optional("verb", Decoders.TEXT).orElse(null));
        b.type(in.optional("type", Decoders.converted("an outcome type", OutcomeType::parse)).orElse(null));
        b.subject(in.optional("subject", Decoders.TEXT).orElse(null));
        b.standard(in.optional("standard", Decoders.TEXT).orElse(null));
        b.context(in.optional("context", Decoders.TEXT).orElse(null));
        in.list("skills", PartCodec::readSkill).forEach(b::addSkill);
        return in.build(b::build);
    }

    static JsonNode writeOutcome(LearningOutcome outcome) {
        return JsonOut.object().put("id", outcome.id(), Encoders.STRING)
                .put("text", outcome.text(), Encoders.LOCALIZED)
                .optional("verb", outcome.verb(), Encoders.STRING)
                .optional("type", outcome.type(), Encoders.TERM)
                .optional("subject", outcome.subject(), Encoders.STRING)
                .optional("standard", outcome.standard(), Encoders.STRING)
                .optional("context", outcome.context(), Encoders.STRING)
                .list("skills", outcome.skills(), PartCodec::writeSkill).done();
    }

    static GradingScheme readGradingScheme(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var title = in.required("title", Decoders.LOCALIZED);
        var description = in.optional("description", Decoders.LOCALIZED);
        var allowed = in.list("allowedValues", Decoders.TEXT);
        return in.build(() -> new GradingScheme(title, description, allowed));
    }

    static JsonNode writeGradingScheme(GradingScheme scheme) {
        return JsonOut.object().put("title", scheme.title(), Encoders.LOCALIZED)
                .optional("description", scheme.description(), Encoders.LOCALIZED)
                .list("allowedValues", scheme.allowedValues(), Encoders.STRING).done();
    }

    static Grade readGrade(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        String value = in.required("value", Decoders.TEXT);
        var scheme = in.optional("scheme", PartCodec::readGradingScheme);
        return in.build(() -> new Grade(value, scheme));
    }

    static JsonNode writeGrade(Grade grade) {
        return JsonOut.object().put("value", grade.value(), Encoders.STRING)
                .optional("scheme", grade.scheme(), PartCodec::writeGradingScheme).done();
    }

    static Assessment readAssessment(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        Assessment.Builder b = Assessment.builder(in.required("id", Decoders.TEXT), in.required("title", Decoders.LOCALIZED));
        b.type(in.optional("type", Decoders.converted("an assessment type", AssessmentType::parse)).orElse(null));
        b.description(in.optional("description", Decoders.LOCALIZED).orElse(null));
        in.list("assessedOutcomes", Decoders.TEXT).forEach(b::assesses);
        b.supervision(in.optional("supervision",
                Decoders.converted("a supervision and identity verification value", SupervisionVerification::parse))
                .orElse(null));
        b.assessedBy(in.optional("assessedBy", Decoders.enumeration(AssessedBy.class)).orElse(null));
        b.credits(in.optional("credits", Decoders.ECTS).orElse(null));
        b.grade(in.optional("grade", PartCodec::readGrade).orElse(null));
        return in.build(b::build);
    }

    static JsonNode writeAssessment(Assessment a) {
        return JsonOut.object().put("id", a.id(), Encoders.STRING)
                .put("title", a.title(), Encoders.LOCALIZED)
                .optional("type", a.type(), Encoders.TERM)
                .optional("description", a.description(), Encoders.LOCALIZED)
                .list("assessedOutcomes", a.assessedOutcomes(), Encoders.STRING)
                .optional("supervision", a.supervision(), Encoders.TERM)
                .optional("assessedBy", a.assessedBy(), Encoders.enumeration())
                .optional("credits", a.credits(), Encoders.ECTS)
                .optional("grade", a.grade(), PartCodec::writeGrade).done();
    }

    static LearningActivity readActivity(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        String id = in.required("id", Decoders.TEXT);
        var title = in.required("title", Decoders.LOCALIZED);
        var description = in.optional("description", Decoders.LOCALIZED);
        var workload = in.optional("workload", Decoders.DURATION);
        var credits = in.optional("credits", Decoders.ECTS);
        var outcomes = in.list("outcomes", Decoders.TEXT);
        return in.build(() -> new LearningActivity(id, title, description, workload, credits, outcomes));
    }

    static JsonNode writeActivity(LearningActivity a) {
        return JsonOut.object().put("id", a.id(), Encoders.STRING)
                .put("title", a.title(), Encoders.LOCALIZED)
                .optional("description", a.description(), Encoders.LOCALIZED)
                .optional("workload", a.workload(), Encoders.STRING)
                .optional("credits", a.credits(), Encoders.ECTS)
                .list("outcomes", a.outcomes(), Encoders.STRING).done();
    }

    static DualEcts readSplit(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var activities = in.required("learningActivities", Decoders.ECTS);
        var assessment = in.required("assessment", Decoders.ECTS);
        return in.build(() -> new DualEcts(activities, assessment));
    }

    static Workload readWorkload(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var credits = in.optional("credits", Decoders.ECTS);
        var hours = in.optional("hours", Decoders.DURATION);
        var split = in.optional("split", PartCodec::readSplit);
        return in.build(() -> new Workload(credits, hours, split));
    }

    static JsonNode writeWorkload(Workload w) {
        return JsonOut.object().optional("credits", w.credits(), Encoders.ECTS)
                .optional("hours", w.hours(), Encoders.STRING)
                .optional("split", w.split(), split -> JsonOut.object()
                        .put("learningActivities", split.learningActivities(), Encoders.ECTS)
                        .put("assessment", split.assessment(), Encoders.ECTS).done()).done();
    }

    static Level readLevel(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var eqf = in.optional("eqf", Decoders.converted("an EQF level (1 to 8)", EqfLevel::parse));
        var cycle = in.optional("cycle", Decoders.converted("a QF-EHEA cycle", QfEheaCycle::parse));
        var nqf = in.optional("nqf", PartCodec::readConcept);
        return in.build(() -> new Level(eqf, cycle, nqf));
    }

    static JsonNode writeLevel(Level level) {
        return JsonOut.object().optional("eqf", level.eqf(), Encoders.TERM)
                .optional("cycle", level.cycle(), Encoders.TERM)
                .optional("nqf", level.nqf(), PartCodec::writeConcept).done();
    }

    static QualityAssurance readQualityAssurance(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var type = in.required("type", Decoders.converted("a quality assurance type", QualityAssuranceType::parse));
        var description = in.optional("description", Decoders.LOCALIZED);
        var agency = in.optional("agency", Decoders.LOCALIZED);
        var reference = in.optional("reference", Decoders.ABSOLUTE_URI);
        return in.build(() -> new QualityAssurance(type, description, agency, reference));
    }

    static JsonNode writeQualityAssurance(QualityAssurance qa) {
        return JsonOut.object().put("type", qa.type(), Encoders.TERM)
                .optional("description", qa.description(), Encoders.LOCALIZED)
                .optional("agency", qa.agency(), Encoders.LOCALIZED)
                .optional("reference", qa.reference(), Encoders.STRING).done();
    }

    static Integration readIntegration(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var option = in.required("option", Decoders.converted("a stackability option", Stackability::parse));
        var towards = in.list("stackableTowards", Decoders.ABSOLUTE_URI);
        var description = in.optional("description", Decoders.LOCALIZED);
        return in.build(() -> new Integration(option, towards, description));
    }

    static JsonNode writeIntegration(Integration integration) {
        return JsonOut.object().put("option", integration.option(), Encoders.TERM)
                .list("stackableTowards", integration.stackableTowards(), Encoders.STRING)
                .optional("description", integration.description(), Encoders.LOCALIZED).done();
    }

    static Confirmation readConfirmation(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var element = in.required("element", Decoders.enumeration(AnnexElement.class));
        var role = in.required("role", Decoders.enumeration(ConfirmationRole.class));
        var by = in.optional("confirmedBy", Decoders.TEXT);
        var at = in.optional("confirmedAt", Decoders.DATE_TIME);
        return in.build(() -> new Confirmation(element, role, by, at));
    }

    static JsonNode writeConfirmation(Confirmation c) {
        return JsonOut.object().put("element", c.element(), Encoders.enumeration())
                .put("role", c.role(), Encoders.enumeration())
                .optional("confirmedBy", c.confirmedBy(), Encoders.STRING)
                .optional("confirmedAt", c.confirmedAt(), Encoders.DATE_TIME).done();
    }
}
