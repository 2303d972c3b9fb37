/**
 * 1EdTech Open Badges 3.0: writes the core micro-credential model as an OpenBadgeCredential and
 * reads OpenBadgeCredentials back into it.
 *
 * <p>Bundles the Open Badges 3.0 JSON-LD contexts and this library's extension context, served
 * through {@link io.github.microcredentials.core.jsonld.JsonLdContexts}.
 */
module io.github.microcredentials.openbadges {
    requires transitive io.github.microcredentials.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;
    requires java.xml;

    exports io.github.microcredentials.openbadges;
    exports io.github.microcredentials.openbadges.baking;
    exports io.github.microcredentials.openbadges.model;

    provides io.github.microcredentials.core.jsonld.ContextProvider
            with io.github.microcredentials.openbadges.internal.ObContexts;
    provides io.github.microcredentials.core.validation.RuleProvider
            with io.github.microcredentials.openbadges.internal.ObRules;
}
