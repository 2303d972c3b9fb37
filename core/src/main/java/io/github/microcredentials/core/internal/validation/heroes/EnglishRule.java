package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.vocab.Language;
import java.util.List;
import java.util.Optional;

/**
 * HE-LANG-EN: HEROES activities are available in English; other languages are additional and
 * correspond to the same activity. So the activity's languages include English, and its title and
 * description, in whatever languages they are given, include an English text.
 */
public final class EnglishRule extends Check {

    /** Creates the rule. */
    public EnglishRule() {
        super("HE-LANG-EN", "HEROES activities are available in English; other languages are additional",
                Sources.HEROES + " §1.1, §1.3.4", Target.CREDENTIAL, Target.OPPORTUNITY);
    }

    @Override
    public void credential(MicroCredential credential, Sink sink) {
        check(credential.languages(), sink);
        text("/title", credential.title(), sink);
        text("/description", credential.description(), sink);
    }

    @Override
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
        check(opportunity.languages(), sink);
        text("/title", opportunity.title(), sink);
        text("/summary", opportunity.summary(), sink);
    }

    private static void check(List<Language> languages, Sink sink) {
        if (languages.isEmpty()) {
            sink.reportVariant("unstated", "/languages", null);
            return;
        }
        for (Language language : languages) {
            if (language.primary().equals("en")) {
                return;
            }
        }
        sink.report("/languages", languages, languages.toString());
    }

    private static void text(String pointer, Optional<LocalizedString> text, Sink sink) {
        if (text.isEmpty()) {
            return;
        }
        for (String tag : text.get().languages()) {
            if (tag.equals("en") || tag.startsWith("en-")) {
                return;
            }
        }
        sink.reportVariant("text", pointer, text.get().languages(), pointer.substring(1));
    }
}
