package io.github.microcredentials.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The bundled schemas of the two CI formats (see report-schemas/SOURCES.md). */
final class ReportSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SARIF = sarif();
    private static final Schema JUNIT = junit();

    private ReportSchemas() {
    }

    /** The SARIF 2.1.0 schema's complaints about a log; empty when it validates. */
    static List<String> sarifErrors(byte[] log) {
        try {
            return SARIF.validate(MAPPER.readTree(log)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JUnit XML schema's complaints about a report; empty when it validates. */
    static List<String> junitErrors(byte[] report) {
        List<String> errors = new ArrayList<>();
        Validator validator = JUNIT.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                errors.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(report)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    private static JsonSchema sarif() {
        try (InputStream in = ReportSchemas.class.getResourceAsStream("/report-schemas/sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema junit() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(ReportSchemas.class.getResource("/report-schemas/junit-10.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled JUnit XML schema does not load", e);
        }
    }
}
