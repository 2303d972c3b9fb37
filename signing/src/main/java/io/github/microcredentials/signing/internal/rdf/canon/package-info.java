/**
 * RDF Dataset Canonicalization (RDFC-1.0), one class per step of the specification: the dataset
 * and its terms, Hash First Degree Quads, Hash N-Degree Quads (with the bound on its work), the
 * identifier issuer and the canonical N-Quads serialization. Built for the common case of
 * credentials (a handful of blank nodes, almost always told apart by their first-degree hashes),
 * and exact for every dataset: it passes the W3C RDFC-1.0 test suite. Not exported.
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/">RDF Dataset Canonicalization</a>
 */
@NullMarked
package io.github.microcredentials.signing.internal.rdf.canon;

import org.jspecify.annotations.NullMarked;
