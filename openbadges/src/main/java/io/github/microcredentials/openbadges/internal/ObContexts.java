package io.github.microcredentials.openbadges.internal;

import io.github.microcredentials.core.jsonld.BundledContextProvider;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON-LD contexts an Open Badges 3.0 credential of this library references: the four
 * published OB 3.0 contexts, 1EdTech's {@code extensions.json}, and this library's own extension
 * context. Sources and licences: {@code SOURCES.md} beside the files.
 */
public final class ObContexts extends BundledContextProvider {

    private static final String OB = "https://purl.imsglobal.org/spec/ob/v3p0/";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public ObContexts() {
        super(Map.of(
                URI.create(OB + "context.json"), "purl.imsglobal.org_spec_ob_v3p0_context.json",
                URI.create(OB + "context-3.0.1.json"), "purl.imsglobal.org_spec_ob_v3p0_context-3.0.1.json",
                URI.create(OB + "context-3.0.2.json"), "purl.imsglobal.org_spec_ob_v3p0_context-3.0.2.json",
                URI.create(OB + "context-3.0.3.json"), "purl.imsglobal.org_spec_ob_v3p0_context-3.0.3.json",
                URI.create(OB + "extensions.json"), "purl.imsglobal.org_spec_ob_v3p0_extensions.json",
                URI.create(Terms.CONTEXT), "microcredentials.github.io_ns_ob3_v1.jsonld"));
    }

    @Override
    protected @Nullable InputStream openResource(String name) {
        return ObContexts.class.getResourceAsStream(name);
    }
}
