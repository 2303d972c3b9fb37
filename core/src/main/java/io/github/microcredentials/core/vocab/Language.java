package io.github.microcredentials.core.vocab;

import java.net.URI;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * A language, by its BCP 47 tag (for example {@code "en"} or {@code "pt-BR"}): the language of a
 * learning opportunity, or the language of a text.
 *
 * <p>Europass writes languages as concepts of the EU language authority table, whose codes are the
 * ISO 639-2/T codes in upper case ({@link #europassUri()}).
 *
 * @param tag a well-formed BCP 47 language tag in its canonical form, whose language is one of ISO 639
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5646">BCP 47</a>
 */
public record Language(String tag) {

    private static final String EUROPASS_BASE = "http://publications.europa.eu/resource/authority/language/";

    /** English, the language every HEROES activity must be available in (rule HE-LANG-EN). */
    public static final Language ENGLISH = new Language("en");

    /**
     * Checks the tag and puts it in canonical form ({@code "EN-gb"} becomes {@code "en-GB"}).
     *
     * @throws IllegalArgumentException if the tag is not a well-formed BCP 47 tag with a language of
     *     ISO 639 (one with an ISO 639-2 code, as Europass needs)
     */
    public Language {
        tag = canonical(Objects.requireNonNull(tag, "tag"));
    }

    /**
     * Parses a BCP 47 tag or an EU language authority URI.
     *
     * @param text for example {@code "en"} or
     *     {@code "http://publications.europa.eu/resource/authority/language/ENG"}
     * @return the language
     * @throws IllegalArgumentException if the text names no language
     */
    public static Language parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.startsWith(EUROPASS_BASE)) {
            String code = text.substring(EUROPASS_BASE.length());
            for (String iso : Locale.getISOLanguages()) {
                if (Locale.forLanguageTag(iso).getISO3Language().equalsIgnoreCase(code)) {
                    return new Language(iso);
                }
            }
            throw new IllegalArgumentException("unknown EU language code: \"" + code + "\"");
        }
        return new Language(text);
    }

    /**
     * The primary language subtag.
     *
     * @return for example {@code "en"} for {@code "en-GB"}
     */
    public String primary() {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    /**
     * The concept of the EU language authority table that Europass credentials use.
     *
     * @return for example {@code http://publications.europa.eu/resource/authority/language/ENG}
     * @throws IllegalStateException if the language has no ISO 639-2 code
     */
    public URI europassUri() {
        try {
            return URI.create(EUROPASS_BASE + Locale.forLanguageTag(tag).getISO3Language().toUpperCase(Locale.ROOT));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("language " + tag + " has no ISO 639-2 code", e);
        }
    }

    /** Returns the tag. */
    @Override
    public String toString() {
        return tag;
    }

    private static String canonical(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.trim()).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a BCP 47 language tag: \"" + tag + "\"", e);
        }
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("language tag without a language: \"" + tag + "\"");
        }
        try {
            // Europass names languages by their ISO 639-2 code: a tag without one could be read but never written.
            locale.getISO3Language();
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("not a language of ISO 639: \"" + tag + "\"", e);
        }
        return locale.toLanguageTag();
    }
}
