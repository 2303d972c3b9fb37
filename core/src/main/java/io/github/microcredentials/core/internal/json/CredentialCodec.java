package io.github.microcredentials.core.internal.json;

import io.github.microcredentials.core.internal.compact.CompactJson;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.PreservedData;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.LearningSetting;
import io.github.microcredentials.core.vocab.ParticipationForm;

/** The native JSON form of an issued {@link MicroCredential}. */
final class CredentialCodec {

    static final Decoder<Language> LANGUAGE = Decoders.converted("a BCP 47 language tag", Language::parse);
    static final Decoder<IscedFCode> ISCED_F = Decoders.converted("an ISCED-F 2013 code", IscedFCode::parse);
    static final Decoder<ParticipationForm> PARTICIPATION_FORM =
            Decoders.converted("a form of participation", ParticipationForm::parse);
    static final Decoder<FormOfStudy> FORM_OF_STUDY = Decoders.converted("a form of study", FormOfStudy::parse);

    private CredentialCodec() {
    }

    static MicroCredential read(JsonIn in) throws CredentialParseException {
        MicroCredential.Builder b = MicroCredential.builder(in.required("id", Decoders.ABSOLUTE_URI));
        in.optional("kind", Decoders.converted("a credential kind", CredentialKind::parse)).ifPresent(b::kind);
        b.learner(in.optional("learner", PartyCodec::readLearner).orElse(null));
        b.title(in.optional("title", Decoders.LOCALIZED).orElse(null));
        b.description(in.optional("description", Decoders.LOCALIZED).orElse(null));
        b.issuerCountries(in.list("issuerCountries", PartCodec.COUNTRY));
        b.issuerRegions(in.list("issuerRegions", PartCodec::readRegion));
        b.awardingBodies(in.list("awardingBodies", PartyCodec::readOrganisation));
        b.issuer(in.optional("issuer", PartyCodec::readOrganisation).orElse(null));
        b.issued(in.optional("issued", Decoders.DATE_TIME).orElse(null));
        b.validUntil(in.optional("validUntil", Decoders.DATE_TIME).orElse(null));
        b.learningOutcomes(in.list("learningOutcomes", PartCodec::readOutcome));
        b.workload(in.optional("workload", PartCodec::readWorkload).orElse(null));
        b.level(in.optional("level", PartCodec::readLevel).orElse(null));
        b.assessments(in.list("assessments", PartCodec::readAssessment));
        b.participationForm(in.optional("participationForm", PARTICIPATION_FORM).orElse(null));
        b.qualityAssurance(in.list("qualityAssurance", PartCodec::readQualityAssurance));
        b.prerequisites(in.optional("prerequisites", Decoders.LOCALIZED).orElse(null));
        b.grade(in.optional("grade", PartCodec::readGrade).orElse(null));
        b.integration(in.optional("integration", PartCodec::readIntegration).orElse(null));
        b.furtherInformation(in.optional("furtherInformation", Decoders.LOCALIZED).orElse(null));
        b.furtherInformationUrl(in.optional("furtherInformationUrl", Decoders.ABSOLUTE_URI).orElse(null));
        b.languages(in.list("languages", LANGUAGE));
        b.fieldOfStudy(in.optional("fieldOfStudy", ISCED_F).orElse(null));
        b.skills(in.list("skills", PartCodec::readSkill));
        b.learningSetting(in.optional("learningSetting",
                Decoders.converted("a learning setting", LearningSetting::parse)).orElse(null));
        b.formOfStudy(in.optional("formOfStudy", FORM_OF_STUDY).orElse(null));
        b.teachers(in.list("teachers", PartyCodec::readTeacher));
        b.placeOfIssue(in.optional("placeOfIssue", Decoders.TEXT).orElse(null));
        b.learningActivities(in.list("learningActivities", PartCodec::readActivity));
        b.specification(in.optional("specification", Decoders.ABSOLUTE_URI).orElse(null));
        b.confirmations(in.list("confirmations", PartCodec::readConfirmation));
        b.credentialStatus(in.list("credentialStatus", StatusCodec::read));
        b.preserved(in.list("preserved", CredentialCodec::readPreserved));
        return in.build(b::build);
    }

