package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.internal.di.Canonicalization;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.jsonld.FastJsonLd;
import io.github.microcredentials.signing.internal.jsonld.Unsupported;
import io.github.microcredentials.signing.internal.rdf.DocumentException;
import io.github.microcredentials.signing.internal.rdf.SafeJsonLd;
import io.github.microcredentials.signing.internal.rdf.canon.Rdfc10Canonicalizer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fast JSON-LD path on chosen cases: what it covers, where it must give way, and its context cache. */
class FastPathTest {

    private static final Object QUIET = TestSupport.quietTitaniumLogging();
    private static final SafeJsonLd FULL = new SafeJsonLd(TestSupport.CONTEXTS);
    private static final FastJsonLd FAST = FastJsonLd.of(TestSupport.CONTEXTS, FULL::options);

    private static JsonObject json(String text) throws Exception {
        return StrictJson.parseObject(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void w3cVectorAndOpenBadgesFixture_takeTheFastPath_withTheFullPathsResult() throws Exception {
        for (JsonObject document : new JsonObject[] {
            TestSupport.json("/vectors/vc-di-eddsa/eddsa-rdfc-2022.json").getJsonObject("unsignedDocument"),
            TestSupport.json("/credentials/ob3-microcredential.json")}) {
            String fast = Rdfc10Canonicalizer.sha256().canonicalize(FAST.toRdf(document)).text();

            assertThat(fast).isEqualTo(FastPathDifferentialTest.titanium(document).orElseThrow());
        }
    }

    @Test
    void vectorProofConfiguration_isCanonicalizedOnTheFastPath() throws Exception {
        JsonObject vector = TestSupport.json("/vectors/vc-di-eddsa/eddsa-rdfc-2022.json");
        JsonObject config = StrictJson.PROVIDER.createObjectBuilder(vector.getJsonObject("proofOptions")).build();

        String canonical = Rdfc10Canonicalizer.sha256().canonicalize(FAST.toRdf(config)).text();

        assertThat(canonical).isEqualTo(vector.getString("canonicalProofOptions"));
    }

    @Test
    void redefinedProtectedTerm_isRefusedByBothPaths() throws Exception {
        JsonObject document = json("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", {\"name\": \"https://example.org/name\"}],"
                + " \"type\": \"VerifiableCredential\", \"name\": \"x\"}");

        assertThatThrownBy(() -> FAST.toRdfUnchecked(document)).isInstanceOf(Unsupported.class);
        assertThatThrownBy(() -> FULL.toRdf(document, new io.github.microcredentials.signing.internal.rdf.canon.DatasetConsumer()))
                .isInstanceOf(DocumentException.class).hasMessageContaining("PROTECTED_TERM_REDEFINITION");
        // Signing and verifying refuse the inline redefinition before that (InlineContexts: an inline term must be a new name).
        assertThatThrownBy(() -> new Canonicalization(TestSupport.CONTEXTS).canonicalize(Cryptosuite.EDDSA_RDFC_2022, document))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentException.Reason.NON_PLAIN_FORM));
    }

    @Test
    void typeScopedTerm_doesNotReachANestedNodeWithoutThatType() throws Exception {
        JsonObject document = json("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": \"VerifiableCredential\","
                + " \"credentialSubject\": {\"issuer\": \"did:example:x\"}}");

        assertThatThrownBy(() -> FAST.toRdf(document)).isInstanceOf(Unsupported.class);
        assertThatThrownBy(() -> new Canonicalization(TestSupport.CONTEXTS).canonicalize(Cryptosuite.EDDSA_RDFC_2022, document))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(DocumentException.Reason.UNDEFINED_TERM));
    }

    @Test
    void idThatJsonLdWouldDropSilently_isAnErrorNow() throws Exception {
        JsonObject document = json("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": \"VerifiableCredential\","
                + " \"id\": \"https://example.org/a b\", \"name\": \"x\"}");

        assertThatThrownBy(() -> FAST.toRdf(document)).isInstanceOf(Unsupported.class);
        assertThatThrownBy(() -> new Canonicalization(TestSupport.CONTEXTS).canonicalize(Cryptosuite.EDDSA_RDFC_2022, document))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(DocumentException.Reason.DROPPED_VALUE));
    }

    @Test
    void bundledContexts_areProcessedOncePerJvm() throws Exception {
        SafeJsonLd full = new SafeJsonLd(JsonLdContexts.bundled());
        FastJsonLd first = FastJsonLd.of(JsonLdContexts.bundled(), full::options);
        JsonObject document = json("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": \"VerifiableCredential\","
                + " \"credentialSubject\": {\"id\": \"did:example:x\"}}");
        first.toRdf(document);
        int processed = first.processedContexts();

        FastJsonLd second = FastJsonLd.of(JsonLdContexts.bundled(), full::options);
        second.toRdf(document);

        assertThat(processed).isPositive();
        assertThat(second.processedContexts()).isEqualTo(processed);
    }
}
