package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.DesignItem;
import io.github.microcredentials.core.model.Guidance;
import io.github.microcredentials.core.model.HeroesActivityType;
import io.github.microcredentials.core.model.HoursAllocation;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredentialPathway;
import io.github.microcredentials.core.model.OpportunityKind;
import io.github.microcredentials.core.model.Pricing;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.DeliveryMode;
import io.github.microcredentials.core.vocab.PresentationFormat;
import io.github.microcredentials.core.vocab.PricingModel;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/** The native JSON form of learning opportunities, pathways and course designs. */
final class OpportunityCodec {

    private static final Decoder<Currency> CURRENCY = Decoders.converted("an ISO 4217 currency code", Currency::getInstance);

    private OpportunityCodec() {
    }

    static LearningOpportunity read(JsonIn in) throws CredentialParseException {
        LearningOpportunity.Builder b = LearningOpportunity.builder(in.required("id", Decoders.ABSOLUTE_URI));
        in.optional("kind", Decoders.enumeration(OpportunityKind.class)).ifPresent(b::kind);
        b.title(in.optional("title", Decoders.LOCALIZED).orElse(null));
        b.summary(in.optional("summary", Decoders.LOCALIZED).orElse(null));
        b.fieldOfStudy(in.optional("fieldOfStudy", CredentialCodec.ISCED_F).orElse(null));
        b.institution(in.optional("institution", PartyCodec::readOrganisation).orElse(null));
        b.teachers(in.list("teachers", PartyCodec::readTeacher));
        b.workload(in.optional("workload", PartCodec::readWorkload).orElse(null));
        b.estimatedDuration(in.optional("estimatedDuration", Decoders.PERIOD).orElse(null));
        b.startDate(in.optional("startDate", Decoders.DATE).orElse(null));
        b.flexibleStart(in.flag("flexibleStart"));
        b.endDate(in.optional("endDate", Decoders.DATE).orElse(null));
        b.registrationDeadline(in.optional("registrationDeadline", Decoders.DATE).orElse(null));
        b.targetGroup(in.optional("targetGroup", Decoders.LOCALIZED).orElse(null));
        b.entryRequirements(in.optional("entryRequirements", Decoders.LOCALIZED).orElse(null));
        b.languages(in.list("languages", CredentialCodec.LANGUAGE));
        b.level(in.optional("level", PartCodec::readLevel).orElse(null));
        b.participationForm(in.optional("participationForm", CredentialCodec.PARTICIPATION_FORM).orElse(null));
        b.formOfStudy(in.optional("formOfStudy", CredentialCodec.FORM_OF_STUDY).orElse(null));
        b.deliveryMode(in.optional("deliveryMode", Decoders.converted("a delivery mode", DeliveryMode::parse)).orElse(null));
        b.presentationFormats(in.list("presentationFormats",
                Decoders.converted("a presentation format", PresentationFormat::parse)));
        b.keywords(in.list("keywords", Decoders.TEXT));
        b.pricing(in.optional("pricing", OpportunityCodec::readPricing).orElse(null));
        b.learningOutcomes(in.list("learningOutcomes", PartCodec::readOutcome));
        b.pedagogicalApproach(in.optional("pedagogicalApproach", Decoders.LOCALIZED).orElse(null));
        b.mainTopics(in.list("mainTopics", Decoders.LOCALIZED));
        b.guidance(in.optional("guidance", Decoders.enumeration(Guidance.class)).orElse(null));
        b.hoursDistribution(in.list("hoursDistribution", OpportunityCodec::readHours));
        b.assessmentStrategy(in.optional("assessmentStrategy", Decoders.LOCALIZED).orElse(null));
        b.assessments(in.list("assessments", PartCodec::readAssessment));
        b.learningActivities(in.list("learningActivities", PartCodec::readActivity));
        b.credentialsIssued(in.list("credentialsIssued", Decoders.converted("a credential kind", CredentialKind::parse)));
        b.credentialRequirements(in.optional("credentialRequirements", Decoders.LOCALIZED).orElse(null));
        b.integration(in.optional("integration", PartCodec::readIntegration).orElse(null));
        b.industrySupport(in.optional("industrySupport", Decoders.LOCALIZED).orElse(null));
        b.skills(in.list("skills", PartCodec::readSkill));
        b.assessingInstitution(in.optional("assessingInstitution", PartyCodec::readOrganisation).orElse(null));
        b.developingPartners(in.list("developingPartners", PartyCodec::readOrganisation));
        b.heroesActivity(in.optional("heroesActivity", Decoders.enumeration(HeroesActivityType.class)).orElse(null));
        b.projectFunded(in.flag("projectFunded"));
        b.qualityAssurance(in.list("qualityAssurance", PartCodec::readQualityAssurance));
        b.furtherInformation(in.optional("furtherInformation", Decoders.LOCALIZED).orElse(null));
        b.homepage(in.optional("homepage", Decoders.ABSOLUTE_URI).orElse(null));
        b.confirmations(in.list("confirmations", PartCodec::readConfirmation));
        return in.build(b::build);
    }

