package io.github.microcredentials.benchmarks;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.VerificationKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The straightforward eddsa-rdfc-2022 pipeline, for the ratio against the library: Parsson reads
 * the document, Titanium JSON-LD converts document and proof configuration to RDF (contexts from
 * the same registry, each parsed once), titanium-rdfc canonicalizes them to N-Quads, SHA-256 and
 * Ed25519 as the library. It is what the library did before its own fast path, and what its
 * differential tests compare with; the benchmark checks that the library verifies what this signs
 * and that this verifies what the library signs, so both do the same work.
 */
final class ReferencePipeline {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final DocumentLoader loader;

    ReferencePipeline(JsonLdContexts contexts) {
        Map<URI, JsonStructure> parsed = new ConcurrentHashMap<>();
        this.loader = (url, options) -> {
            JsonStructure json = parsed.computeIfAbsent(url, u -> read(contexts.document(u)
                    .orElseThrow(() -> new IllegalStateException("unknown context " + u))));
            Document document = JsonDocument.of(MediaType.JSON_LD, json);
            document.setDocumentUrl(url);
            return document;
        };
    }

    /** Signs with a DataIntegrityProof whose fields are the library's (created, method, purpose). */
    byte[] sign(byte[] credential, Signer signer, String created) throws Exception {
        JsonObject document = (JsonObject) read(credential);
        String method = signer.publicKey().didKeyVerificationMethod().toString();
        JsonObject config = proofConfig(document.get("@context"), created, method).build();
        byte[] signature = signer.sign(hashData(document, config));
        JsonObject proof = Json.createObjectBuilder(config).remove("@context")
                .add("proofValue", "z" + base58(signature)).build();
        JsonObject signed = Json.createObjectBuilder(document).add("proof", proof).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream(credential.length + 512);
        try (jakarta.json.JsonWriter writer = Json.createWriter(out)) {
            writer.write(signed);
        }
        return out.toByteArray();
    }

    /** Verifies the proof of a signed credential against a known key (no DID resolution). */
    boolean verify(byte[] signed, VerificationKey key) throws Exception {
        JsonObject document = (JsonObject) read(signed);
        JsonValue proofs = document.get("proof");
        // The library writes one proof as an array of one (a proof set); the reference, as an object.
        JsonObject proof = proofs instanceof JsonObject ? (JsonObject) proofs : proofs.asJsonArray().getJsonObject(0);
        String value = proof.getString("proofValue");
        JsonObject config = Json.createObjectBuilder(proof).remove("proofValue")
                .add("@context", document.get("@context")).build();
        JsonObject unsigned = Json.createObjectBuilder(document).remove("proof").build();
        return value.startsWith("z") && key.verify(hashData(unsigned, config), unbase58(value.substring(1)));
    }

    private byte[] hashData(JsonObject document, JsonObject config) throws Exception {
        byte[] proofHash = sha256(canonical(config));
        byte[] documentHash = sha256(canonical(document));
        byte[] data = new byte[64];
        System.arraycopy(proofHash, 0, data, 0, 32);
        System.arraycopy(documentHash, 0, data, 32, 32);
        return data;
    }

    private String canonical(JsonObject document) throws JsonLdError, RdfConsumerException {
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setProcessingMode(JsonLdVersion.V1_1);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        RdfCanon canon = RdfCanon.create("SHA-256");
        JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
        StringWriter out = new StringWriter();
        canon.provide(new NQuadsWriter(out));
        return out.toString();
    }

    private static JsonObjectBuilder proofConfig(JsonValue context, String created, String method) {
        return Json.createObjectBuilder()
                .add("@context", context)
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", "eddsa-rdfc-2022")
                .add("created", created)
                .add("verificationMethod", method)
                .add("proofPurpose", "assertionMethod");
    }

    private static JsonStructure read(byte[] json) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            return reader.read();
        }
    }

    private static byte[] sha256(String text) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base58(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger n = new BigInteger(1, bytes);
        BigInteger radix = BigInteger.valueOf(58);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(radix);
            out.append(BASE58.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    private static byte[] unbase58(String text) {
        BigInteger n = BigInteger.ZERO;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (int i = 0; i < text.length(); i++) {
            int digit = BASE58.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not base58btc");
            }
            n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = n.toByteArray();
        int skip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        byte[] out = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
        return out;
    }
}
