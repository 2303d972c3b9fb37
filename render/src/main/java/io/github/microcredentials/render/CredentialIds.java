package io.github.microcredentials.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/** The identifier a signed credential declares: {@code id}, or a VC-JWT's {@code jti} or {@code vc.id}. */
final class CredentialIds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CredentialIds() {
    }

    static Optional<String> of(SignedCredential credential) {
        try {
            JsonNode node;
            switch (credential.form()) {
                case DATA_INTEGRITY:
                    node = JSON.readTree(credential.bytes());
                    break;
                case VC_JWT:
                    node = JSON.readTree(Base64.getUrlDecoder().decode(credential.text().strip().split("\\.", -1)[1]));
                    if (node.has("vc") && node.get("vc").has("id")) {
                        node = node.get("vc");
                    } else if (!node.has("id") && node.has("jti")) {
                        return Optional.of(node.get("jti").asText());
                    }
                    break;
                case JADES:
                    node = JSON.readTree(Base64.getUrlDecoder().decode(JSON.readTree(credential.bytes()).path("payload").asText("")));
                    break;
                default:
                    return Optional.empty();
            }
            JsonNode id = node.get("id");
            return id != null && id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
