package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.vocab.Term;
import io.github.microcredentials.core.vocab.Vocabulary;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import io.github.microcredentials.edc.internal.elm.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ELM {@code Note}: a text with an optional subject concept. The library's own notes (see
 * {@link NoteSubject}) are recognised by their subject; reading a note's content marks it read,
 * and a note nobody reads is reported whole.
 *
 * <p>A note with several subjects has no subject this reader acts on: ELM allows one
 * ({@code subject} [0..1]), and JSON-LD makes such a note of two notes that share an identifier
 * (one node, the subjects and texts of both). Recognising it by one of its subjects would read the
 * text of the other note as that subject's datum; it is an unrecognised note, reported and
 * preserved as it is.
 */
final class NoteValue {

    private final Obj obj;
    /** The one subject, empty for none and for several. */
    private final Optional<ConceptValue> subject;
    private final boolean hasSubject;
    private final Obj.Item literal;

    private NoteValue(Obj obj) {
        this.obj = obj;
        obj.expectType("Note");
        obj.auxiliaryId();
        int subjects = obj.items("subject").size();
        this.hasSubject = subjects > 0;
        this.subject = subjects == 1 ? ConceptValue.read(obj, "subject") : Optional.empty();
        this.literal = obj.item("noteLiteral").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY,
                obj.pointer(), "a note without \"noteLiteral\""));
    }

    static List<NoteValue> all(Obj parent, String member) {
        List<NoteValue> notes = new ArrayList<>();
        parent.objects(member).forEach(o -> notes.add(new NoteValue(o)));
        return notes;
    }

    static Optional<NoteValue> one(Obj parent, String member) {
        return parent.object(member).map(NoteValue::new);
    }

    /** The library note subject, if the subject is one. */
    Optional<NoteSubject> field() {
        return subject.flatMap(s -> NoteSubject.of(s.id()));
    }

    boolean is(NoteSubject field) {
        return field().filter(field::equals).isPresent();
    }

    /** Whether the note has a subject (one, or several: then {@link #subject()} is empty). */
    boolean hasSubject() {
        return hasSubject;
    }

    /** The vocabulary term the subject names, if it names a known term of this vocabulary. */
    <T extends Term> Optional<T> term(Vocabulary<T> vocabulary) {
        return subject.flatMap(s -> Terms.named(vocabulary, s.id()));
    }

    /** The subject, if the note has exactly one. */
    Optional<ConceptValue> subject() {
        return subject;
    }

    LocalizedString text() {
        subject.ifPresent(ConceptValue::known);
        return Texts.text(obj.state(), literal).orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY,
                literal.pointer(), "a note without text"));
    }

    /** The text of a note about a value without a language (a name, a code, a date). */
    String single() {
        subject.ifPresent(ConceptValue::known);
        return Texts.single(obj.state(), literal).orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY,
                literal.pointer(), "a note without text"));
    }

    /**
     * The code, IRI or date a library note carries: its text tagged {@code zxx} (as the writer
     * writes them), else as {@link #single()}.
     */
    String code() {
        subject.ifPresent(ConceptValue::known);
        return Texts.code(obj.state(), literal).orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY,
                literal.pointer(), "a note without text"));
    }

    /** Marks the note read: it was recognised by its subject, its text is the subject's label. */
    void read() {
        subject.ifPresent(ConceptValue::known);
        obj.state().consumeTree(literal.value());
    }

    String pointer() {
        return obj.pointer();
    }

    /** Reports the note as not carried. */
    void unmapped() {
        obj.state().unmapped(obj.pointer(), "note");
        obj.state().consumeTree(obj.node());
    }
}
