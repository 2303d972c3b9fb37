/**
 * Fixtures the test suites of this repository share: a Bouncy Castle test PKI ({@link
 * io.github.microcredentials.testfixtures.TestPki}) and a SoftHSM2 token ({@link
 * io.github.microcredentials.testfixtures.SoftHsm}). Test scope only; the module is not published.
 */
@NullMarked
package io.github.microcredentials.testfixtures;

import org.jspecify.annotations.NullMarked;
