/**
 * JSON text in one canonical compact form, for data the model keeps as text (preserved format data).
 * Apart from {@code internal.json} so that the model can use it without a package cycle. Not API.
 */
package io.github.microcredentials.core.internal.compact;
