package io.github.microcredentials.openbadges;

import java.net.URI;

/** The identifiers an Open Badges 3.0 credential of this library declares. */
public final class OpenBadges {

    /** The W3C Verifiable Credentials Data Model 2.0 context, first in every OB 3.0 credential. */
    public static final URI VC_V2_CONTEXT = URI.create("https://www.w3.org/ns/credentials/v2");

    /** The current Open Badges 3.0 context, second in every credential the writer emits. */
    public static final URI CONTEXT = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    /** The URL of this library's extension context, version 1, as a string. */
    public static final String EXTENSION_CONTEXT_URL = "https://microcredentials.github.io/ns/ob3/v1.jsonld";

    /**
     * This library's extension context, version 1: the terms for the Annex I elements that Open
     * Badges has no term for. Bundled in the jar and served by
     * {@link io.github.microcredentials.core.jsonld.JsonLdContexts#bundled()}; a new version gets
     * a new URL, this one never changes.
     */
    public static final URI EXTENSION_CONTEXT = URI.create(EXTENSION_CONTEXT_URL);

    /** The namespace of the extension context's term IRIs. */
    public static final String EXTENSION_NAMESPACE = "https://microcredentials.github.io/vocab/terms#";

    private OpenBadges() {
    }
}
