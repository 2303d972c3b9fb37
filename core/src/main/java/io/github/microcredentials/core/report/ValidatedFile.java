package io.github.microcredentials.core.report;

import io.github.microcredentials.core.validation.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One file as a CI report shows it: the path, its findings, and for each group of findings the
 * JSON document their pointers point into, so that a report can give line and column; or the
 * reason the file could not be read.
 *
 * <p>Findings of the {@link io.github.microcredentials.core.validation.Validator} point into the
 * <em>native JSON form</em> of the validated object. When the file is native JSON, that is the
 * file itself: pass its bytes with {@link Builder#findingsIn(byte[], Report)}. When the file is
 * an EDC or an Open Badge, only the reader's findings point into the file; the validator's findings
 * point into the native form and go in with {@link Builder#findings(Report)}, without a line.
 *
 * <pre>{@code
 * ReadResult<MicroCredential> read = EdcReader.create().read(bytes);
 * ValidatedFile file = ValidatedFile.builder("credentials/mc-17.jsonld")
 *         .findingsIn(bytes, read.findings())
 *         .findings(validator.validate(read.value()))
 *         .build();
 * }</pre>
 *
 * <p>Immutable; the bytes are copied.
 */
public final class ValidatedFile {

    /**
     * Findings whose pointers point into one document.
     *
     * @param report the findings
     * @param json the bytes of the JSON document the pointers point into; empty when they point
     *     into the native form of the validated object, not into the file
     */
    record Part(Report report, Optional<byte[]> json) {
    }

    private final String path;
    private final List<Part> parts;
    private final Optional<String> unreadable;

    private ValidatedFile(String path, List<Part> parts, Optional<String> unreadable) {
        this.path = path;
        this.parts = parts;
        this.unreadable = unreadable;
    }

    /**
     * Starts a file.
     *
     * @param path the path as the CI system shows it, relative to the repository root where there
     *     is one, with {@code /} as separator
     * @return a builder
     * @throws IllegalArgumentException if the path is blank
     */
    public static Builder builder(String path) {
        return new Builder(path);
    }

    /**
     * A native JSON file and its findings, every pointer pointing into the file.
     *
     * @param path the path as the CI system shows it
     * @param json the file's bytes
     * @param report the findings of reading and validating it
     * @return the file
     */
    public static ValidatedFile nativeJson(String path, byte[] json, Report report) {
        return builder(path).findingsIn(json, report).build();
    }

    /**
     * A file that could not be read, so was not validated.
     *
     * @param path the path as the CI system shows it
     * @param problem why, for example the message of a {@code CredentialParseException}
     * @return the file
     */
    public static ValidatedFile unreadable(String path, String problem) {
        Objects.requireNonNull(problem, "problem");
        return new ValidatedFile(checked(path), List.of(), Optional.of(problem));
    }

    private static String checked(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("a validated file needs a path");
        }
        return path;
    }

    /**
     * The path as the CI system shows it.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Every finding of the file, in the order the groups were added.
     *
     * @return the merged report; empty for an unreadable file
     */
    public Report report() {
        Report all = Report.empty();
        for (Part part : parts) {
            all = all.merge(part.report());
        }
        return all;
    }

    /**
     * Why the file could not be read.
     *
     * @return the problem, or empty when the file was read and validated
     */
    public Optional<String> unreadable() {
        return unreadable;
    }

    /** The groups of findings, each with the document its pointers point into. */
    List<Part> parts() {
        return parts;
    }

    /**
     * Whether the file was read and no finding is an error.
     *
     * @return {@code true} when the file conforms
     */
    public boolean conforms() {
        return unreadable.isEmpty() && report().conforms();
    }

    @Override
    public String toString() {
        return "ValidatedFile[" + path + ", " + unreadable.map(p -> "unreadable: " + p)
                .orElseGet(() -> report().findings().size() + " findings") + "]";
    }

    /** Builds a {@link ValidatedFile}. */
    public static final class Builder {
        private final String path;
        private final List<Part> parts = new ArrayList<>();

        private Builder(String path) {
            this.path = checked(path);
        }

        /**
         * Adds findings whose pointers point into a JSON document: the file's own bytes.
         *
         * @param json the bytes of the document, UTF-8
         * @param report the findings
         * @return this builder
         */
        public Builder findingsIn(byte[] json, Report report) {
            return add(report, json.clone());
        }

        /**
         * Adds findings whose pointers do not point into the file: the validator's findings on a
         * document read from an EDC or Open Badges file point into the native JSON form.
         *
         * @param report the findings
         * @return this builder
         */
        public Builder findings(Report report) {
            return add(report, null);
        }

        private Builder add(Report report, byte @Nullable [] json) {
            Objects.requireNonNull(report, "report");
            parts.add(new Part(report, Optional.ofNullable(json)));
            return this;
        }

        /**
         * Builds the file.
         *
         * @return the file
         */
        public ValidatedFile build() {
            return new ValidatedFile(path, List.copyOf(parts), Optional.empty());
        }
    }
}
