package io.github.microcredentials.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML output: valid against the common JUnit XML schema, one test case per file and rule. */
class JUnitXmlWriterTest {

    private static final Validator VALIDATOR = Validator.of(Profiles.council2022());
    private static final JUnitXmlWriter JUNIT = JUnitXmlWriter.builder().rules(VALIDATOR.rules()).build();

    private static MicroCredential withoutTitleOrPrerequisites() {
        return Samples.microCredential().toBuilder().title(null).prerequisites(null).build();
    }

    private static byte[] write(ValidatedFile... files) {
        byte[] xml = JUNIT.write(List.of(files));
        assertThat(ReportSchemas.junitErrors(xml)).as(new String(xml, StandardCharsets.UTF_8)).isEmpty();
        return xml;
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element testcase(Document doc, String suite, String ruleId) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("classname").equals(suite) && c.getAttribute("name").startsWith(ruleId + " ")) {
                return c;
            }
        }
        throw new AssertionError("no test case " + ruleId + " in " + suite);
    }

    @Test
    void oneTestCasePerFileAndRule_failingWhereTheRuleHasAnError() throws Exception {
        MicroCredential flawed = withoutTitleOrPrerequisites();
        Document doc = parse(write(
                ValidatedFile.nativeJson("a.json", NativeJson.create().writeBytes(flawed), VALIDATOR.validate(flawed)),
                ValidatedFile.nativeJson("b.json", new byte[0], VALIDATOR.validate(Samples.microCredential()))));

        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(2 * VALIDATOR.rules().size()));
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        Element title = testcase(doc, "a.json", "CR-M2");
        Element failure = (Element) title.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("CR-M2");
        assertThat(failure.getAttribute("message")).isEqualTo("The micro-credential has no title.");
        assertThat(failure.getTextContent()).contains("ERROR CR-M2 at /title")
                .contains("Council Recommendation 2022/C 243/02, Annex I, mandatory element 2")
                .contains(RuleDocumentation.uri("CR-M2").toString());
        Element prerequisites = testcase(doc, "a.json", "CR-O1");
        assertThat(prerequisites.getElementsByTagName("failure").getLength()).isZero();
        assertThat(prerequisites.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("INFO CR-O1 at /prerequisites");
        assertThat(testcase(doc, "b.json", "CR-M2").getChildNodes().getLength()).isZero();
    }

    @Test
    void unreadableFile_isOneTestCaseInError() throws Exception {
        Document doc = parse(write(ValidatedFile.unreadable("broken.json", "not JSON")));

        Element read = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(read.getAttribute("name")).isEqualTo("read");
        assertThat(((Element) read.getElementsByTagName("error").item(0)).getAttribute("message")).isEqualTo("not JSON");
        assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void charactersXmlCannotHold_areReplaced_soHostileValuesKeepTheReportReadable() throws Exception {
        Finding hostile = new Finding("EDC-UNMAPPED", Severity.ERROR, "/x", "bad \u0000\u001B value \uD800",
                Optional.of("\u0007"), Optional.empty());
        Document doc = parse(write(ValidatedFile.builder("x.jsonld").findings(Report.of(List.of(hostile))).build()));

        Element failure = (Element) testcase(doc, "x.jsonld", "EDC-UNMAPPED").getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("bad \uFFFD\uFFFD value \uFFFD");
    }

    @Test
    void theSchemaCheck_rejectsAReportThatBreaksIt() {
        String broken = "<testsuites><testsuite name=\"a\"><testcase/></testsuite></testsuites>";

        assertThat(ReportSchemas.junitErrors(broken.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }
}
