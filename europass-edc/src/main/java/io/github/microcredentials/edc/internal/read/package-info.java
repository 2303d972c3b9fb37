/** The ELM v3 JSON-LD readr (implementation, not exported). */
@NullMarked
package io.github.microcredentials.edc.internal.read;

import org.jspecify.annotations.NullMarked;
