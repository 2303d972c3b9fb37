/**
 * Europass European Digital Credentials (European Learning Model v3, JSON-LD): writes the core
 * micro-credential model as an EDC and reads EDCs back into it.
 */
module io.github.microcredentials.edc {
    requires transitive io.github.microcredentials.core;
    requires static transitive org.jspecify;

    exports io.github.microcredentials.edc;
}
