/**
 * The constraints of the EU's EDC SHACL shapes, checked without a SHACL engine (implementation, not exported).
 */
@NullMarked
package io.github.microcredentials.edc.internal.shape;

import org.jspecify.annotations.NullMarked;
