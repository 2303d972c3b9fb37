package io.github.microcredentials.core.internal.validation;

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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of one validator or reader: patterns by key, rendered with {@link MessageFormat} in
 * one locale. Keys are rule ids, or {@code RULE-ID.variant} for a rule's further messages.
 *
 * <p>Bundles are read directly rather than through {@code ResourceBundle}, because a named module
 * cannot pass a {@code ResourceBundle.Control}, and the JVM's default locale must not leak into a
 * report: a locale without a bundle gets English. Which bundles make up the patterns (the core
 * rules' and those the format modules contribute) is decided above this class. Immutable and
 * thread-safe.
 */
public final class Messages {

    /** The languages shipped: English (the base bundle) and German. */
    public static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final Locale locale;
    private final Map<String, String> patterns;
    /** Patterns parsed on first use, not when a validator is built; bounded by the keys of the bundle. */
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();

    /**
     * Messages in a locale.
     *
     * @param locale the requested locale, used to format numbers and dates
     * @param patterns the patterns by key, already merged over the English ones
     */
    public Messages(Locale locale, Map<String, String> patterns) {
        this.locale = locale;
        this.patterns = Map.copyOf(patterns);
    }

    /**
     * The shipped language whose bundle serves a locale.
     *
     * @param locale the requested locale
     * @return one of {@link #SHIPPED}: its own language when shipped, else English
     */
    public static Locale bundleLanguage(Locale locale) {
        for (Locale shipped : SHIPPED) {
            if (shipped.getLanguage().equals(locale.getLanguage())) {
                return shipped;
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * The file name of a bundle.
     *
     * @param language a shipped language
     * @return {@code messages.properties} for English, else {@code messages_<language>.properties}
     */
    public static String fileName(Locale language) {
        return language.equals(Locale.ENGLISH) ? "messages.properties" : "messages_" + language.getLanguage() + ".properties";
    }

    /**
     * Reads one of the core rules' bundle files as it is, without fallback.
     *
     * @param name the file name without {@code .properties}, for example {@code messages_de}
     * @return its keys and patterns; empty when there is no such file
     */
    public static Map<String, String> read(String name) {
        try (InputStream in = Messages.class.getResourceAsStream(name.concat(".properties"))) {
            return in == null ? Map.of() : parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled messages " + name, e);
        }
    }

    /**
     * Parses a bundle file: UTF-8 properties.
     *
     * @param in the file's bytes; not closed
     * @return its keys and patterns
     * @throws IOException if the stream cannot be read
     */
    public static Map<String, String> parse(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> map = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            map.put(key, properties.getProperty(key));
        }
        return map;
    }

    /**
     * The locale the messages were requested for.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Renders a message.
     *
     * @param key a rule id or {@code RULE-ID.variant}
     * @param args the arguments
     * @return the message; the key and arguments when no bundle has the key (a bug the bundle test catches)
     */
    public String format(String key, Object... args) {
        MessageFormat prototype = parsed.get(key);
        if (prototype == null) {
            String pattern = patterns.get(key);
            if (pattern == null) {
                return key + " " + List.of(args);
            }
            prototype = new MessageFormat(pattern, locale);
            parsed.putIfAbsent(key, prototype);
        }
        // A MessageFormat is not thread-safe; a clone of the parsed prototype is, and is cheaper than parsing.
        return ((MessageFormat) prototype.clone()).format(args);
    }
}