    static JsonOut write(JsonOut out, MicroCredential mc) {
        out.put("id", mc.id(), Encoders.STRING);
        if (!mc.kind().equals(CredentialKind.MICRO_CREDENTIAL)) {
            out.put("kind", mc.kind(), Encoders.TERM);
        }
        return out.optional("learner", mc.learner(), PartyCodec::writeLearner)
                .optional("title", mc.title(), Encoders.LOCALIZED)
                .optional("description", mc.description(), Encoders.LOCALIZED)
                .list("issuerCountries", mc.issuerCountries(), Encoders.STRING)
                .list("issuerRegions", mc.issuerRegions(), PartCodec::writeRegion)
                .list("awardingBodies", mc.awardingBodies(), PartyCodec::writeOrganisation)
                .optional("issuer", mc.issuer(), PartyCodec::writeOrganisation)
                .optional("issued", mc.issued(), Encoders.DATE_TIME)
                .optional("validUntil", mc.validUntil(), Encoders.DATE_TIME)
                .list("learningOutcomes", mc.learningOutcomes(), PartCodec::writeOutcome)
                .optional("workload", mc.workload(), PartCodec::writeWorkload)
                .optional("level", mc.level(), PartCodec::writeLevel)
                .list("assessments", mc.assessments(), PartCodec::writeAssessment)
                .optional("participationForm", mc.participationForm(), Encoders.TERM)
                .list("qualityAssurance", mc.qualityAssurance(), PartCodec::writeQualityAssurance)
                .optional("prerequisites", mc.prerequisites(), Encoders.LOCALIZED)
                .optional("grade", mc.grade(), PartCodec::writeGrade)
                .optional("integration", mc.integration(), PartCodec::writeIntegration)
                .optional("furtherInformation", mc.furtherInformation(), Encoders.LOCALIZED)
                .optional("furtherInformationUrl", mc.furtherInformationUrl(), Encoders.STRING)
                .list("languages", mc.languages(), Encoders.STRING)
                .optional("fieldOfStudy", mc.fieldOfStudy(), Encoders.STRING)
                .list("skills", mc.skills(), PartCodec::writeSkill)
                .optional("learningSetting", mc.learningSetting(), Encoders.TERM)
                .optional("formOfStudy", mc.formOfStudy(), Encoders.TERM)
                .list("teachers", mc.teachers(), PartyCodec::writeTeacher)
                .optional("placeOfIssue", mc.placeOfIssue(), Encoders.STRING)
                .list("learningActivities", mc.learningActivities(), PartCodec::writeActivity)
                .optional("specification", mc.specification(), Encoders.STRING)
                .list("confirmations", mc.confirmations(), PartCodec::writeConfirmation)
                .list("credentialStatus", mc.credentialStatus(), StatusCodec::write)
                .list("preserved", mc.preserved(), CredentialCodec::writePreserved);
    }

    /** Preserved data: the format name and the format's JSON object, embedded as it is. */
    private static PreservedData readPreserved(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        String format = in.required("format", Decoders.TEXT);
        JsonNode data = in.required("data", (value, at, c) -> {
            if (!value.isObject()) {
                throw new CredentialParseException(CredentialParseException.Problem.WRONG_TYPE, at,
                        "expected an object, found " + JsonIn.kind(value));
            }
            return value;
        });
        return in.build(() -> new PreservedData(format, CompactJson.text(data)));
    }

    private static JsonNode writePreserved(PreservedData preserved) {
        return JsonOut.object().put("format", preserved.format(), Encoders.STRING)
                .put("data", CompactJson.tree(preserved.json()), node -> node).done();
    }
}
