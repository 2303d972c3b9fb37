/** The W3C VC Data Model rules (VCDM-*) checked by the signers and verifiers; not exported. */
@NullMarked
package io.github.microcredentials.signing.internal.vcdm;

import org.jspecify.annotations.NullMarked;
