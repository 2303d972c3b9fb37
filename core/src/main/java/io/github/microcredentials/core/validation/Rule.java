package io.github.microcredentials.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validation rule as callers see it: its stable id, what it checks, and the document and section
 * the requirement comes from. Findings carry the id; profiles and policies refer to rules by it.
 *
 * <p>Ids are stable across releases: {@code CR-M1} to {@code CR-M11} and {@code CR-O1} to
 * {@code CR-O5} (Council Recommendation 2022/C 243/02, Annex I), {@code ECTS-*},
 * {@code HE-*} (HEROES D6.1) and {@code DP-*} (DigiProf guidelines) are validation rules. Readers
 * report what they read but the model cannot carry as findings of reader rules:
 * {@code JSON-UNKNOWN-PROPERTY} (native format), and those the format modules contribute through
 * {@link RuleProvider} ({@code EDC-*}, {@code OB3-*}). A rule carries no severity: that comes from
 * the {@link Profile} (validation rules) or the reader rule's default ({@link RuleDefinition}), and
 * the {@link Policy} sets either.
 *
 * @param id the stable id, for example {@code "ECTS-HALF"}
 * @param title what the rule checks, in English
 * @param source the document and section, for example {@code "HEROES D6.1 §1.1"}
 */
public record Rule(String id, String title, String source) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component is blank
     */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        if (id.isBlank() || title.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id, a title and a source");
        }
    }

    /**
     * Every rule, in a fixed order: the validation rules (Council, ECTS, HEROES, DigiProf), then the
     * reader rules (the core's, then those of the modules present, by provider).
     *
     * @return an unmodifiable list
     */
    public static List<Rule> all() {
        return RuleRegistry.all();
    }

    /**
     * The validation rules, in report order (Council, ECTS, HEROES, DigiProf): those a
     * {@link Validator} runs.
     *
     * @return an unmodifiable list
     */
    public static List<Rule> validationRules() {
        return Checks.rules();
    }

    /**
     * Looks a rule up by its id.
     *
     * @param id a rule id such as {@code "CR-M6"}
     * @return the rule, or empty when no rule has that id
     */
    public static Optional<Rule> byId(String id) {
        return RuleRegistry.byId(Objects.requireNonNull(id, "id"));
    }

    /**
     * Looks a rule up by its id, for arguments that must name a rule.
     *
     * @param id a rule id
     * @return the rule
     * @throws IllegalArgumentException if no rule has that id
     */
    static Rule require(String id) {
        return RuleRegistry.byId(id).orElseThrow(
                () -> new IllegalArgumentException("no rule has the id \"" + id + "\""));
    }
}
