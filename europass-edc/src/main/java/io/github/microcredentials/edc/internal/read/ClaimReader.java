package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.LearningActivity;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Teacher;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.LearningSetting;
import io.github.microcredentials.core.vocab.ParticipationForm;
import io.github.microcredentials.edc.internal.elm.LocalIds;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import io.github.microcredentials.edc.internal.elm.Schemes;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the learner's claim: a {@code LearningAchievement} (a micro-credential) or a
 * {@code LearningActivity} (a certificate of participation, read as a participation badge), with
 * its awarding process, specification, assessments, activities and notes.
 */
final class ClaimReader {

    private final MicroCredential.Builder mc;
    private final List<Organisation> awardingBodies = new ArrayList<>();
    private String awardingProcess = "";
    private Optional<OffsetDateTime> awardingDate = Optional.empty();
    private boolean kindRead;

    ClaimReader(MicroCredential.Builder mc) {
        this.mc = mc;
    }

    List<Organisation> awardingBodies() {
        return awardingBodies;
    }

    Optional<OffsetDateTime> awardingDate() {
        return awardingDate;
    }

    void achievement(Obj claim) {
        claim.auxiliaryId();
        Optional<LocalizedString> title = Texts.text(claim, "title");
        title.ifPresent(mc::title);
        Texts.text(claim, "description").ifPresent(mc::description);
        claim.object("awardedBy").ifPresent(this::awardingProcess);
        AssessmentReader assessments = new AssessmentReader(awardingProcess);
        claim.object("specifiedBy").ifPresent(spec -> qualification(spec, title, assessments));
        assessments.instances(claim);
        mc.assessments(assessments.assessments());
        assessments.overallGrade().ifPresent(mc::grade);
        List<LearningActivity> activities = new ArrayList<>();
        claim.objects("influencedBy").forEach(a -> activities.add(AssessmentReader.activity(a, awardingProcess)));
        mc.learningActivities(activities);
        notes(claim);
        claim.object("supplementaryDocument").ifPresent(d -> mc.furtherInformationUrl(PartyReader.webResource(d)));
    }

    /** A certificate of participation: its activity is the credential's single learning activity. */
    void participation(Obj claim) {
        mc.kind(CredentialKind.PROGRESSION_BADGE);
        claim.object("awardedBy").ifPresent(this::awardingProcess);
        claim.object("specifiedBy").filter(s -> !s.has("influences")).ifPresent(spec -> {
            // its type, identifier, title and volume of learning are read with the activity
            ConceptValue.read(spec, "mode").ifPresent(m -> mc.participationForm(m.term(ParticipationForm.vocabulary())));
            mc.languages(SpecReader.languages(spec));
            spec.object("homepage").ifPresent(h -> mc.furtherInformationUrl(PartyReader.webResource(h)));
        });
        LearningActivity activity = AssessmentReader.activity(claim, awardingProcess);
        mc.title(activity.title());
        activity.description().ifPresent(mc::description);
        mc.learningActivities(List.of(activity));
        notes(claim);
    }

    private void awardingProcess(Obj process) {
        process.expectType("AwardingProcess");
        awardingProcess = process.id().orElse("");
        process.objects("awardingBody").forEach(o -> awardingBodies.add(PartyReader.organisation(o)));
        mc.awardingBodies(awardingBodies);
        awardingDate = process.dateTime("awardingDate");
        Optional<Obj> location = process.object("location");
        location.ifPresent(l -> {
            PartyReader.Place place = PartyReader.location(l);
            mc.issuerCountries(place.countries());
            mc.issuerRegions(place.regions());
            place.name().ifPresent(mc::placeOfIssue);
        });
        if (location.isEmpty()) {
            // EU tools state the issuer's country (CR-M3) only on the awarding bodies.
            mc.issuerCountries(awardingBodies.stream().flatMap(b -> b.country().stream()).distinct().toList());
        }
    }

    private void qualification(Obj spec, Optional<LocalizedString> title, AssessmentReader assessments) {
        spec.expectType("Qualification", "LearningAchievementSpecification");
        spec.id().filter(id -> !LocalIds.isLocal(id)).ifPresent(id -> mc.specification(Obj.uri(id, spec.at("id"))));
        spec.item("title").ifPresent(i -> {
            if (!Texts.text(spec.state(), i).equals(title)) {
                spec.state().unmapped(i.pointer(), "specificationTitle");
            }
        });
        kindOf(spec);
        SpecReader.level(spec).ifPresent(mc::level);
        SpecReader.field(spec).ifPresent(mc::fieldOfStudy);
        mc.languages(SpecReader.languages(spec));
        ConceptValue.read(spec, "learningSetting").ifPresent(c ->
                mc.learningSetting(c.requireScheme(Schemes.LEARNING_SETTING).term(LearningSetting.vocabulary())));
        ConceptValue.read(spec, "mode").ifPresent(c -> mc.participationForm(c.term(ParticipationForm.vocabulary())));
        WorkloadDraft workload = new WorkloadDraft();
        workload.credits = SpecReader.credits(spec);
        workload.hours = spec.duration("volumeOfLearning");
        NoteValue.one(spec, "entryRequirement").ifPresent(n -> mc.prerequisites(n.text()));
        outcomes(spec);
        assessments.specifications(spec);
        new SpecNotes(mc, workload).read(NoteValue.all(spec, "additionalNote"));
        workload.build().ifPresent(mc::workload);
    }

