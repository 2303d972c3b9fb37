/**
 * An EDC as RDF statements and back, with the EDC contexts: what the preserved data and the shape
 * check work on (implementation, not exported).
 */
@NullMarked
package io.github.microcredentials.edc.internal.graph;

import org.jspecify.annotations.NullMarked;
