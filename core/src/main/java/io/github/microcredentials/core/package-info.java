/**
 * Entry point of the core module: the one exception for unreadable input,
 * {@link io.github.microcredentials.core.CredentialParseException}. The model, vocabularies, ECTS
 * arithmetic, validation, native JSON and JSON-LD context registry are in the sub-packages.
 */
@NullMarked
package io.github.microcredentials.core;

import org.jspecify.annotations.NullMarked;
