/**
 * The micro-credential model and everything that needs nothing but the model: controlled
 * vocabularies, exact ECTS arithmetic, validation rules and reports, the native JSON format and
 * the registry of bundled JSON-LD contexts.
 *
 * <p>Jackson is used for the native JSON format. The Jakarta Validation API is optional: it is
 * needed at run time only by applications that validate through a
 * {@code jakarta.validation.Validator}.
 */
@SuppressWarnings("module") // the qualified export names modules that are compiled after this one
module io.github.microcredentials.core {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires java.xml;
    requires static jakarta.validation;
    requires static transitive org.jspecify;

    exports io.github.microcredentials.core;
    exports io.github.microcredentials.core.ects;
    exports io.github.microcredentials.core.json;
    exports io.github.microcredentials.core.jsonld;
    exports io.github.microcredentials.core.model;
    exports io.github.microcredentials.core.report;
    exports io.github.microcredentials.core.sample;
    exports io.github.microcredentials.core.validation;
    exports io.github.microcredentials.core.validation.jakarta;
    exports io.github.microcredentials.core.vocab;
    // The strict, limited JSON parser, shared with the format modules (not API).
    exports io.github.microcredentials.core.internal.json
            to io.github.microcredentials.edc, io.github.microcredentials.openbadges, io.github.microcredentials.signing;
    // The compact form of preserved format data (not API).
    exports io.github.microcredentials.core.internal.compact
            to io.github.microcredentials.edc, io.github.microcredentials.openbadges;

    uses io.github.microcredentials.core.jsonld.ContextProvider;
    uses io.github.microcredentials.core.validation.RuleProvider;
    provides io.github.microcredentials.core.jsonld.ContextProvider
            with io.github.microcredentials.core.internal.jsonld.CoreContexts;
}
