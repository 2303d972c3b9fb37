package io.github.microcredentials.core.vocab;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value from a controlled vocabulary: an extensible constant.
 *
 * <p>Each vocabulary is a subclass with {@code public static final} instances for the values the
 * library knows, loaded from bundled data (no network). Parsing a value the library does not know
 * does not fail: it yields an instance for which {@link #isKnown()} is {@code false}, so that data
 * read from a newer or richer source survives a round trip unchanged. Validation decides whether
 * an unknown value is acceptable.
 *
 * <p>Two terms are equal when they are of the same vocabulary and have the same {@link #code()}.
 * Instances are immutable and thread-safe.
 */
public abstract class Term {

    private final Definition definition;

    /**
     * Creates a term from its definition; only vocabularies call this.
     *
     * @param definition the term's data
     */
    protected Term(Definition definition) {
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    /**
     * The short code of the term in this library's native format, for example {@code "6"} for EQF
     * level 6 or {@code "written-examination"}. For an unknown term this is the text it was parsed
     * from (a code or a URI).
     *
     * @return the code, never blank
     */
    public final String code() {
        return definition.code();
    }

    /**
     * The term's canonical URI: the EU vocabulary concept where the EU publishes one for exactly
     * this meaning (for example {@code http://data.europa.eu/snb/eqf/6}), otherwise this library's
     * own vocabulary URI.
     *
     * @return the URI, or empty for an unknown term that was parsed from a bare code
     */
    public final Optional<URI> uri() {
        return Optional.ofNullable(definition.uri());
    }

    /**
     * The closest concept in the EU vocabularies used by Europass (European Learning Model), which
     * may be broader than this term (several terms may share one EU concept).
     *
     * @return the EU concept URI, or empty when the EU vocabularies have no matching concept
     */
    public final Optional<URI> europassConcept() {
        return Optional.ofNullable(definition.europassConcept());
    }

    /**
     * The term that 1EdTech Open Badges 3.0 uses for this value, where it has one (for example the
     * {@code achievementType} {@code "MicroCredential"}).
     *
     * @return the Open Badges term, or empty
     */
    public final Optional<String> openBadgesTerm() {
        return Optional.ofNullable(definition.openBadgesTerm());
    }

    /**
     * The English label of the term, or its code when it has none.
     *
     * @return a human-readable label
     */
    public final String label() {
        return definition.label() == null ? code() : definition.label();
    }

    /**
     * Whether the term is one of the values bundled with this library.
     *
     * @return {@code false} for a value parsed from input that the library does not know
     */
    public final boolean isKnown() {
        return definition.known();
    }

    @Override
    public final boolean equals(@Nullable Object other) {
        return other != null && other.getClass() == getClass() && code().equals(((Term) other).code());
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + code().hashCode();
    }

    /** Returns the code, as written in the native format. */
    @Override
    public final String toString() {
        return code();
    }

    /** Extra attributes that a vocabulary file gives a term (for example a mapping to EQF). */
    final Map<String, String> attributes() {
        return definition.attributes();
    }

    /**
     * The data of one term, as loaded from a bundled vocabulary file or parsed from input.
     *
     * @param code the short code
     * @param uri the canonical URI, if any
     * @param europassConcept the closest EU concept, if any
     * @param openBadgesTerm the Open Badges 3.0 term, if any
     * @param label the English label, if any
     * @param known whether the term is bundled with the library
     * @param attributes further vocabulary-specific attributes
     */
    public record Definition(
            String code,
            @Nullable URI uri,
            @Nullable URI europassConcept,
            @Nullable String openBadgesTerm,
            @Nullable String label,
            boolean known,
            Map<String, String> attributes) {

        /** Checks the code and copies the attributes. */
        public Definition {
            Objects.requireNonNull(code, "code");
            if (code.isBlank()) {
                throw new IllegalArgumentException("a vocabulary code must not be blank");
            }
            attributes = Map.copyOf(attributes);
        }

        static Definition unknown(String text) {
            return new Definition(text, asUri(text), null, null, null, false, Map.of());
        }

        static @Nullable URI asUri(String text) {
            if (!looksLikeUri(text)) {
                return null;
            }
            try {
                return new URI(text);
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }

        static boolean looksLikeUri(String text) {
            int colon = text.indexOf(':');
            return colon > 0 && text.substring(0, colon).toLowerCase(Locale.ROOT).matches("[a-z][a-z0-9+.-]*")
                    && !text.contains(" ");
        }
    }
}
