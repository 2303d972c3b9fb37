package io.github.microcredentials.examples;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.edc.EdcFindings;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.edc.EdcWriter;
import java.util.List;
import java.util.Locale;

/** Writing a micro-credential as a Europass EDC and reading an EDC back. */
public final class EuropassEdc {

    private EuropassEdc() {
    }

    /**
     * Writes a credential as an unsealed EDC (ELM v3 JSON-LD) for an EDC sealing tool.
     *
     * @param credential the credential
     * @return the EDC document
     */
    public static String write(MicroCredential credential) {
        // tag::edc-write[]
        String edc = EdcWriter.create().write(credential);               // unsealed: the sealer adds "issued"
        byte[] issued = EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(credential); // with "issued" set
        // end::edc-write[]
        return issued.length > 0 ? edc : "";
    }

    /**
     * Writes a credential as an EDC with {@code issued}, and tells whether it conforms to the EU's
     * EDC shapes.
     *
     * @param credential the credential
     * @return the findings: {@code EDC-SHAPE} errors when it does not conform
     */
    public static List<Finding> writeChecked(MicroCredential credential) {
        // tag::edc-conformance[]
        EdcWriter.Result result = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(credential);
        byte[] edc = result.bytes();                                       // written in any case
        boolean conforms = result.conforms();                              // to the EU's EDC shapes
        List<Finding> errors = result.findings().findings(Severity.ERROR); // EDC-SHAPE: node, property, constraint
        // end::edc-conformance[]
        return edc.length > 0 && !conforms ? errors : List.of();
    }

    /**
     * Reads an EDC: the credential, an upload-format document or a sealed (JAdES) credential.
     *
     * @param edc the document
     * @return what the model could not carry
     * @throws CredentialParseException if the document is not a readable EDC
     */
    public static List<Finding> read(byte[] edc) throws CredentialParseException {
        // tag::edc-read[]
        ReadResult<MicroCredential> read = EdcReader.create().read(edc); // the seal is not verified here
        MicroCredential credential = read.value();
        List<Finding> notCarried = read.findings().findings();           // EDC-UNMAPPED etc., with JSON Pointers
        // end::edc-read[]
        return credential.id().isAbsolute() ? notCarried : List.of();
    }

    /**
     * Reads an EDC under a policy: what the model cannot carry fails the read's report, node
     * identifiers are not reported, and the findings are in German.
     *
     * @param edc the document
     * @return the reader's findings
     * @throws CredentialParseException if the document is not a readable EDC
     */
    public static Report readStrictly(byte[] edc) throws CredentialParseException {
        // tag::edc-read-policy[]
        Policy policy = Policy.builder()
                .severity(EdcFindings.UNMAPPED, Severity.ERROR)  // reader rules are set like validation rules
                .disable(EdcFindings.APPROXIMATE)
                .build();
        EdcReader reader = EdcReader.create().withPolicy(policy).withLocale(Locale.GERMAN);
        Report findings = reader.read(edc).findings();           // findings.conforms() is false if data was lost
        // end::edc-read-policy[]
        return findings;
    }
}
