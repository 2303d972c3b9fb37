/**
 * The registry of bundled JSON-LD context documents: processing never fetches a context from the
 * network. Modules contribute their contexts as
 * {@link io.github.microcredentials.core.jsonld.ContextProvider} services.
 */
@NullMarked
package io.github.microcredentials.core.jsonld;

import org.jspecify.annotations.NullMarked;
