package io.github.microcredentials.status.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/**
 * What a status check needs from a credential, read without building the rest of the tree: the
 * top-level {@code credentialStatus}, {@code issuer} and {@code id}. The whole document is still
 * tokenized, so it must be strict JSON (no duplicate keys, no trailing content).
 *
 * @param status the {@code credentialStatus} value, if any
 * @param issuer the issuer id
 * @param id the credential id
 */
public record CredentialFacts(Optional<JsonNode> status, Optional<String> issuer, Optional<String> id) {

    /**
     * Reads the facts.
     *
     * @param credential UTF-8 JSON
     * @return the facts
     * @throws IllegalArgumentException with a short reason if the credential is not one strict JSON object
     */
    public static CredentialFacts read(byte[] credential) {
        if (credential.length > Json.MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("the credential is larger than " + Json.MAX_DOCUMENT_BYTES + " bytes");
        }
        try (JsonParser parser = Json.parser(credential)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the credential is not a JSON object");
            }
            JsonNode status = null;
            JsonNode issuer = null;
            String id = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "credentialStatus" -> status = Json.SUBTREE.readValue(parser);
                    case "issuer" -> issuer = Json.SUBTREE.readValue(parser);
                    case "id" -> {
                        if (value == JsonToken.VALUE_STRING) {
                            id = parser.getText();
                        } else {
                            parser.skipChildren();
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("content after the credential's JSON object");
            }
            if (issuer != null && issuer.isObject()) {
                issuer = issuer.get("id");
            }
            return new CredentialFacts(Optional.ofNullable(status),
                    issuer != null && issuer.isTextual() ? Optional.of(issuer.textValue()) : Optional.empty(),
                    Optional.ofNullable(id));
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException("the credential is not strict JSON: " + reason, e);
        }
    }
}
