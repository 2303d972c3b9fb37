package io.github.microcredentials.core.model;

import io.github.microcredentials.core.vocab.Language;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A text in one or more languages, such as the title of a micro-credential: a map from BCP 47
 * language tag to non-blank text.
 *
 * <p>Tags are kept in canonical form and sorted, so that equal texts compare equal and write the
 * same JSON. Immutable; never empty.
 *
 * @param texts the text per language tag; copied
 */
public record LocalizedString(Map<String, String> texts) {

    /**
     * Checks and copies the texts.
     *
     * @throws IllegalArgumentException if there is no text, a tag is not BCP 47 or a text is blank
     */
    public LocalizedString {
        Objects.requireNonNull(texts, "texts");
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a localized string needs at least one language");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        texts.forEach((tag, text) -> {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("blank text for language " + tag);
            }
            if (sorted.put(new Language(tag).tag(), text) != null) {
                throw new IllegalArgumentException("two texts for language " + tag);
            }
        });
        texts = Collections.unmodifiableMap(sorted);
    }

    /**
     * A text in one language.
     *
     * @param languageTag a BCP 47 tag such as {@code "en"}
     * @param text the text, not blank
     * @return the localized string
     * @throws IllegalArgumentException if the tag is not BCP 47 or the text is blank
     */
    public static LocalizedString of(String languageTag, String text) {
        return new LocalizedString(Map.of(languageTag, text));
    }

    /**
     * A text in English.
     *
     * @param text the English text, not blank
     * @return the localized string
     * @throws IllegalArgumentException if the text is blank
     */
    public static LocalizedString en(String text) {
        return of("en", text);
    }

    /**
     * Adds or replaces the text in one language.
     *
     * @param languageTag a BCP 47 tag
     * @param text the text, not blank
     * @return a new localized string
     */
    public LocalizedString with(String languageTag, String text) {
        TreeMap<String, String> copy = new TreeMap<>(texts);
        copy.put(new Language(languageTag).tag(), text);
        return new LocalizedString(copy);
    }

    /**
     * The text in a language.
     *
     * @param languageTag a BCP 47 tag
     * @return the text, or empty when there is none in that exact language
     */
    public Optional<String> get(String languageTag) {
        return Optional.ofNullable(texts.get(new Language(languageTag).tag()));
    }

    /**
     * The text in the first of the preferred languages that has one, else in English, else the
     * first text.
     *
     * @param preferredTags BCP 47 tags, most preferred first
     * @return a text, never empty
     */
    public String preferred(List<String> preferredTags) {
        for (String tag : preferredTags) {
            Optional<String> text = get(tag);
            if (text.isPresent()) {
                return text.get();
            }
        }
        return texts.getOrDefault("en", texts.values().iterator().next());
    }

    /**
     * The text in English if there is one, else the first text.
     *
     * @return a text
     */
    public String text() {
        return preferred(List.of());
    }

    /**
     * The languages this text is available in.
     *
     * @return the canonical language tags, sorted
     */
    public Set<String> languages() {
        return texts.keySet();
    }

    /** Returns {@link #text()}. */
    @Override
    public String toString() {
        return text();
    }
}
