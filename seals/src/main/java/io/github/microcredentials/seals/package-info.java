/** Electronic seals: JAdES (JSON) and XAdES (XML) sealing with X.509 certificates, and their verification. */
@NullMarked
package io.github.microcredentials.seals;

import org.jspecify.annotations.NullMarked;
