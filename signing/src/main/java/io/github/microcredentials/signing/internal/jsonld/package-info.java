/**
 * The fast path from JSON-LD to RDF: contexts processed once into immutable active contexts, and
 * a walk over the JSON that applies JSON-LD 1.1 expansion and deserialization to RDF in one pass,
 * emitting quads directly. It covers what credentials use (term definitions with type coercion,
 * {@code @id}/{@code @vocab} values, {@code @set}, {@code @list} and {@code @language}
 * containers, type-scoped and property-scoped contexts, protected terms, compact and absolute IRIs)
 * and gives up on anything else ({@link Unsupported}), so that the caller runs the full Titanium
 * path, which then produces the output or the error. Not exported.
 *
 * @see <a href="https://www.w3.org/TR/json-ld11-api/#expansion-algorithm">JSON-LD 1.1 Expansion Algorithm</a>
 * @see <a href="https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm">Deserialize JSON-LD to RDF</a>
 */
@NullMarked
package io.github.microcredentials.signing.internal.jsonld;

import org.jspecify.annotations.NullMarked;