    /**
     * The specification's learning-opportunity type gives the kind it states exactly (a course, a
     * learning programme, a micro-credential's short learning programme); a kind note of the
     * achievement, read later, names a more precise kind. Other types are not carried.
     */
    private void kindOf(Obj spec) {
        for (Obj.Item item : spec.items("dcType")) {
            ConceptValue type = ConceptValue.read(spec.state(), item);
            Optional<CredentialKind> kind = CredentialKind.vocabulary().values().stream()
                    .filter(k -> k.isLearningOpportunityTypeExact() && k.learningOpportunityType().filter(type.id()::equals).isPresent())
                    .findFirst();
            if (kind.isPresent() && !kindRead) {
                type.known();
                mc.kind(kind.get());
                kindRead = true;
            } else {
                spec.state().unmapped(item.pointer(), "type of the specification not carried");
                spec.state().consumeTree(item.value());
            }
        }
    }

    private void outcomes(Obj spec) {
        List<LearningOutcome> outcomes = new ArrayList<>();
        for (Obj node : spec.objects("learningOutcome")) {
            if (SpecReader.isSkillTags(node)) {
                mc.skills(SpecReader.skillTags(node));
            } else {
                outcomes.add(SpecReader.outcome(node, outcomes.size()));
            }
        }
        mc.learningOutcomes(outcomes);
    }

    private void notes(Obj claim) {
        List<Teacher> teachers = new ArrayList<>();
        List<Confirmation> confirmations = new ArrayList<>();
        boolean furtherInformation = false;
        for (NoteValue note : NoteValue.all(claim, "additionalNote")) {
            Optional<CredentialKind> kind = note.term(CredentialKind.vocabulary());
            Optional<NoteSubject> field = note.field();
            if (kind.isPresent()) {
                note.read();
                mc.kind(kind.get());
            } else if (!furtherInformation && (field.filter(NoteSubject.FURTHER_INFORMATION::equals).isPresent() || isMoreInformation(note))) {
                mc.furtherInformation(note.text());
                furtherInformation = true;
            } else if (field.filter(NoteSubject.TEACHER::equals).isPresent()) {
                teachers.add(Teacher.of(note.single()));
            } else if (field.filter(NoteSubject.TEACHER_BIO::equals).isPresent() && lastWithoutBio(teachers)) {
                Teacher last = teachers.remove(teachers.size() - 1);
                teachers.add(new Teacher(last.name(), Optional.of(note.text())));
            } else if (field.filter(NoteSubject.CONFIRMATION::equals).isPresent()) {
                confirmations.add(confirmation(note));
            } else if (field.filter(f -> f == NoteSubject.CONFIRMED_BY || f == NoteSubject.CONFIRMED_AT).isPresent()
                    && !confirmations.isEmpty()) {
                confirmations.add(confirmed(confirmations.remove(confirmations.size() - 1), field.get(), note));
            } else {
                note.unmapped();
            }
        }
        mc.teachers(teachers);
        mc.confirmations(confirmations);
    }

    /** A note without subject, or with the EU tools' "More Information" subject, is further information. */
    private static boolean isMoreInformation(NoteValue note) {
        if (!note.hasSubject()) {
            return true;
        }
        if (note.subject().isEmpty()) {
            return false;
        }
        ConceptValue subject = note.subject().get();
        boolean more = LocalIds.isLocal(subject.id().toString())
                && subject.label().map(LocalizedString::text).filter(t -> t.equalsIgnoreCase("More Information")).isPresent();
        if (more) {
            subject.known();
        }
        return more;
    }

    private static boolean lastWithoutBio(List<Teacher> teachers) {
        return !teachers.isEmpty() && teachers.get(teachers.size() - 1).bio().isEmpty();
    }

    private static Confirmation confirmation(NoteValue note) {
        String[] parts = note.code().split(" ");
        for (AnnexElement element : AnnexElement.values()) {
            for (io.github.microcredentials.core.model.ConfirmationRole role : io.github.microcredentials.core.model.ConfirmationRole.values()) {
                if (parts.length == 2 && element.ruleId().equals(parts[0])
                        && role.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(parts[1])) {
                    return Confirmation.of(element, role);
                }
            }
        }
        throw Obj.unchecked(Problem.INVALID_VALUE, note.pointer(), "not a confirmation (\"<rule id> <role>\")");
    }

    private static Confirmation confirmed(Confirmation c, NoteSubject field, NoteValue note) {
        if (field == NoteSubject.CONFIRMED_BY) {
            return new Confirmation(c.element(), c.role(), Optional.of(note.single()), c.confirmedAt());
        }
        String text = note.code();
        try {
            return new Confirmation(c.element(), c.role(), c.confirmedBy(), Optional.of(OffsetDateTime.parse(text)));
        } catch (java.time.format.DateTimeParseException e) {
            throw Obj.unchecked(Problem.INVALID_VALUE, note.pointer(), "not a date-time: \"" + text + "\"");
        }
    }
}
