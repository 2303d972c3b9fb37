/** XAdES (ETSI EN 319 132-1) sealing and verification on Apache Santuario; not exported. */
@NullMarked
package io.github.microcredentials.seals.internal.xades;

import org.jspecify.annotations.NullMarked;
