/**
 * Electronic seals on credential documents and their verification: JAdES (JSON) and XAdES (XML),
 * levels B, T, LT and LTA, with an RFC 3161 time-stamp client, offline apart from the time-stamp
 * authority. The seal API is the package {@code io.github.microcredentials.seals}.
 *
 * <p>Santuario (XML canonicalization and XML-DSig) is needed here only, so that users of Data
 * Integrity and VC-JWT ({@code microcredentials-signing}) do not get it; Bouncy Castle does the
 * cryptography, the certificates and the time-stamp tokens.
 */
@SuppressWarnings("requires-automatic") // Santuario is an automatic module
module io.github.microcredentials.seals {
    requires transitive io.github.microcredentials.signing;
    requires transitive io.github.microcredentials.core;
    requires static transitive org.jspecify;
    requires jakarta.json;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.apache.santuario.xmlsec;
    requires java.xml;
    requires java.net.http;

    exports io.github.microcredentials.seals;
}
