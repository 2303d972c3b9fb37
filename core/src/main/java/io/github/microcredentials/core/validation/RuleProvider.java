package io.github.microcredentials.core.validation;

import io.github.microcredentials.core.internal.validation.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Service interface through which a module contributes the rules of its reader's findings, so that
 * they are rules like the core ones: listed by {@link Rule#all()}, set by a {@link Policy}, worded
 * by message bundles in every language the core rules ship ({@link #languages()}). The core never
 * depends on the modules that provide rules: it finds them with {@link java.util.ServiceLoader}.
 *
 * <p>A module declares its provider in {@code module-info.java}
 * ({@code provides io.github.microcredentials.core.validation.RuleProvider with …;}) and, for the
 * class path, in {@code META-INF/services/io.github.microcredentials.core.validation.RuleProvider}.
 * Its message files are UTF-8 {@code .properties} files whose keys are rule ids, or
 * {@code RULE-ID.variant} for further messages of a rule, with {@link java.text.MessageFormat}
 * patterns; every file has the keys of the English one. Rule ids must be unique across all
 * providers and the core.
 *
 * <p>Implementations need a public no-argument constructor and must be immutable.
 */
public interface RuleProvider {

    /**
     * The languages every provider ships messages in, as the core rules do: English (the base
     * file, {@code messages.properties}) and German ({@code messages_de.properties}).
     *
     * @return the languages, English first
     */
    static List<Locale> languages() {
        return Messages.SHIPPED;
    }

    /**
     * The rules, in the order listings show them.
     *
     * @return the rules with their default severities
     */
    List<RuleDefinition> rules();

    /**
     * Opens one of this provider's message files. The implementation opens its own resource, for
     * example with {@code getClass().getResourceAsStream(fileName)}, so that its package need not be
     * opened to the core module.
     *
     * @param fileName {@code messages.properties} or {@code messages_<language>.properties}, for a
     *     language of {@link #languages()}
     * @return the file's content, or {@code null} when the provider has no such file
     * @throws IOException if the file cannot be opened
     */
    @Nullable InputStream openMessages(String fileName) throws IOException;
}
