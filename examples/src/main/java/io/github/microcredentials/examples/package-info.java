/** Examples of the public API, quoted by the README. */
package io.github.microcredentials.examples;
