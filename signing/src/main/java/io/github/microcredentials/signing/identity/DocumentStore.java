package io.github.microcredentials.signing.identity;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Controller documents the caller holds, by identifier: the offline source of an
 * {@link IdentifierResolver}. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface DocumentStore {

    /** The most documents a folder store reads. */
    int MAX_FOLDER_DOCUMENTS = 10_000;

    /**
     * The document of an identifier.
     *
     * @param identifier a DID or an HTTPS URL, without fragment
     * @return the document bytes, or empty when this store does not hold it
     */
    Optional<byte[]> get(URI identifier);

    /**
     * A store that holds nothing.
     *
     * @return the store
     */
    static DocumentStore empty() {
        return id -> Optional.empty();
    }

    /**
     * Documents by identifier.
     *
     * @param documents the documents; copied
     * @return the store
     */
    static DocumentStore of(Map<URI, byte[]> documents) {
        Map<URI, byte[]> copy = new HashMap<>();
        documents.forEach((id, bytes) -> copy.put(id, bytes.clone()));
        return id -> Optional.ofNullable(copy.get(id)).map(byte[]::clone);
    }

    /**
     * Documents filed under their own {@code id} member, as they are published ({@code did.json}
     * of a {@code did:web}, the controller document of an HTTPS issuer).
     *
     * @param documents the documents, UTF-8 JSON
     * @return the store
     * @throws IllegalArgumentException if a document is not a JSON object with a string {@code id},
     *     or two documents have the same id
     */
    static DocumentStore ofDocuments(Collection<byte[]> documents) {
        Map<URI, byte[]> byId = new HashMap<>();
        int index = 0;
        for (byte[] document : documents) {
            URI id = idOf(document, "document " + index++);
            if (byId.put(id, document.clone()) != null) {
                throw new IllegalArgumentException("two documents have the id " + id);
            }
        }
        return id -> Optional.ofNullable(byId.get(id)).map(byte[]::clone);
    }

    /**
     * The documents in files ({@code *.json}) filed under their own {@code id}; a folder is read
     * (not recursively) for its {@code .json} files. Read once, now.
     *
     * @param paths files or folders
     * @return the store
     * @throws UncheckedIOException if a file cannot be read
     * @throws IllegalArgumentException if a file is not a JSON object with a string {@code id}, is
     *     larger than {@link ControllerDocument#MAX_DOCUMENT_BYTES}, two have the same id, or a folder
     *     holds more than {@link #MAX_FOLDER_DOCUMENTS} files
     */
    static DocumentStore files(List<Path> paths) {
        Map<URI, byte[]> byId = new HashMap<>();
        int[] count = {0};
        for (Path path : paths) {
            try {
                if (Files.isDirectory(path)) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(path, "*.json")) {
                        for (Path file : files) {
                            if (++count[0] > MAX_FOLDER_DOCUMENTS) {
                                throw new IllegalArgumentException(path + " holds more than " + MAX_FOLDER_DOCUMENTS + " documents");
                            }
                            add(byId, file);
                        }
                    }
                } else {
                    add(byId, path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        }
        return id -> Optional.ofNullable(byId.get(id)).map(byte[]::clone);
    }

    /**
     * This store, then another for the identifiers this one does not hold.
     *
     * @param next the fallback
     * @return the combined store
     */
    default DocumentStore orElse(DocumentStore next) {
        return id -> {
            Optional<byte[]> found = get(id);
            return found.isPresent() ? found : next.get(id);
        };
    }

    private static void add(Map<URI, byte[]> byId, Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(ControllerDocument.MAX_DOCUMENT_BYTES + 1);
        }
        if (bytes.length > ControllerDocument.MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException(file + " is larger than " + ControllerDocument.MAX_DOCUMENT_BYTES
                    + " bytes; not a controller document");
        }
        URI id = idOf(bytes, file.toString());
        if (byId.put(id, bytes) != null) {
            throw new IllegalArgumentException(file + ": another document has the id " + id);
        }
    }

    private static URI idOf(byte[] document, String name) {
        try {
            JsonObject object = StrictJson.parseObject(document);
            if (object.get("id") instanceof JsonString id) {
                return URI.create(id.getString());
            }
            throw new IllegalArgumentException(name + ": a controller document needs a string id");
        } catch (CredentialParseException e) {
            throw new IllegalArgumentException(name + ": not a JSON controller document: " + e.getMessage(), e);
        }
    }
}
