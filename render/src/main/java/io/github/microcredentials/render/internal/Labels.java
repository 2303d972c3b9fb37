package io.github.microcredentials.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The labels of the certificate in one language, with English for any key a language lacks. The
 * bundled languages are loaded once each, on first use; the set is fixed, so the cache is bounded.
 */
public final class Labels {

    /** The languages with bundled labels. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pl", "nl", "el", "bg");

    private static final Map<String, Labels> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private final String language;
    private final Locale locale;
    private final Map<String, String> patterns;

    private Labels(String language, Map<String, String> patterns) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.patterns = Map.copyOf(patterns);
    }

    /**
     * The labels of a language: bundled ones for the primary subtag, else English.
     *
     * @param languageTag a BCP 47 tag
     * @return the labels
     */
    public static Labels of(String languageTag) {
        String primary = Locale.forLanguageTag(languageTag).getLanguage();
        String key = LANGUAGES.contains(primary) ? primary : "en";
        return LOADED.computeIfAbsent(key, Labels::load);
    }

    /**
     * Whether labels are bundled for a language.
     *
     * @param languageTag a BCP 47 tag
     * @return {@code true} for the primary subtags of {@link #LANGUAGES}
     */
    public static boolean isBundled(String languageTag) {
        return LANGUAGES.contains(Locale.forLanguageTag(languageTag).getLanguage());
    }

    private static Labels load(String language) {
        Map<String, String> patterns = new HashMap<>(language.equals("en") ? Map.of() : of("en").patterns);
        patterns.putAll(read(language));
        return new Labels(language, patterns);
    }

    private static Map<String, String> read(String language) {
        try (InputStream in = Labels.class.getResourceAsStream("labels/" + language + ".properties")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("bundled labels missing: " + language));
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new HashMap<>();
            properties.stringPropertyNames().forEach(k -> out.put(k, properties.getProperty(k)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The label of a key, formatted with {@link MessageFormat} (so {@code ''} is an apostrophe).
     *
     * @param key the key
     * @param arguments the values of {@code {0}}, {@code {1}}…
     * @return the text
     * @throws IllegalArgumentException if no language has the key
     */
    public String get(String key, Object... arguments) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * Whether a key has a label.
     *
     * @param key the key
     * @return {@code true} when {@link #get} finds it
     */
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /**
     * The keys.
     *
     * @return every key, English included
     */
    public Set<String> keys() {
        return patterns.keySet();
    }

    /**
     * The language of these labels.
     *
     * @return a bundled language
     */
    public String language() {
        return language;
    }

    /**
     * The locale of dates and numbers.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The keys of a bundled language's own file, without the English fallback; for tests.
     *
     * @param language a bundled language
     * @return the keys
     */
    public static Set<String> ownKeys(String language) {
        return read(language).keySet();
    }
}
