package io.github.microcredentials.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.internal.report.JsonPositions;
import io.github.microcredentials.core.internal.report.Paths;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes validation reports as a SARIF 2.1.0 log, the format GitHub code scanning and most CI
 * dashboards read: one run of the tool {@code microcredentials}; every rule with its title,
 * source, default level and a link to its documentation page ({@link RuleDocumentation}); one
 * result per finding with the file, the finding's JSON Pointer as a logical location and, where
 * the pointer points into the file's JSON, its line and column (UTF-16 code units, as SARIF
 * counts by default). A pointer to an absent element is placed at its nearest existing ancestor.
 *
 * <pre>{@code
 * SarifWriter sarif = SarifWriter.builder().rules(validator.rules()).build();
 * Files.write(Path.of("validation.sarif"), sarif.write(List.of(file)));
 * }</pre>
 *
 * <p>Levels: {@code ERROR} is {@code error}, {@code WARNING} is {@code warning}, {@code INFO} is
 * {@code note}. A finding whose pointer does not point into the file (a validator finding on an
 * EDC or Open Badges file) is placed at line 1, where code-scanning viewers show the file, and its
 * logical location says that the pointer is into the native JSON form. A file that could not be
 * read becomes a tool execution notification of level {@code error}. The output is deterministic:
 * the same input gives the same bytes. Immutable and thread-safe.
 *
 * @see <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os-complete.html">SARIF 2.1.0 (errata 01)</a>
 * @see <a href="https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning">SARIF support for GitHub code scanning</a>
 */
public final class SarifWriter {

    /** The schema the log declares (OASIS SARIF 2.1.0, errata 01). */
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** The name of the tool in the log. */
    public static final String TOOL_NAME = "microcredentials";

    private static final String INFORMATION_URI = "https://github.com/microcredentials/microcredentials-java";

    /** Key of the fingerprint: the rule, the file and the pointer identify a result across runs. */
    private static final String FINGERPRINT = "microcredentials/v1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Map<Rule, Severity> rules;
    private final Optional<String> toolVersion;

    private SarifWriter(Map<Rule, Severity> rules, Optional<String> toolVersion) {
        this.rules = rules;
        this.toolVersion = toolVersion;
    }

    /**
     * Starts a writer.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the log of some files.
     *
     * @param files the validated files, in the order the log lists them
     * @return the log, UTF-8 JSON
     */
    public byte[] write(List<ValidatedFile> files) {
        try {
            return JSON.writeValueAsBytes(log(List.copyOf(files)));
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree in memory could not be written", e);
        }
    }

    /**
     * Writes the log of some files to a stream, which is left open.
     *
     * @param files the validated files, in the order the log lists them
     * @param out where to write, UTF-8
     * @throws IOException if writing to the stream fails
     */
    public void write(List<ValidatedFile> files, OutputStream out) throws IOException {
        JSON.writeValue(out, log(List.copyOf(files)));
    }

    private ObjectNode log(List<ValidatedFile> files) {
        ObjectNode log = JSON.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        List<ReportedRules.Entry> reported = ReportedRules.of(rules, files);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ObjectNode driver = run.putObject("tool").putObject("driver").put("name", TOOL_NAME)
                .put("informationUri", INFORMATION_URI);
        toolVersion.ifPresent(v -> driver.put("semanticVersion", v));
        ArrayNode ruleNodes = driver.putArray("rules");
        for (ReportedRules.Entry entry : reported) {
            ruleIndex.put(entry.id(), ruleNodes.size());
            ruleNodes.add(rule(entry));
        }
        ObjectNode invocation = run.putArray("invocations").addObject().put("executionSuccessful", true);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        ArrayNode artifacts = run.putArray("artifacts");
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (ValidatedFile file : files) {
            int artifact = artifacts.size();
            artifacts.addObject().putObject("location").put("uri", Paths.uriReference(file.path()));
            if (file.unreadable().isPresent()) {
                notification(notifications, file, artifact, "error", file.path() + ": " + file.unreadable().get());
                continue;
            }
            for (ValidatedFile.Part part : file.parts()) {
                results(results, file, artifact, part, ruleIndex);
                if (part.report().isTruncated()) {
                    notification(notifications, file, artifact, "warning",
                            file.path() + ": the cap on findings was reached; later findings are not reported");
                }
            }
        }
        return log;
    }

