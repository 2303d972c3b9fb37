/**
 * Europass European Digital Credentials: the European Learning Model v3 JSON-LD mapping of a
 * micro-credential.
 *
 * @see <a href="https://europa.eu/europass/elm-browser/index.html">ELM browser</a>
 */
@NullMarked
package io.github.microcredentials.edc;

import org.jspecify.annotations.NullMarked;
