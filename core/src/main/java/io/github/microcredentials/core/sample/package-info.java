/**
 * Realistic sample micro-credentials and learning opportunities, for demos, tests and
 * documentation ({@link io.github.microcredentials.core.sample.Samples}).
 */
@NullMarked
package io.github.microcredentials.core.sample;

import org.jspecify.annotations.NullMarked;