    static LearningOpportunity readNested(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        return read(JsonIn.object(node, pointer, context));
    }

    static JsonOut write(JsonOut out, LearningOpportunity o) {
        out.put("id", o.id(), Encoders.STRING);
        if (o.kind() != OpportunityKind.MICRO_CREDENTIAL) {
            out.put("kind", o.kind(), Encoders.enumeration());
        }
        return out.optional("title", o.title(), Encoders.LOCALIZED)
                .optional("summary", o.summary(), Encoders.LOCALIZED)
                .optional("fieldOfStudy", o.fieldOfStudy(), Encoders.STRING)
                .optional("institution", o.institution(), PartyCodec::writeOrganisation)
                .list("teachers", o.teachers(), PartyCodec::writeTeacher)
                .optional("workload", o.workload(), PartCodec::writeWorkload)
                .optional("estimatedDuration", o.estimatedDuration(), Encoders.STRING)
                .optional("startDate", o.startDate(), Encoders.STRING)
                .flag("flexibleStart", o.flexibleStart())
                .optional("endDate", o.endDate(), Encoders.STRING)
                .optional("registrationDeadline", o.registrationDeadline(), Encoders.STRING)
                .optional("targetGroup", o.targetGroup(), Encoders.LOCALIZED)
                .optional("entryRequirements", o.entryRequirements(), Encoders.LOCALIZED)
                .list("languages", o.languages(), Encoders.STRING)
                .optional("level", o.level(), PartCodec::writeLevel)
                .optional("participationForm", o.participationForm(), Encoders.TERM)
                .optional("formOfStudy", o.formOfStudy(), Encoders.TERM)
                .optional("deliveryMode", o.deliveryMode(), Encoders.TERM)
                .list("presentationFormats", o.presentationFormats(), Encoders.TERM)
                .list("keywords", o.keywords(), Encoders.STRING)
                .optional("pricing", o.pricing(), OpportunityCodec::writePricing)
                .list("learningOutcomes", o.learningOutcomes(), PartCodec::writeOutcome)
                .optional("pedagogicalApproach", o.pedagogicalApproach(), Encoders.LOCALIZED)
                .list("mainTopics", o.mainTopics(), Encoders.LOCALIZED)
                .optional("guidance", o.guidance(), Encoders.enumeration())
                .list("hoursDistribution", o.hoursDistribution(), OpportunityCodec::writeHours)
                .optional("assessmentStrategy", o.assessmentStrategy(), Encoders.LOCALIZED)
                .list("assessments", o.assessments(), PartCodec::writeAssessment)
                .list("learningActivities", o.learningActivities(), PartCodec::writeActivity)
                .list("credentialsIssued", o.credentialsIssued(), Encoders.TERM)
                .optional("credentialRequirements", o.credentialRequirements(), Encoders.LOCALIZED)
                .optional("integration", o.integration(), PartCodec::writeIntegration)
                .optional("industrySupport", o.industrySupport(), Encoders.LOCALIZED)
                .list("skills", o.skills(), PartCodec::writeSkill)
                .optional("assessingInstitution", o.assessingInstitution(), PartyCodec::writeOrganisation)
                .list("developingPartners", o.developingPartners(), PartyCodec::writeOrganisation)
                .optional("heroesActivity", o.heroesActivity(), Encoders.enumeration())
                .flag("projectFunded", o.projectFunded())
                .list("qualityAssurance", o.qualityAssurance(), PartCodec::writeQualityAssurance)
                .optional("furtherInformation", o.furtherInformation(), Encoders.LOCALIZED)
                .optional("homepage", o.homepage(), Encoders.STRING)
                .list("confirmations", o.confirmations(), PartCodec::writeConfirmation);
    }

    static JsonNode writeNested(LearningOpportunity o) {
        return write(JsonOut.object(), o).done();
    }

