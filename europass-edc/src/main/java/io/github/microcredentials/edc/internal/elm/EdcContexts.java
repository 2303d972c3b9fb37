package io.github.microcredentials.edc.internal.elm;

import io.github.microcredentials.core.jsonld.BundledContextProvider;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Contributes the EDC application profile context ({@code http://data.europa.eu/snb/model/context/edc-ap})
 * to the bundled JSON-LD context registry, so that EDC documents are processed without network access.
 */
public final class EdcContexts extends BundledContextProvider {

    /** The context URL every EDC declares (exactly this: {@code http}, no file suffix). */
    public static final URI EDC_AP = URI.create("http://data.europa.eu/snb/model/context/edc-ap");

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public EdcContexts() {
        super(Map.of(EDC_AP, "edc-ap-context.jsonld"));
    }

    @Override
    protected @Nullable InputStream openResource(String name) {
        return EdcContexts.class.getResourceAsStream(name);
    }
}
