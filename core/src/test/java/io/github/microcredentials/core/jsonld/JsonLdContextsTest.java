package io.github.microcredentials.core.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLdContextsTest {

    private static final URI VC_V2 = URI.create("https://www.w3.org/ns/credentials/v2");

    @Test
    void bundled_servesTheW3cCredentialContextsFromMemory() {
        JsonLdContexts contexts = JsonLdContexts.bundled();

        assertThat(contexts.urls()).contains(VC_V2, URI.create("https://www.w3.org/2018/credentials/v1"));
        assertThat(new String(contexts.document(VC_V2).orElseThrow(), StandardCharsets.UTF_8)).contains("\"@context\"");
    }

    @Test
    void unknownUrls_areNotServed() {
        assertThat(JsonLdContexts.bundled().document(URI.create("https://example.org/unknown"))).isEmpty();
        assertThat(JsonLdContexts.bundled().contains(URI.create("https://example.org/unknown"))).isFalse();
    }

    @Test
    void with_addsACallerContextWithoutChangingTheShared() {
        URI url = URI.create("https://example.org/ctx/v1");
        byte[] document = "{\"@context\":{}}".getBytes(StandardCharsets.UTF_8);

        JsonLdContexts extended = JsonLdContexts.bundled().with(url, document);
        document[0] = 'X';

        assertThat(extended.document(url).orElseThrow()[0]).isEqualTo((byte) '{');
        assertThat(JsonLdContexts.bundled().contains(url)).isFalse();
    }

    @Test
    void containsText_answersAsTheUriOfThatText() {
        JsonLdContexts contexts = JsonLdContexts.bundled();

        for (URI url : contexts.urls()) {
            assertThat(contexts.contains(url.toString())).as(url.toString()).isTrue();
        }
        // The text as written counts: a host in capitals or a trailing slash is another URL.
        assertThat(contexts.contains("https://WWW.w3.org/ns/credentials/v2")).isFalse();
        assertThat(contexts.contains(URI.create("https://WWW.w3.org/ns/credentials/v2"))).isFalse();
        assertThat(contexts.contains("https://www.w3.org/ns/credentials/v2/")).isFalse();
        assertThat(contexts.contains("https://www.w3.org/ns/credentials/v2 ")).isFalse();
    }

    @Test
    void document_returnsACopy() {
        byte[] first = JsonLdContexts.bundled().document(VC_V2).orElseThrow();
        first[0] = 'X';

        assertThat(JsonLdContexts.bundled().document(VC_V2).orElseThrow()[0]).isNotEqualTo((byte) 'X');
    }
}
