package io.github.microcredentials.openbadges;

import java.net.URI;

/** The identifiers an Open Badges 3.0 credential declares. */
public final class OpenBadges {

    /** The W3C Verifiable Credentials Data Model 2.0 context, first in every OB 3.0 credential. */
    public static final URI VC_V2_CONTEXT = URI.create("https://www.w3.org/ns/credentials/v2");

    /** The current Open Badges 3.0 context. */
    public static final URI CONTEXT = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private OpenBadges() {
    }
}