    private static ObjectNode rule(ReportedRules.Entry entry) {
        ObjectNode node = JSON.createObjectNode().put("id", entry.id());
        node.putObject("shortDescription").put("text", entry.title());
        if (entry.rule().isPresent()) {
            Rule rule = entry.rule().get();
            String page = RuleDocumentation.uri(rule.id()).toString();
            node.putObject("fullDescription").put("text", rule.title() + " (" + rule.source() + ")");
            node.putObject("help")
                    .put("text", rule.title() + "\nSource: " + rule.source() + "\nDocumentation: " + page)
                    .put("markdown", "**" + rule.id() + "**: " + rule.title() + "\n\nSource: " + rule.source()
                            + "\n\n[Documentation of " + rule.id() + "](" + page + ")");
            node.put("helpUri", page);
        }
        entry.severity().ifPresent(s -> node.putObject("defaultConfiguration").put("level", level(s)));
        ObjectNode properties = node.putObject("properties");
        entry.rule().ifPresent(r -> properties.put("source", r.source()));
        properties.putArray("tags").add(family(entry.id()));
        return node;
    }

    private static void results(ArrayNode results, ValidatedFile file, int artifact, ValidatedFile.Part part,
            Map<String, Integer> ruleIndex) {
        JsonPositions positions = part.json().map(JsonPositions::of).orElse(null);
        for (Finding finding : part.report().findings()) {
            ObjectNode result = results.addObject().put("ruleId", finding.ruleId())
                    .put("ruleIndex", ruleIndex.get(finding.ruleId())).put("level", level(finding.severity()));
            result.putObject("message").put("text", finding.message().isEmpty() ? finding.ruleId() : finding.message());
            ObjectNode location = result.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", Paths.uriReference(file.path())).put("index", artifact);
            region(physical, positions, finding.pointer());
            ObjectNode logical = location.putArray("logicalLocations").addObject()
                    .put("fullyQualifiedName", finding.pointer());
            logical.putObject("properties").put("pointsInto", positions == null ? "nativeJson" : "file");
            result.putObject("partialFingerprints")
                    .put(FINGERPRINT, fingerprint(finding.ruleId(), file.path(), finding.pointer()));
            ObjectNode properties = result.putObject("properties").put("jsonPointer", finding.pointer());
            finding.value().ifPresent(v -> properties.put("value", v));
            finding.source().ifPresent(s -> properties.put("source", s));
        }
    }

    private static void region(ObjectNode physical, @Nullable JsonPositions positions, String pointer) {
        Optional<JsonPositions.Position> position = positions == null ? Optional.empty() : positions.find(pointer);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", position.map(JsonPositions.Position::line).orElse(1));
        position.ifPresent(p -> region.put("startColumn", p.column()));
    }

    private static void notification(ArrayNode notifications, ValidatedFile file, int artifact, String level,
            String text) {
        ObjectNode notification = notifications.addObject().put("level", level);
        notification.putObject("message").put("text", text);
        notification.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                .put("uri", Paths.uriReference(file.path())).put("index", artifact);
    }

    static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    /** The family of rules an id belongs to, as a SARIF tag that dashboards can filter on. */
    static String family(String ruleId) {
        int dash = ruleId.indexOf('-');
        String prefix = dash < 0 ? ruleId : ruleId.substring(0, dash);
        switch (prefix) {
            case "CR":
                return "council-recommendation-2022";
            case "ECTS":
                return "ects";
            case "HE":
                return "heroes";
            case "DP":
                return "digiprof";
            default:
                return "reader";
        }
    }

    private static String fingerprint(String ruleId, String path, String pointer) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((ruleId + "\n" + path + "\n" + pointer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Builds a {@link SarifWriter}. */
    public static final class Builder {
        private Map<Rule, Severity> rules = Map.of();
        private @Nullable String toolVersion;

        private Builder() {
        }

        /**
         * Sets the rules the validator ran, with their severities, so that the log describes
         * every rule that was checked, not only those that found something; typically
         * {@code validator.rules()}. Rules that a finding names are described in any case.
         *
         * @param value the rules and their severities, in rule order
         * @return this builder
         */
        public Builder rules(Map<Rule, Severity> value) {
            rules = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(value, "rules")));
            return this;
        }

        /**
         * Sets the version the log gives the tool.
         *
         * @param value a semantic version such as {@code "0.1.0"}, or {@code null} for none
         * @return this builder
         */
        public Builder toolVersion(@Nullable String value) {
            toolVersion = value;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         */
        public SarifWriter build() {
            return new SarifWriter(rules, Optional.ofNullable(toolVersion));
        }
    }
}
