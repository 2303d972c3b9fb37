package io.github.microcredentials.signing.internal.rdf;

import io.github.microcredentials.core.jsonld.BundledContextProvider;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON-LD contexts of Data Integrity, Multikey, the security vocabulary and DID documents.
 * Sources and licences: {@code SOURCES.md} beside the files.
 */
public final class SigningContexts extends BundledContextProvider {

    private static final String DIR = "/io/github/microcredentials/signing/internal/contexts/";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public SigningContexts() {
        super(Map.of(
                URI.create("https://w3id.org/security/data-integrity/v1"), "w3id.org_security_data-integrity_v1.jsonld",
                URI.create("https://w3id.org/security/data-integrity/v2"), "w3id.org_security_data-integrity_v2.jsonld",
                URI.create("https://w3id.org/security/multikey/v1"), "w3id.org_security_multikey_v1.jsonld",
                URI.create("https://w3id.org/security/v1"), "w3id.org_security_v1.jsonld",
                URI.create("https://w3id.org/security/v2"), "w3id.org_security_v2.jsonld",
                URI.create("https://w3id.org/security/suites/ed25519-2020/v1"), "w3id.org_security_suites_ed25519-2020_v1.jsonld",
                URI.create("https://www.w3.org/ns/did/v1"), "www.w3.org_ns_did_v1.jsonld"));
    }

    @Override
    protected @Nullable InputStream openResource(String name) {
        return SigningContexts.class.getResourceAsStream(DIR + name);
    }
}
