package io.github.microcredentials.core.internal.jsonld;

import io.github.microcredentials.core.jsonld.BundledContextProvider;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The W3C Verifiable Credentials contexts, which every credential format of the library needs:
 * Data Model 1.1 (Europass EDC) and 2.0 (Open Badges 3.0). Sources and licence: {@code SOURCES.md}
 * beside the files.
 */
public final class CoreContexts extends BundledContextProvider {

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public CoreContexts() {
        super(Map.of(
                URI.create("https://www.w3.org/2018/credentials/v1"), "www.w3.org_2018_credentials_v1.jsonld",
                URI.create("https://www.w3.org/ns/credentials/v2"), "www.w3.org_ns_credentials_v2.jsonld",
                URI.create("https://www.w3.org/ns/credentials/undefined-terms/v2"),
                "www.w3.org_ns_credentials_undefined-terms_v2.jsonld"));
    }

    @Override
    protected @Nullable InputStream openResource(String name) {
        return CoreContexts.class.getResourceAsStream(name);
    }
}
