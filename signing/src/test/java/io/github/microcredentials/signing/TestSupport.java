package io.github.microcredentials.signing;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test resources and settings shared by the signing tests. */
final class TestSupport {

    static final URI EXAMPLES_V2 = URI.create("https://www.w3.org/ns/credentials/examples/v2");
    static final URI OB_303 = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    static final URI OB_EXTENSIONS = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json");
    static final URI MC_EXTENSION = URI.create("https://microcredentials.github.io/ns/ob3/v1.jsonld");

    /** Bundled contexts plus the W3C examples context, the Open Badges 3.0.3 contexts and this library's extension. */
    static final JsonLdContexts CONTEXTS = JsonLdContexts.bundled()
            .with(EXAMPLES_V2, bytes("/contexts/www.w3.org_ns_credentials_examples_v2.jsonld"))
            .with(OB_303, bytes("/contexts/purl.imsglobal.org_spec_ob_v3p0_context-3.0.3.json"))
            .with(OB_EXTENSIONS, bytes("/contexts/purl.imsglobal.org_spec_ob_v3p0_extensions.json"))
            .with(MC_EXTENSION, bytes("/contexts/microcredentials.github.io_ns_ob3_v1.jsonld"));

    private TestSupport() {
    }

    /**
     * Raises Titanium's java.util.logging level to SEVERE (tests feed it many documents it warns
     * about). Reflection, because the module under test does not read java.logging.
     *
     * @return the logger, to be kept referenced (JUL holds loggers weakly)
     */
    static Object quietTitaniumLogging() {
        try {
            Class<?> loggerClass = Class.forName("java.util.logging.Logger");
            Class<?> levelClass = Class.forName("java.util.logging.Level");
            Object logger = loggerClass.getMethod("getLogger", String.class).invoke(null, "com.apicatalog");
            loggerClass.getMethod("setLevel", levelClass).invoke(logger, levelClass.getField("SEVERE").get(null));
            return logger;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TestSupport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject json(String resource) {
        try {
            return StrictJson.parseObject(bytes(resource));
        } catch (io.github.microcredentials.core.CredentialParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] toBytes(JsonObject object) {
        return JsonText.pretty(object).getBytes(StandardCharsets.UTF_8);
    }
}
