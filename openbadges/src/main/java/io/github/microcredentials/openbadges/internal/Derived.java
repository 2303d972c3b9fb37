package io.github.microcredentials.openbadges.internal;

import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LocalizedString;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Values the writer derives when the model has no data for a property Open Badges requires, and
 * that the reader recognises so that they do not come back as data: the writer and the reader
 * share this one definition.
 */
final class Derived {

    /** The language of plain strings when the achievement states no {@code inLanguage}. */
    static final String DEFAULT_LANGUAGE = "en";

    /** The pattern the official JSON Schema gives {@code inLanguage}. */
    static final Pattern IN_LANGUAGE = Pattern.compile("^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$");

    private Derived() {
    }

    /**
     * The achievement id of a credential whose model names no learning opportunity: a name-based
     * UUID URN, stable for the credential id.
     */
    static URI achievementId(URI credentialId) {
        return nameBased("achievement " + credentialId);
    }

    /** The id of the ResultDescription of the overall grade, stable for the achievement. */
    static URI gradeDescriptionId(URI achievementId) {
        return nameBased("grade " + achievementId);
    }

    /** The description Open Badges requires when the model has none: the title. */
    static String fallbackDescription(String title) {
        return title;
    }

    /** The Markdown criteria narrative: the learning outcomes achieved, else the title. */
    static String criteria(List<LearningOutcome> outcomes, String title, String language) {
        if (outcomes.isEmpty()) {
            return "Awarded for: " + title;
        }
        StringBuilder text = new StringBuilder("Learning outcomes achieved:\n");
        for (LearningOutcome outcome : outcomes) {
            text.append("\n- ").append(outcome.text().preferred(List.of(language)));
        }
        return text.toString();
    }

    /** The text of a localized string shown where Open Badges wants a plain string. */
    static String display(LocalizedString text, String language) {
        return text.preferred(List.of(language));
    }

    private static URI nameBased(String name) {
        return URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }
}
