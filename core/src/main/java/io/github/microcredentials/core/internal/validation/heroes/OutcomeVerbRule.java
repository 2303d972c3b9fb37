package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.internal.validation.VerbLexicon;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.MicroCredential;
import java.util.List;
import java.util.Optional;

/**
 * HE-LO-VERB: a learning outcome starts with an observable active verb of Bloom's revised taxonomy
 * ("design", "evaluate"), not a vague one ("know", "understand", "be aware of"). The outcome's
 * structured verb is checked when it has one, otherwise the first words of its English text after a
 * lead-in such as "The learner will be able to". Outcomes with neither are not checked: the verb
 * lists are English.
 */
public final class OutcomeVerbRule extends Check {

    /** Creates the rule. */
    public OutcomeVerbRule() {
        super("HE-LO-VERB", "A learning outcome starts with an observable active verb (Bloom's revised taxonomy)",
                Sources.HEROES + " §3.7, §3.8", Target.CREDENTIAL, Target.OPPORTUNITY);
    }

    @Override
    public void credential(MicroCredential credential, Sink sink) {
        check(credential.learningOutcomes(), sink);
    }

    @Override
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
        check(opportunity.learningOutcomes(), sink);
    }

    private static void check(List<LearningOutcome> outcomes, Sink sink) {
        VerbLexicon lexicon = VerbLexicon.get();
        for (int i = 0; i < outcomes.size(); i++) {
            LearningOutcome outcome = outcomes.get(i);
            Optional<String> english = outcome.text().get("en");
            String text = outcome.verb().orElse(english.orElse(null));
            if (text == null) {
                continue;
            }
            VerbLexicon.Verdict verdict = lexicon.classify(text);
            if (verdict.kind() == VerbLexicon.Kind.OBSERVABLE) {
                continue;
            }
            String pointer = "/learningOutcomes/" + i + (outcome.verb().isPresent() ? "/verb" : "/text/en");
            if (verdict.kind() == VerbLexicon.Kind.VAGUE) {
                sink.reportVariant("vague", pointer, verdict.words(), outcome.id(), verdict.words());
            } else {
                sink.report(pointer, verdict.words(), outcome.id(), verdict.words());
            }
        }
    }
}
