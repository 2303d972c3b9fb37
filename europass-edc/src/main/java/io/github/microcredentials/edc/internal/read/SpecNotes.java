package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.QualityAssuranceType;
import io.github.microcredentials.core.vocab.Stackability;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The notes of the specification: form of study, dual ECTS, and the note groups of quality
 * assurance (type, then description, agency, reference) and integration (option, then
 * description, targets). A detail note belongs to the group head before it.
 */
final class SpecNotes {

    private final MicroCredential.Builder mc;
    private final WorkloadDraft workload;
    private final List<QualityAssurance> qualityAssurance = new ArrayList<>();
    private Optional<Integration> integration = Optional.empty();
    /** The group the next detail note may belong to: "qa", "integration" or none. */
    private String group = "";

    SpecNotes(MicroCredential.Builder mc, WorkloadDraft workload) {
        this.mc = mc;
        this.workload = workload;
    }

    void read(List<NoteValue> notes) {
        for (NoteValue note : notes) {
            if (!head(note) && !detail(note)) {
                note.unmapped();
                group = "";
            }
        }
        mc.qualityAssurance(qualityAssurance);
        integration.ifPresent(mc::integration);
    }

    private boolean head(NoteValue note) {
        Optional<FormOfStudy> form = note.term(FormOfStudy.vocabulary());
        Optional<QualityAssuranceType> qa = note.term(QualityAssuranceType.vocabulary());
        Optional<Stackability> option = note.term(Stackability.vocabulary());
        if (form.isPresent()) {
            note.read();
            mc.formOfStudy(form.get());
            group = "";
        } else if (qa.isPresent()) {
            note.read();
            qualityAssurance.add(new QualityAssurance(qa.get(), Optional.empty(), Optional.empty(), Optional.empty()));
            group = "qa";
        } else if (option.isPresent() && integration.isEmpty()) {
            note.read();
            integration = Optional.of(new Integration(option.get(), List.of(), Optional.empty()));
            group = "integration";
        } else if (note.is(NoteSubject.DUAL_ECTS)) {
            workload.split = Optional.of(dual(note));
            group = "";
        } else {
            return false;
        }
        return true;
    }

    private boolean detail(NoteValue note) {
        Optional<NoteSubject> field = note.field();
        if (field.isEmpty() || group.isEmpty()) {
            return false;
        }
        if (group.equals("qa")) {
            int last = qualityAssurance.size() - 1;
            QualityAssurance qa = qualityAssurance.get(last);
            switch (field.get()) {
                case QUALITY_ASSURANCE_DESCRIPTION -> qualityAssurance.set(last, new QualityAssurance(qa.type(),
                        Optional.of(note.text()), qa.agency(), qa.reference()));
                case QUALITY_ASSURANCE_AGENCY -> qualityAssurance.set(last, new QualityAssurance(qa.type(),
                        qa.description(), Optional.of(note.text()), qa.reference()));
                case QUALITY_ASSURANCE_REFERENCE -> qualityAssurance.set(last, new QualityAssurance(qa.type(),
                        qa.description(), qa.agency(), Optional.of(Obj.uri(note.code(), note.pointer()))));
                default -> {
                    return false;
                }
            }
            return true;
        }
        Integration current = integration.orElseThrow();
        switch (field.get()) {
            case STACKABILITY_DESCRIPTION -> integration = Optional.of(new Integration(current.option(),
                    current.stackableTowards(), Optional.of(note.text())));
            case STACKABLE_TOWARDS -> integration = Optional.of(new Integration(current.option(),
                    targets(note), current.description()));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static List<URI> targets(NoteValue note) {
        List<URI> targets = new ArrayList<>();
        for (String target : note.code().trim().split("\\s+")) {
            targets.add(Obj.uri(target, note.pointer()));
        }
        return targets;
    }

    private static DualEcts dual(NoteValue note) {
        String[] parts = note.code().split(" \\+ ");
        if (parts.length != 2) {
            throw Obj.unchecked(Problem.INVALID_VALUE, note.pointer(), "not a dual ECTS note (\"<activities> + <assessment>\")");
        }
        return new DualEcts(SpecReader.ects(parts[0], note.pointer()), SpecReader.ects(parts[1], note.pointer()));
    }

}
