package io.github.microcredentials.status;

import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.processor.ExpansionProcessor;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.VerificationKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Test oracle: verifies an {@code Ed25519Signature2020} proof with a {@code did:key} verification
 * method (the suite of the Digital Credentials Consortium's status lists), independently of the
 * signing module, which does not verify this legacy suite yet (issue 14). The suite signs
 * {@code SHA-256(RDFC(proof options with the document's @context)) || SHA-256(RDFC(document without proof))}
 * with Ed25519; the proof value is multibase base58btc.
 */
final class Ed25519Signature2020Oracle implements StatusListVerifier {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    @Override
    public Outcome verify(byte[] listCredential) {
        try {
            JsonObject document = Json.createReader(new ByteArrayInputStream(listCredential)).readObject();
            JsonObject proof = document.getJsonObject("proof");
            if (proof == null || !"Ed25519Signature2020".equals(proof.getString("type", ""))) {
                return Outcome.failed("not an Ed25519Signature2020 proof");
            }
            String method = proof.getString("verificationMethod");
            if (!method.startsWith("did:key:") || !method.substring(0, method.indexOf('#')).equals(issuer(document))) {
                return Outcome.failed("the verification method is not the issuer's did:key");
            }
            VerificationKey key = VerificationKey.fromDidKey(URI.create(method.substring(0, method.indexOf('#'))));
            JsonObject options = Json.createObjectBuilder(proof).remove("proofValue")
                    .add("@context", document.get("@context")).build();
            JsonObject unsigned = Json.createObjectBuilder(document).remove("proof").build();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] data = new byte[64];
            System.arraycopy(sha.digest(canonical(options)), 0, data, 0, 32);
            System.arraycopy(sha.digest(canonical(unsigned)), 0, data, 32, 32);
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(false, new Ed25519PublicKeyParameters(key.raw(), 0));
            signer.update(data, 0, data.length);
            return signer.verifySignature(base58(proof.getString("proofValue").substring(1)))
                    ? Outcome.verified("Ed25519Signature2020") : Outcome.failed("Ed25519Signature2020 signature does not verify");
        } catch (Exception e) {
            return Outcome.failed("Ed25519Signature2020 check failed: " + e);
        }
    }

    private static String issuer(JsonObject document) {
        return document.get("issuer") instanceof JsonObject o ? o.getString("id") : document.getString("issuer");
    }

    private static byte[] canonical(JsonObject document) throws Exception {
        JsonLdContexts contexts = JsonLdContexts.bundled();
        DocumentLoader loader = (url, o) -> {
            byte[] bytes = contexts.document(url).orElseThrow(() -> new IllegalStateException("no context " + url));
            JsonStructure json = Json.createReader(new ByteArrayInputStream(bytes)).read();
            JsonDocument d = JsonDocument.of(json);
            d.setDocumentUrl(url);
            return d;
        };
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(loader);
        RdfCanon canon = RdfCanon.create("SHA-256");
        ToRdfProcessor.toRdf(canon, ExpansionProcessor.expand(JsonDocument.of(document), options, false), options);
        StringWriter out = new StringWriter();
        canon.provide(new NQuadsWriter(out));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] base58(String text) {
        BigInteger value = BigInteger.ZERO;
        for (char c : text.toCharArray()) {
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(BASE58.indexOf(c)));
        }
        byte[] bytes = value.toByteArray();
        if (bytes.length == 65 && bytes[0] == 0) {
            return java.util.Arrays.copyOfRange(bytes, 1, 65);
        }
        return bytes;
    }
}
