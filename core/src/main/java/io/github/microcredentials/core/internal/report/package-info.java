/** The helpers of the report writers; not exported. */
@NullMarked
package io.github.microcredentials.core.internal.report;

import org.jspecify.annotations.NullMarked;
