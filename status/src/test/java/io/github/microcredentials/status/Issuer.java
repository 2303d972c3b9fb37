package io.github.microcredentials.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.status.internal.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A test issuer: a did:key, a signer, and credentials with status entries. */
final class Issuer {

    final SigningKey key = SigningKey.generate(KeyType.ED25519);
    final DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build();
    final URI did = URI.create(signer.verificationMethod().toString().substring(0, signer.verificationMethod().toString().indexOf('#')));

    StatusListPublisher publisher() {
        return StatusListPublisher.builder(did, StatusListSigner.dataIntegrity(signer)).build();
    }

    /** A signed VC 2.0 credential with the given status entries. */
    byte[] credential(List<BitstringStatusListEntry> entries) throws Exception {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        root.put("id", "urn:uuid:6f1c2a7e-3b9d-4e55-9a1e-0c7d2f4b8a10");
        root.putArray("type").add("VerifiableCredential");
        root.put("issuer", did.toString());
        root.put("validFrom", "2026-01-01T00:00:00Z");
        root.putObject("credentialSubject").put("id", "did:example:learner");
        var status = root.putArray("credentialStatus");
        for (BitstringStatusListEntry e : entries) {
            ObjectNode node = status.addObject();
            e.id().ifPresent(id -> node.put("id", id.toString()));
            node.put("type", "BitstringStatusListEntry");
            node.put("statusPurpose", e.statusPurpose().value());
            node.put("statusListIndex", Long.toString(e.statusListIndex()));
            node.put("statusListCredential", e.statusListCredential().toString());
            if (e.statusSize() != 1) {
                node.put("statusSize", e.statusSize());
            }
            if (!e.statusMessage().isEmpty()) {
                var messages = node.putArray("statusMessage");
                e.statusMessage().forEach(m -> messages.addObject().put("status", m.status()).put("message", m.message()));
            }
        }
        return signer.sign(Json.bytes(root));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
