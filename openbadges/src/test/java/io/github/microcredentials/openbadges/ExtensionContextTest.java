package io.github.microcredentials.openbadges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.openbadges.internal.Terms;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtensionContextTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String OB = "https://purl.imsglobal.org/spec/ob/v3p0/";

    private static JsonNode context(String url) throws IOException {
        byte[] bytes = JsonLdContexts.bundled().document(URI.create(url)).orElseThrow();
        return MAPPER.readTree(bytes).get("@context");
    }

    @Test
    void bundledRegistry_servesTheOpenBadgesContextsAndTheExtension() {
        assertThat(JsonLdContexts.bundled().urls()).contains(URI.create(OB + "context.json"),
                URI.create(OB + "context-3.0.1.json"), URI.create(OB + "context-3.0.2.json"),
                URI.create(OB + "context-3.0.3.json"), URI.create(OB + "extensions.json"),
                OpenBadges.EXTENSION_CONTEXT);
        assertThat(OpenBadges.EXTENSION_CONTEXT_URL).isEqualTo(Terms.CONTEXT);
        assertThat(OpenBadges.EXTENSION_NAMESPACE).isEqualTo(Terms.NAMESPACE);
    }

    @Test
    void extensionContext_definesExactlyTheWritersTerms_protected_inTheLibrarysNamespace() throws IOException {
        JsonNode context = context(Terms.CONTEXT);
        List<String> defined = new ArrayList<>();
        context.fieldNames().forEachRemaining(name -> {
            if (!name.startsWith("@")) {
                defined.add(name);
            }
        });

        assertThat(defined).containsExactlyElementsOf(Terms.ALL);
        assertThat(context.get("@protected").asBoolean()).isTrue();
        assertThat(context.get("@version").asDouble()).isEqualTo(1.1);
        for (String term : defined) {
            assertThat(context.get(term).get("@id").asText()).as(term).isEqualTo(Terms.NAMESPACE + term);
        }
    }

    @Test
    void extensionTerms_redefineNoTermOfTheVcAndOpenBadgesContexts() throws IOException {
        Set<String> theirs = new HashSet<>();
        for (String url : List.of("https://www.w3.org/ns/credentials/v2", OB + "context.json",
                OB + "context-3.0.1.json", OB + "context-3.0.2.json", OB + "context-3.0.3.json", OB + "extensions.json")) {
            collectTerms(context(url), theirs);
        }

        assertThat(theirs).contains("achievementType", "givenName", "identifier", "alignment");
        assertThat(Terms.ALL).doesNotContainAnyElementsOf(theirs);
    }

    /** Every term of a context, with those of its scoped contexts. */
    private static void collectTerms(JsonNode context, Set<String> terms) {
        for (Map.Entry<String, JsonNode> entry : context.properties()) {
            if (entry.getKey().startsWith("@")) {
                continue;
            }
            terms.add(entry.getKey());
            if (entry.getValue().has("@context")) {
                collectTerms(entry.getValue().get("@context"), terms);
            }
        }
    }
}
