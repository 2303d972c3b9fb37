package io.github.microcredentials.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A skill tag: a concept of a skills framework, by URI, such as an ESCO skill
 * ({@code http://data.europa.eu/esco/skill/…}). HEROES requires every course and micro-credential
 * to be tagged with ESCO skills (D6.1 §6.7, rule HE-SKILLS).
 *
 * @param uri the absolute URI of the skill concept
 * @param label the skill's preferred label, if known
 * @see <a href="https://esco.ec.europa.eu/">ESCO</a>
 */
public record Skill(URI uri, Optional<LocalizedString> label) {

    /** The namespace of ESCO skill concepts. */
    public static final String ESCO_SKILL_NAMESPACE = "http://data.europa.eu/esco/skill/";

    /**
     * Checks the URI is absolute.
     *
     * @throws IllegalArgumentException if the URI is not absolute
     */
    public Skill {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(label, "label");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("a skill URI must be absolute: " + uri);
        }
    }

    /**
     * An ESCO skill.
     *
     * @param uri the ESCO skill URI, for example
     *     {@code http://data.europa.eu/esco/skill/b7b8ad2b-5a8e-4f6d-9a0f-5b6d3f4c2f10}
     * @param englishLabel the English preferred label
     * @return the skill
     * @throws IllegalArgumentException if the URI is not absolute or the label blank
     */
    public static Skill esco(String uri, String englishLabel) {
        return new Skill(URI.create(uri), Optional.of(LocalizedString.en(englishLabel)));
    }

    /**
     * Whether this is a skill of the ESCO classification.
     *
     * @return {@code true} when the URI is in the ESCO skill namespace
     */
    public boolean isEsco() {
        return uri.toString().startsWith(ESCO_SKILL_NAMESPACE);
    }
}
