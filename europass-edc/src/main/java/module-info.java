/**
 * Europass European Digital Credentials (European Learning Model v3, JSON-LD): writes the core
 * micro-credential model as an EDC and reads EDCs back into it. The EDC JSON-LD context is bundled
 * and contributed to {@link io.github.microcredentials.core.jsonld.JsonLdContexts}.
 */
module io.github.microcredentials.edc {
    requires transitive io.github.microcredentials.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports io.github.microcredentials.edc;

    provides io.github.microcredentials.core.jsonld.ContextProvider
            with io.github.microcredentials.edc.internal.elm.EdcContexts;
    provides io.github.microcredentials.core.validation.RuleProvider
            with io.github.microcredentials.edc.internal.read.EdcRules;
}
