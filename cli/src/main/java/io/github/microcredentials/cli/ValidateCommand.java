package io.github.microcredentials.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.validation.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Spec;

/** Validates documents against validation profiles and prints the reports. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Validate credentials, opportunities, course designs and pathways against rule profiles.",
        description = "Checks each file against the Council Recommendation 2022, ECTS, HEROES and DigiProf rules "
                + "and prints a report whose findings cite rule ids. Each file's format (native JSON, Europass EDC, "
                + "Open Badges 3.0) is detected from its content; what the reader could not carry is reported "
                + "too, and a file no reader accepts is explained reader by reader. Exit 0 when every file "
                + "conforms (no errors), 1 when one has errors, 2 when one cannot be read.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials validate credential.json",
            "  microcredentials validate --profile all --institution UCN --locale de --format json *.json"})
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--profile", split = ",", paramLabel = "NAME",
            description = "Profiles to check: council, ects, heroes, digiprof, default (council + ects) "
                    + "or all; repeatable or comma-separated (default: default).")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--institution", paramLabel = "NAME",
            description = "Check the ECTS limits of this institution (rule ECTS-INST): VIKO, TH Deggendorf, "
                    + "Fontys, Halmstad, SEAMK, Thomas More, UCN, Beja or Mendel (HEROES D6.1 Table 1).")
    String institution;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Override a rule's severity, reader rules (EDC-*, OB3-*, JSON-*) included: "
                    + "error, warning, info or off; repeatable.")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text, json for one JSON object per line, sarif (SARIF 2.1.0, for code "
                    + "scanning) or junit (JUnit XML, one test case per file and rule) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en",
            description = "Language of the messages: en or de (default: ${DEFAULT-VALUE}); others are refused.")
    String locale;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "1000",
            description = "Record at most N findings per file (default: ${DEFAULT-VALUE}).")
    int maxFindings;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to validate ('-' for standard input).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() {
        boolean jsonLines = format.equals("json");
        CiReport ci = switch (format) {
            case "text", "json" -> null;
            case "sarif" -> CiReport.sarif();
            case "junit" -> CiReport.junit();
            default -> throw new CliException(Main.USAGE,
                    "unknown output format \"" + format + "\", expected text, json, sarif or junit");
        };
        Validator validator = validator();
        int exit = Main.OK;
        for (Path file : files) {
            exit = Math.max(exit, validate(file, validator, jsonLines, ci));
        }
        if (ci != null) {
            ci.print(validator, spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return exit;
    }

    private Validator validator() {
        try {
            Validator.Builder builder = Validator.builder().maxFindings(maxFindings).locale(locale(locale));
            for (String name : profiles.isEmpty() ? List.of("default") : profiles) {
                builder.profile(Profiles.byName(name.strip()));
            }
            if (institution != null) {
                builder.profile(Profiles.institution(institution));
            }
            return builder.policy(policy()).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(Main.USAGE, e.getMessage(), e);
        }
    }

    /** A supported locale; an unknown one is refused rather than silently answered in English. */
    static Locale locale(String tag) {
        Locale requested = Locale.forLanguageTag(tag.replace('_', '-'));
        for (Locale supported : Validator.supportedLocales()) {
            if (!requested.getLanguage().isEmpty() && supported.getLanguage().equals(requested.getLanguage())) {
                return supported;
            }
        }
        throw new CliException(Main.USAGE, "unsupported --locale '" + tag + "': messages are available in "
                + Validator.supportedLocales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")));
    }

    private Policy policy() {
        Policy.Builder policy = Policy.builder();
        severities.forEach((rule, level) -> {
            if (level.equalsIgnoreCase("off")) {
                policy.disable(rule);
            } else {
                policy.severity(rule, severity(rule, level));
            }
        });
        return policy.build();
    }

    private static Severity severity(String rule, String level) {
        try {
            return Severity.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity \"" + level + "\" for " + rule
                    + ", expected error, warning, info or off", e);
        }
    }

    /** Validates one file; returns its exit code. */
    private int validate(Path file, Validator validator, boolean jsonLines, @Nullable CiReport ci) {
        PrintWriter out = spec.commandLine().getOut();
        ReadResult<Document> read;
        byte[] input;
        CredentialFormat detected;
        try {
            input = Inputs.read(file);
            detected = Formats.detect(file.toString(), input);
            // The user's policy and language apply to the reader's findings (EDC-*, OB3-*, JSON-*) too.
            read = detected.readDocument(input, validator.policy(), validator.locale());
        } catch (CliException | CredentialParseException e) {
            String message = e instanceof CliException ? e.getMessage() : file + ": " + e.getMessage();
            spec.commandLine().getErr().println("error: " + message);
            if (ci != null) {
                ci.unreadable(file, e.getMessage());
            }
            if (jsonLines) {
                out.println(json.createObjectNode().put("type", "error").put("file", file.toString())
                        .put("message", message));
            }
            return Main.USAGE;
        }
        Report validation = validator.validateDocument(read.value());
        Report report = read.findings().merge(validation);
        if (ci != null) {
            ci.add(file, input, detected, read.findings(), validation);
        } else if (jsonLines) {
            printJson(file, report, out);
        } else {
            printText(file, report, out);
        }
        return report.conforms() ? Main.OK : Main.FINDINGS;
    }

    private static void printText(Path file, Report report, PrintWriter out) {
        out.println(file + ": " + report.summary());
        report.findings().forEach(f -> out.println("  " + f));
    }

    private void printJson(Path file, Report report, PrintWriter out) {
        for (Finding f : report.findings()) {
            ObjectNode line = json.createObjectNode().put("type", "finding").put("file", file.toString())
                    .put("ruleId", f.ruleId()).put("severity", f.severity().name()).put("pointer", f.pointer())
                    .put("message", f.message());
            f.value().ifPresent(v -> line.put("value", v));
            f.source().ifPresent(s -> line.put("source", s));
            out.println(line);
        }
        out.println(json.createObjectNode().put("type", "summary").put("file", file.toString())
                .put("conforms", report.conforms()).put("errors", count(report, Severity.ERROR))
                .put("warnings", count(report, Severity.WARNING)).put("information", count(report, Severity.INFO))
                .put("truncated", report.isTruncated()));
    }

    private static int count(Report report, Severity severity) {
        return report.findings(severity).size();
    }
}
