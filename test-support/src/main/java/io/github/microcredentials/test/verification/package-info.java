/**
 * AssertJ assertions for verification results: today the signing module's
 * {@link io.github.microcredentials.signing.VerificationReport} (Data Integrity, VC-JWT) and
 * {@link io.github.microcredentials.seals.SealReport} (JAdES, XAdES seals, module
 * {@code microcredentials-seals}). Start with
 * {@link io.github.microcredentials.test.verification.VerificationAssertions}.
 *
 * <p>Each result type has its own small assertion class, so that when the library unifies its
 * verification results these classes follow without touching the rest of the module. Needs
 * {@code microcredentials-signing} on the test path, and {@code microcredentials-seals} for the
 * seal assertions (optional dependencies of this module).
 */
@NullMarked
package io.github.microcredentials.test.verification;

import org.jspecify.annotations.NullMarked;
