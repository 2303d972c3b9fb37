/** What writer and reader share: the ELM vocabulary schemes, the library's note subjects, the bundled context. */
@NullMarked
package io.github.microcredentials.edc.internal.elm;

import org.jspecify.annotations.NullMarked;
