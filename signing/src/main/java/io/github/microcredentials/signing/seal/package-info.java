/** Electronic seals: JAdES (JSON) and XAdES (XML) sealing with X.509 certificates, and their verification. */
@NullMarked
package io.github.microcredentials.signing.seal;

import org.jspecify.annotations.NullMarked;