    static LearningPathway readLearningPathway(JsonIn in) throws CredentialParseException {
        var id = in.required("id", Decoders.ABSOLUTE_URI);
        var title = in.required("title", Decoders.LOCALIZED);
        var courses = in.list("courses", OpportunityCodec::readNested);
        var mc = in.optional("microCredential", Decoders.ABSOLUTE_URI);
        boolean fixed = in.flag("fixed");
        var justification = in.optional("fixedJustification", Decoders.LOCALIZED);
        return in.build(() -> new LearningPathway(id, title, courses, mc, fixed, justification));
    }

    static JsonOut writeLearningPathway(JsonOut out, LearningPathway p) {
        return out.put("id", p.id(), Encoders.STRING).put("title", p.title(), Encoders.LOCALIZED)
                .list("courses", p.courses(), OpportunityCodec::writeNested)
                .optional("microCredential", p.microCredential(), Encoders.STRING)
                .flag("fixed", p.fixed())
                .optional("fixedJustification", p.fixedJustification(), Encoders.LOCALIZED);
    }

    static MicroCredentialPathway readMicroCredentialPathway(JsonIn in) throws CredentialParseException {
        var id = in.required("id", Decoders.ABSOLUTE_URI);
        var title = in.required("title", Decoders.LOCALIZED);
        var mcs = in.list("microCredentials", OpportunityCodec::readNested);
        var target = in.optional("target", Decoders.LOCALIZED);
        var credits = in.optional("targetCredits", Decoders.ECTS);
        var level = in.optional("targetLevel", PartCodec::readLevel);
        return in.build(() -> new MicroCredentialPathway(id, title, mcs, target, credits, level));
    }

    static JsonOut writeMicroCredentialPathway(JsonOut out, MicroCredentialPathway p) {
        return out.put("id", p.id(), Encoders.STRING).put("title", p.title(), Encoders.LOCALIZED)
                .list("microCredentials", p.microCredentials(), OpportunityCodec::writeNested)
                .optional("target", p.target(), Encoders.LOCALIZED)
                .optional("targetCredits", p.targetCredits(), Encoders.ECTS)
                .optional("targetLevel", p.targetLevel(), PartCodec::writeLevel);
    }

    static CourseDesign readCourseDesign(JsonIn in) throws CredentialParseException {
        var opportunity = in.required("opportunity", OpportunityCodec::readNested);
        var items = in.optional("items", OpportunityCodec::readItems).orElse(Map.of());
        return in.build(() -> new CourseDesign(opportunity, items));
    }

    private static Map<DesignItem, LocalizedString> readItems(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        if (!node.isObject()) {
            throw Decoders.wrongType(node, pointer, "an object of design items by section number");
        }
        Map<DesignItem, LocalizedString> items = new EnumMap<>(DesignItem.class);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String itemPointer = Pointers.member(pointer, entry.getKey());
            DesignItem item;
            try {
                item = DesignItem.bySection(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw new CredentialParseException(Problem.INVALID_VALUE, itemPointer,
                        "not a HEROES design item section (3.1 to 6.10): \"" + entry.getKey() + "\"", e);
            }
            items.put(item, Decoders.LOCALIZED.decode(entry.getValue(), itemPointer, context));
        }
        return items;
    }

    static JsonOut writeCourseDesign(JsonOut out, CourseDesign design) {
        JsonOut items = JsonOut.object();
        design.items().forEach((item, text) -> items.put(item.section(), text, Encoders.LOCALIZED));
        out.put("opportunity", design.opportunity(), OpportunityCodec::writeNested);
        return design.items().isEmpty() ? out : out.put("items", items.done(), node -> node);
    }

    private static Pricing readPricing(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var model = in.required("model", Decoders.converted("a pricing model", PricingModel::parse));
        var amount = in.optional("amount", Decoders.DECIMAL);
        var currency = in.optional("currency", CURRENCY);
        return in.build(() -> new Pricing(model, amount, currency));
    }

    private static JsonNode writePricing(Pricing p) {
        return JsonOut.object().put("model", p.model(), Encoders.TERM)
                .optional("amount", p.amount(), Encoders.DECIMAL)
                .optional("currency", p.currency(), Encoders.STRING).done();
    }

    private static HoursAllocation readHours(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        var activity = in.required("activity", Decoders.LOCALIZED);
        var hours = in.required("hours", Decoders.DURATION);
        return in.build(() -> new HoursAllocation(activity, hours));
    }

    private static JsonNode writeHours(HoursAllocation h) {
        return JsonOut.object().put("activity", h.activity(), Encoders.LOCALIZED)
                .put("hours", h.hours(), Encoders.STRING).done();
    }
}
