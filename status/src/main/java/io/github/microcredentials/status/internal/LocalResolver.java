package io.github.microcredentials.status.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.status.StatusListDocument;
import io.github.microcredentials.status.StatusListResolver;
import io.github.microcredentials.status.StatusRetrievalException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Status lists in a file or a directory, matched by {@code id} or by file name. */
public final class LocalResolver implements StatusListResolver {

    private final Path path;
    private Map<String, StatusListDocument> byId;
    private Map<String, StatusListDocument> byName;
    private String failure;

    /**
     * A resolver of a file or directory.
     *
     * @param path the file or directory
     */
    public LocalResolver(Path path) {
        this.path = path;
    }

    @Override
    public synchronized Optional<StatusListDocument> resolve(URI url) throws StatusRetrievalException {
        if (byId == null) {
            load();
        }
        if (failure != null) {
            throw new StatusRetrievalException(failure);
        }
        StatusListDocument found = byId.get(url.toString());
        if (found == null) {
            String segment = lastSegment(url);
            found = byName.get(segment);
            if (found == null) {
                found = byName.get(segment + ".json");
            }
        }
        return Optional.ofNullable(found);
    }

    private void load() {
        byId = new HashMap<>();
        byName = new HashMap<>();
        List<Path> files = new ArrayList<>();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                failure = "no status list file or directory " + path;
                return;
            }
            for (Path file : files) {
                if (Files.size(file) > Json.MAX_DOCUMENT_BYTES) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                StatusListDocument document = StatusListDocument.of(file.toUri(), bytes, Instant.now());
                byName.putIfAbsent(file.getFileName().toString(), document);
                try {
                    JsonNode root = Json.object(bytes);
                    Json.text(root, "id").ifPresent(id -> byId.putIfAbsent(id, document));
                } catch (IllegalArgumentException e) {
                    // Not JSON: still found by its name, and then reported as a malformed list.
                }
            }
        } catch (IOException e) {
            failure = "cannot read the status lists in " + path + ": " + e.getMessage();
        }
    }

    private static String lastSegment(URI url) {
        String p = url.getPath();
        if (p == null || p.isEmpty()) {
            return "";
        }
        int slash = p.lastIndexOf('/');
        return p.substring(slash + 1);
    }

    @Override
    public String toString() {
        return "local status lists in " + path;
    }
}
