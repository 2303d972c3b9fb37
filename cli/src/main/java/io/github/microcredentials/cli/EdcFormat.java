package io.github.microcredentials.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.edc.Edc;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.edc.EdcWriter;
import java.util.Locale;

/**
 * Europass European Digital Credentials (ELM v3 JSON-LD): read in any of the forms EDC tools
 * produce (credential, upload format, sealed JWS JSON serialization), written with {@code issued}
 * (the form the EU shapes judge) and checked against the shapes: what keeps the EDC from
 * conforming is an {@code EDC-SHAPE} error, typically the issuer's eIDAS identifier, which a sealer
 * adds from its certificate ({@code sign --format jades}).
 */
final class EdcFormat implements CredentialFormat {

    private final EdcReader reader = EdcReader.create();
    private final EdcWriter writer = EdcWriter.create(EdcWriter.Form.ISSUED);

    @Override
    public String name() {
        return "edc";
    }

    @Override
    public boolean detects(byte[] input) {
        return reader.isEdcDocument(input);
    }

    @Override
    public String refusal(JsonNode document) {
        JsonNode credential = document.path("credential").isObject() ? document.get("credential") : document;
        if (document.path("payload").isTextual()) {
            return "a JWS JSON serialization whose payload is not a EuropeanDigitalCredential";
        }
        return Diagnosis.describeTypes(credential) + "; a Europass credential's \"type\" includes EuropeanDigitalCredential"
                + " (context " + Edc.CONTEXT + ")";
    }

    @Override
    public ReadResult<MicroCredential> read(byte[] input) throws CredentialParseException {
        return reader.read(input);
    }

    @Override
    public ReadResult<Document> readDocument(byte[] input, Policy policy, Locale locale)
            throws CredentialParseException {
        ReadResult<MicroCredential> read = reader.withPolicy(policy).withLocale(locale).read(input);
        return new ReadResult<>(read.value(), read.findings());
    }

    @Override
    public byte[] write(MicroCredential credential) {
        return writer.writeBytes(credential);
    }

    @Override
    public Written writeReporting(MicroCredential credential) {
        EdcWriter.Result result = writer.writeReporting(credential);
        return new Written(result.bytes(), result.findings());
    }
}
