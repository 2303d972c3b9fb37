package io.github.microcredentials.test.arbitraries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Files that a test generates and that are checked in: compared with the checked-in copy, or
 * written when {@code -Dmicrocredentials.regenerate=true} is given.
 */
final class GeneratedFiles {

    static final boolean REGENERATE = Boolean.getBoolean("microcredentials.regenerate");
    static final String HOW = "regenerate with: mvn -B -pl test-support -am verify -Dsurefire.failIfNoSpecifiedTests=false "
            + "-Dtest=GeneratedFilesTest -Dmicrocredentials.regenerate=true";

    private final Path folder;
    private final Map<String, byte[]> files = new TreeMap<>();

    GeneratedFiles(Path folder) {
        this.folder = folder;
    }

    void put(String name, byte[] content) {
        files.put(name, content);
    }

    Map<String, byte[]> files() {
        return files;
    }

    /** Writes the files (regenerating) or lists every difference from the checked-in ones. */
    List<String> differences() {
        List<String> problems = new ArrayList<>();
        try {
            if (REGENERATE) {
                Files.createDirectories(folder);
                try (var old = Files.walk(folder)) {
                    for (Path p : old.filter(Files::isRegularFile).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                if (REGENERATE) {
                    Files.createDirectories(path.getParent());
                    Files.write(path, file.getValue());
                } else if (!Files.exists(path)) {
                    problems.add("missing: " + path);
                } else if (!java.util.Arrays.equals(Files.readAllBytes(path), file.getValue())) {
                    problems.add("stale: " + path);
                }
            }
            if (Files.isDirectory(folder)) {
                try (var present = Files.walk(folder)) {
                    for (Path p : present.filter(Files::isRegularFile).toList()) {
                        String name = folder.relativize(p).toString().replace('\\', '/');
                        if (!files.containsKey(name)) {
                            problems.add("not generated (left over): " + p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }
}
