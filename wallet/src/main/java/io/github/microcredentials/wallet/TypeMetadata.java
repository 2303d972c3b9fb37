package io.github.microcredentials.wallet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A bundled SD-JWT VC type metadata document and its integrity value. */
enum TypeMetadata {
    MICRO_CREDENTIAL("micro-credential-type-metadata.json");

    private final byte[] bytes;
    private final String integrity;

    TypeMetadata(String resource) {
        try (InputStream in = TypeMetadata.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled type metadata " + resource + " is missing");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        integrity = integrity(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    String integrity() {
        return integrity;
    }

    static String integrity(byte[] document) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(document));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
