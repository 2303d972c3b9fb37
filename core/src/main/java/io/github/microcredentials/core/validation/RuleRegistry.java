package io.github.microcredentials.core.validation;

import io.github.microcredentials.core.internal.validation.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Every rule: the validation rules ({@link Checks}), the core reader's rule and the reader rules
 * that modules contribute through {@link RuleProvider}, with the message patterns of each shipped
 * language. Contributed rules are looked up once, on first use, so that building a validator never
 * pays for it. Immutable once loaded; the pattern cache holds at most one entry per shipped language.
 */
final class RuleRegistry {

    /** The rule of the native format's reader, defined by the core itself. */
    static final RuleDefinition UNKNOWN_PROPERTY = new RuleDefinition(
            new Rule("JSON-UNKNOWN-PROPERTY", "Every member of a native document is one the format defines",
                    "microcredentials native JSON format"),
            Severity.WARNING);

    private static final Map<Locale, Map<String, String>> CORE_PATTERNS = new ConcurrentHashMap<>();
    private static final Map<Locale, Map<String, String>> ALL_PATTERNS = new ConcurrentHashMap<>();

    private static volatile @Nullable Contributed contributed;

    /** What the providers contribute, in a fixed order. */
    private record Contributed(List<RuleDefinition> rules, Map<String, RuleDefinition> byId, List<Rule> all,
            List<RuleProvider> providers) {
    }

    private RuleRegistry() {
    }

    /** Every rule: validation rules in report order, then reader rules. */
    static List<Rule> all() {
        return contributed().all();
    }

    /** A rule by id, whatever its kind. */
    static Optional<Rule> byId(String id) {
        Optional<Rule> check = Checks.byId(id).map(Checks::rule);
        if (check.isPresent()) {
            return check;
        }
        RuleDefinition reader = contributed().byId().get(id);
        return reader == null ? Optional.empty() : Optional.of(reader.rule());
    }

    /** A reader rule by id. */
    static Optional<RuleDefinition> readerRule(String id) {
        return Optional.ofNullable(contributed().byId().get(id));
    }

    /** The reader rules: the core's, then the contributed ones. */
    static List<RuleDefinition> readerRules() {
        return contributed().rules();
    }

    /** The messages of the validation rules in a locale (no provider is looked up). */
    static Messages validationMessages(Locale locale) {
        Locale language = Messages.bundleLanguage(locale);
        return new Messages(locale, CORE_PATTERNS.computeIfAbsent(language, RuleRegistry::corePatterns));
    }

    /** The messages of every rule in a locale. */
    static Messages allMessages(Locale locale) {
        Locale language = Messages.bundleLanguage(locale);
        return new Messages(locale, ALL_PATTERNS.computeIfAbsent(language, RuleRegistry::allPatterns));
    }

    /** A provider's own file of one language, without fallback; empty when it has none. */
    static Map<String, String> providerBundle(RuleProvider provider, Locale language) {
        String file = Messages.fileName(language);
        try (InputStream in = provider.openMessages(file)) {
            return in == null ? Map.of() : Messages.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the messages " + file + " of " + provider.getClass().getName(), e);
        }
    }

    private static Map<String, String> corePatterns(Locale language) {
        Map<String, String> patterns = new HashMap<>(Messages.read("messages"));
        if (!language.equals(Locale.ENGLISH)) {
            patterns.putAll(Messages.read("messages_" + language.getLanguage()));
        }
        return Map.copyOf(patterns);
    }

    private static Map<String, String> allPatterns(Locale language) {
        Map<String, String> patterns = new HashMap<>(corePatterns(language));
        for (RuleProvider provider : contributed().providers()) {
            patterns.putAll(providerBundle(provider, Locale.ENGLISH));
            if (!language.equals(Locale.ENGLISH)) {
                patterns.putAll(providerBundle(provider, language));
            }
        }
        return Map.copyOf(patterns);
    }

    private static Contributed contributed() {
        Contributed loaded = contributed;
        if (loaded == null) {
            synchronized (RuleRegistry.class) {
                loaded = contributed;
                if (loaded == null) {
                    loaded = load();
                    contributed = loaded;
                }
            }
        }
        return loaded;
    }

    private static Contributed load() {
        List<RuleProvider> providers = new ArrayList<>();
        ServiceLoader.load(RuleProvider.class, RuleProvider.class.getClassLoader()).forEach(providers::add);
        // Class-path order differs between setups; listings must not.
        providers.sort(Comparator.comparing(p -> p.getClass().getName()));
        Map<String, RuleDefinition> byId = new LinkedHashMap<>();
        add(byId, UNKNOWN_PROPERTY, "the core");
        for (RuleProvider provider : providers) {
            for (RuleDefinition definition : provider.rules()) {
                add(byId, definition, provider.getClass().getName());
            }
        }
        List<Rule> all = new ArrayList<>(Checks.rules());
        byId.values().forEach(d -> all.add(d.rule()));
        return new Contributed(List.copyOf(byId.values()), Collections.unmodifiableMap(byId), List.copyOf(all),
                List.copyOf(providers));
    }

    private static void add(Map<String, RuleDefinition> byId, RuleDefinition definition, String from) {
        String id = definition.rule().id();
        if (Checks.byId(id).isPresent() || byId.putIfAbsent(id, definition) != null) {
            throw new IllegalStateException("the rule id " + id + " of " + from + " is already taken");
        }
    }
}
