/**
 * The native JSON format of the model ({@link io.github.microcredentials.core.json.NativeJson}):
 * strict, limited reading of untrusted input and deterministic writing.
 */
@NullMarked
package io.github.microcredentials.core.json;

import org.jspecify.annotations.NullMarked;
