package io.github.microcredentials.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Policy;
import java.util.Locale;

/** The library's native JSON format. */
final class NativeFormat implements CredentialFormat {

    private final NativeJson json = NativeJson.create();

    @Override
    public String name() {
        return "native";
    }

    @Override
    public boolean detects(byte[] input) {
        return json.isNativeDocument(input);
    }

    @Override
    public String refusal(JsonNode document) {
        return Diagnosis.describeTypes(document) + "; a native document's \"type\" is one of "
                + String.join(", ", NativeJson.documentTypes());
    }

    @Override
    public ReadResult<MicroCredential> read(byte[] input) throws CredentialParseException {
        return json.readReporting(input, MicroCredential.class);
    }

    /** Reads any native document: credentials, opportunities, pathways and course designs. */
    @Override
    public ReadResult<Document> readDocument(byte[] input, Policy policy, Locale locale)
            throws CredentialParseException {
        return json.withPolicy(policy).withLocale(locale).readAnyReporting(input);
    }

    @Override
    public byte[] write(MicroCredential credential) {
        return json.writeBytes(credential);
    }
}
