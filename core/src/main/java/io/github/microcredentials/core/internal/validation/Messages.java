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
 * The message bundles of the validation rules: {@code messages.properties} (English, complete)
 * and one file per further language, UTF-8, rendered with {@link MessageFormat}. Keys are rule
 * ids, or {@code RULE-ID.variant} for a rule's further messages.
 *
 * <p>Bundles are read directly rather than through {@code ResourceBundle}, because a named module
 * cannot pass a {@code ResourceBundle.Control}, and the JVM's default locale must not leak into a
 * report: a locale without a bundle gets English. Loaded once per locale; immutable afterwards.
 */
public final class Messages {

    /** The languages shipped: English (the base bundle) and German. */
    public static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final String BASE = "messages";
    private static final Map<Locale, Messages> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Map<String, String> patterns;
    /** Patterns parsed on first use, not when a validator is built. */
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();

    private Messages(Locale locale, Map<String, String> patterns) {
        this.locale = locale;
        this.patterns = patterns;
    }

    /**
     * The messages for a locale: its own bundle over the English one.
     *
     * @param locale the requested locale
     * @return the messages, cached
     */
    public static Messages forLocale(Locale locale) {
        Messages messages = CACHE.get(locale);
        if (messages == null) {
            messages = load(locale);
            Messages raced = CACHE.putIfAbsent(locale, messages);
            return raced != null ? raced : messages;
        }
        return messages;
    }

    private static Messages load(Locale locale) {
        Map<String, String> patterns = new HashMap<>(read(BASE));
        if (!locale.getLanguage().isEmpty() && !locale.getLanguage().equals("en")) {
            patterns.putAll(read(BASE + "_" + locale.getLanguage()));
            if (!locale.getCountry().isEmpty()) {
                patterns.putAll(read(BASE + "_" + locale.getLanguage() + "_" + locale.getCountry()));
            }
        }
        return new Messages(locale, Map.copyOf(patterns));
    }

    /**
     * Reads one bundle file as it is, without fallback.
     *
     * @param name the file name without {@code .properties}, for example {@code messages_de}
     * @return its keys and patterns; empty when there is no such file
     */
    public static Map<String, String> read(String name) {
        try (InputStream in = Messages.class.getResourceAsStream(name.concat(".properties"))) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                map.put(key, properties.getProperty(key));
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled messages " + name, e);
        }
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
