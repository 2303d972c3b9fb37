/** The ELM v3 JSON-LD writer (implementation, not exported). */
@NullMarked
package io.github.microcredentials.edc.internal.write;

import org.jspecify.annotations.NullMarked;
