package io.github.microcredentials.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.internal.validation.VerbLexicon.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbLexiconTest {

    private final VerbLexicon lexicon = VerbLexicon.get();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Design a data management plan.|OBSERVABLE|design",
        "design|OBSERVABLE|design",
        "The learner will be able to evaluate agreements.|OBSERVABLE|evaluate",
        "Students can: analyse survey data|OBSERVABLE|analyse",
        "Applies statistical tests.|OBSERVABLE|applies",
        "Analyses survey data.|OBSERVABLE|analyses",
        "1. Publish a dataset|OBSERVABLE|publish",
        "Know the FAIR principles.|VAGUE|know",
        "Understand research data management.|VAGUE|understand",
        "Be aware of licensing issues.|VAGUE|be aware of",
        "The learner will be able to understand licences.|VAGUE|understand",
        "Develop an understanding of metadata.|VAGUE|develop an understanding of",
        "Develop a metadata schema.|OBSERVABLE|develop",
        "Knowledge of FAIR principles.|UNKNOWN|knowledge",
        "Familiarity with repositories|UNKNOWN|familiarity"})
    void classify(String text, Kind kind, String words) {
        VerbLexicon.Verdict verdict = lexicon.classify(text);

        assertThat(verdict.kind()).isEqualTo(kind);
        assertThat(verdict.words()).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"recall, remember", "explain, understand", "implement, apply", "differentiate, analyse",
        "critique, evaluate", "design, create"})
    void verbs_belongToTheirBloomLevel(String verb, String level) {
        assertThat(lexicon.level(verb)).hasValue(level);
    }
}
