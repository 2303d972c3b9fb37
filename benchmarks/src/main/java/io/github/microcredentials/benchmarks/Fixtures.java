package io.github.microcredentials.benchmarks;

import io.github.microcredentials.signing.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The benchmark fixtures. */
final class Fixtures {

    private static final String FIXTURE_ISSUER = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    private Fixtures() {
    }

    /** The 3.2 KB Open Badges 3.0 micro-credential, issued by the key's did:key. */
    static byte[] microCredential(SigningKey key) {
        String json = new String(resource("ob3-microcredential.json"), StandardCharsets.UTF_8);
        return json.replace(FIXTURE_ISSUER, key.publicKey().did().toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The CLI demo's full Annex I micro-credential as Open Badges 3.0 (8.5 KB, most nodes blank),
     * issued by the key's did:key.
     */
    static byte[] demoCredential(SigningKey key) {
        String json = new String(resource("ob3-demo-microcredential.json"), StandardCharsets.UTF_8);
        return json.replace(FIXTURE_ISSUER, key.publicKey().did().toString()).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
