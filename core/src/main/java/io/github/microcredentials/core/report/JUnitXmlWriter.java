package io.github.microcredentials.core.report;

import io.github.microcredentials.core.internal.report.XmlText;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes validation reports as JUnit XML, the test report format Jenkins, GitLab, Azure DevOps and
 * most CI systems show: one {@code <testsuite>} per file and in it one {@code <testcase>} per rule
 * (the rules the validator ran, then any other rule a finding names). A test case fails when its
 * rule has an {@code ERROR} finding in the file; the failure lists every finding of the rule with
 * its pointer, message, source and the link to the rule's documentation. Warnings and information
 * do not fail a test case and are listed in its {@code <system-out>}. A file that could not be read
 * has one test case, {@code read}, in error.
 *
 * <pre>{@code
 * JUnitXmlWriter junit = JUnitXmlWriter.builder().rules(validator.rules()).build();
 * Files.write(Path.of("TEST-credentials.xml"), junit.write(List.of(file)));
 * }</pre>
 *
 * <p>The output follows the JUnit XML schema of Maven Surefire as Jenkins validates it
 * ({@code junit-10.xsd}); times are {@code 0}, as validation is not timed, so the same input
 * gives the same bytes. Characters XML 1.0 cannot hold are replaced by U+FFFD. Immutable and
 * thread-safe.
 *
 * @see <a href="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd">Surefire test report schema</a>
 */
public final class JUnitXmlWriter {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Map<Rule, Severity> rules;

    private JUnitXmlWriter(Map<Rule, Severity> rules) {
        this.rules = rules;
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
     * Writes the report of some files.
     *
     * @param files the validated files; files with the same path are one test suite
     * @return the report, UTF-8 XML
     */
    public byte[] write(List<ValidatedFile> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(files, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the report of some files to a stream, which is left open.
     *
     * @param files the validated files; files with the same path are one test suite
     * @param out where to write, UTF-8
     * @throws IOException if writing to the stream fails
     */
    public void write(List<ValidatedFile> files, OutputStream out) throws IOException {
        List<Suite> suites = suites(files);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "microcredentials validate");
            xml.writeAttribute("tests", String.valueOf(suites.stream().mapToInt(s -> s.cases.size()).sum()));
            xml.writeAttribute("failures", String.valueOf(suites.stream().mapToInt(Suite::failures).sum()));
            xml.writeAttribute("errors", String.valueOf(suites.stream().mapToInt(Suite::errors).sum()));
            xml.writeAttribute("time", "0");
            for (Suite suite : suites) {
                suite.write(xml);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("the JUnit XML report could not be written", e);
        }
    }

    private List<Suite> suites(List<ValidatedFile> files) {
        Map<String, List<ValidatedFile>> byPath = new LinkedHashMap<>();
        for (ValidatedFile file : files) {
            byPath.computeIfAbsent(file.path(), p -> new ArrayList<>()).add(file);
        }
        List<Suite> suites = new ArrayList<>();
        byPath.forEach((path, group) -> suites.add(suite(path, group)));
        return suites;
    }

    private Suite suite(String path, List<ValidatedFile> group) {
        Suite suite = new Suite(path);
        for (ValidatedFile file : group) {
            if (file.unreadable().isPresent()) {
                suite.cases.add(Case.unreadable(path, file.unreadable().get()));
            }
        }
        Report report = Report.empty();
        for (ValidatedFile file : group) {
            report = report.merge(file.report());
        }
        if (!suite.cases.isEmpty() && report.findings().isEmpty()) {
            return suite;
        }
        for (ReportedRules.Entry rule : ReportedRules.of(rules, group)) {
            suite.cases.add(Case.of(path, rule, report.findings(rule.id())));
        }
        return suite;
    }

    /** The test cases of one file. */
    private static final class Suite {
        final String path;
        final List<Case> cases = new ArrayList<>();

        Suite(String path) {
            this.path = path;
        }

        int failures() {
            return (int) cases.stream().filter(c -> c.failure != null).count();
        }

        int errors() {
            return (int) cases.stream().filter(c -> c.error != null).count();
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", XmlText.clean(path));
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(failures()));
            xml.writeAttribute("errors", String.valueOf(errors()));
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            xml.writeAttribute("file", XmlText.clean(path));
            for (Case c : cases) {
                c.write(xml);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
    }

    /** One rule on one file. */
    private static final class Case {
        final String path;
        final String name;
        final String type;
        String message = "";
        @Nullable String failure;
        @Nullable String error;
        @Nullable String out;

        private Case(String path, String name, String type) {
            this.path = path;
            this.name = name;
            this.type = type;
        }

        static Case unreadable(String path, String problem) {
            Case c = new Case(path, "read", "unreadable");
            c.message = problem;
            c.error = path + ": " + problem;
            return c;
        }

        static Case of(String path, ReportedRules.Entry rule, List<Finding> findings) {
            Case c = new Case(path, rule.id() + " " + rule.title(), rule.id());
            List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            List<Finding> others = findings.stream().filter(f -> f.severity() != Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                c.message = errors.get(0).message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
                c.failure = details(rule, errors);
            }
            if (!others.isEmpty()) {
                c.out = details(rule, others);
            }
            return c;
        }

        private static String details(ReportedRules.Entry rule, List<Finding> findings) {
            StringBuilder text = new StringBuilder();
            for (Finding f : findings) {
                text.append(f).append('\n');
            }
            if (rule.rule().isPresent()) {
                text.append("Source: ").append(rule.rule().get().source()).append('\n')
                        .append("Documentation: ").append(RuleDocumentation.uri(rule.id())).append('\n');
            }
            return text.toString();
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", XmlText.clean(name));
            xml.writeAttribute("classname", XmlText.clean(path));
            xml.writeAttribute("time", "0");
            element(xml, "failure", failure);
            element(xml, "error", error);
            if (out != null) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(XmlText.clean(out));
                xml.writeEndElement();
            }
            if (failure != null || error != null || out != null) {
                xml.writeCharacters("\n    ");
            }
            xml.writeEndElement();
        }

        private void element(XMLStreamWriter xml, String element, @Nullable String text) throws XMLStreamException {
            if (text == null) {
                return;
            }
            xml.writeCharacters("\n      ");
            xml.writeStartElement(element);
            xml.writeAttribute("type", XmlText.clean(type));
            xml.writeAttribute("message", XmlText.clean(message));
            xml.writeCharacters(XmlText.clean(text));
            xml.writeEndElement();
        }
    }

    /** Builds a {@link JUnitXmlWriter}. */
    public static final class Builder {
        private Map<Rule, Severity> rules = Map.of();

        private Builder() {
        }

        /**
         * Sets the rules the validator ran, so that every rule checked is a test case, passing or
         * failing; typically {@code validator.rules()}. Rules that a finding names are test cases in
         * any case.
         *
         * @param value the rules and their severities, in rule order
         * @return this builder
         */
        public Builder rules(Map<Rule, Severity> value) {
            rules = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(value, "rules")));
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         */
        public JUnitXmlWriter build() {
            return new JUnitXmlWriter(rules);
        }
    }
}
