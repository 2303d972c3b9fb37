package io.github.microcredentials.openbadges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official 1EdTech Open Badges 3.0 achievement credential JSON Schema (draft 2019-09), from a
 * local copy, with format assertions on ({@code date-time} must be a date-time).
 */
final class OfficialSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();
    private static final JsonSchema ENDORSEMENT = endorsement();

    private OfficialSchema() {
    }

    /** The schema's error messages for a document; empty when it validates. */
    static List<String> errors(String json) {
        try {
            JsonNode document = MAPPER.readTree(json);
            return SCHEMA.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of the same schema's {@code $defs/EndorsementCredential} for a document. */
    static List<String> endorsementErrors(String json) {
        try {
            return ENDORSEMENT.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EndorsementCredential definition of the achievement credential schema, as a schema of its own. */
    private static JsonSchema endorsement() {
        try (InputStream in = OfficialSchema.class.getResourceAsStream("/ob3/schema/ob_v3p0_achievementcredential_schema.json")) {
            com.fasterxml.jackson.databind.node.ObjectNode full = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(in);
            com.fasterxml.jackson.databind.node.ObjectNode root = MAPPER.createObjectNode();
            root.set("$schema", full.get("$schema"));
            root.set("$defs", full.get("$defs"));
            root.put("$ref", "#/$defs/EndorsementCredential");
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(root, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = OfficialSchema.class.getResourceAsStream("/ob3/schema/ob_v3p0_achievementcredential_schema.json")) {
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
