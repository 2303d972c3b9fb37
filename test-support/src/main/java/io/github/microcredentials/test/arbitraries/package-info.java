/**
 * jqwik arbitraries of the micro-credential model for users' property tests: documents valid under
 * every shipped profile ({@link io.github.microcredentials.test.arbitraries.MicroCredentials#valid()},
 * {@link io.github.microcredentials.test.arbitraries.LearningOpportunities#valid()},
 * {@link io.github.microcredentials.test.arbitraries.Pathways},
 * {@link io.github.microcredentials.test.arbitraries.CourseDesigns}) and documents that violate one
 * named rule ({@link io.github.microcredentials.test.arbitraries.Violations#of(String)}).
 *
 * <p>The arbitraries build documents through the model's public builders from parts that are each
 * valid on their own, so jqwik's shrinking never leaves the valid (or violating) space.
 */
@NullMarked
package io.github.microcredentials.test.arbitraries;

import org.jspecify.annotations.NullMarked;
