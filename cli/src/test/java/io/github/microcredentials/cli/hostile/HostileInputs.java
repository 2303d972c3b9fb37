package io.github.microcredentials.cli.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The hostile corpus: the inputs of issue 12 (poison graphs, deep nesting, long numbers, bad
 * encodings, malformed seals, unknown languages) built here, plus seeded random mutations of the
 * fuzz seeds. Deterministic.
 */
final class HostileInputs {

    private static final String FUZZ = "/io/github/microcredentials/cli/fuzz/";
    static final String[] SEEDS = {
        FUZZ + "ReadersFuzzTestInputs/nativeJson/demo-native.json",
        FUZZ + "ReadersFuzzTestInputs/edc/demo-edc.jsonld",
        FUZZ + "ReadersFuzzTestInputs/edc/eu-jades-sealed.json",
        FUZZ + "ReadersFuzzTestInputs/openBadges/spec-complete.json",
        FUZZ + "VerifiersFuzzTestInputs/dataIntegrity/demo-ob3-eddsa-rdfc.json",
        FUZZ + "VerifiersFuzzTestInputs/dataIntegrity/vc2-eddsa-jcs.json",
        FUZZ + "VerifiersFuzzTestInputs/vcJwt/vc2.jwt",
        FUZZ + "VerifiersFuzzTestInputs/jades/vc2.jades.json",
        FUZZ + "VerifiersFuzzTestInputs/xades/c.xades.xml",
        FUZZ + "VerifiersFuzzTestInputs/xades/dss-signed.xml",
    };

    private HostileInputs() {
    }

    static byte[] resource(String name) {
        try (InputStream in = HostileInputs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A VC 2.0 credential whose subject holds {@code n} blank nodes with the same statements. */
    static byte[] lookAlikeBlankNodes(int n) {
        StringBuilder out = new StringBuilder("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
                + "\"issuer\":\"did:example:i\",\"validFrom\":\"2026-01-01T00:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:s\","
                + "\"https://example.org/ns#item\":[");
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : ",").append("{\"https://example.org/ns#v\":\"x\"}");
        }
        return utf8(out.append("]},\"proof\":{\"type\":\"DataIntegrityProof\",\"cryptosuite\":\"eddsa-rdfc-2022\","
                + "\"created\":\"2026-01-01T00:00:00Z\",\"verificationMethod\":\"did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
                + "#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2\",\"proofPurpose\":\"assertionMethod\",\"proofValue\":\"z"
                + "1".repeat(64) + "\"}}").toString());
    }

    /** A clique of blank nodes, each linked to every other: the RDFC-1.0 poison graph, as JSON-LD with blank node ids. */
    static byte[] clique(int n) {
        StringBuilder out = new StringBuilder("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
                + "\"issuer\":\"did:example:i\",\"validFrom\":\"2026-01-01T00:00:00Z\",\"credentialSubject\":[");
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : ",").append("{\"https://example.org/ns#p\":[");
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    out.append(j == 0 || j == 1 && i == 0 ? "" : ",").append("{\"@id\":\"_:b").append(j).append("\"}");
                }
            }
            out.append("],\"@id\":\"_:b").append(i).append("\"}");
        }
        return utf8(out.append("],\"proof\":{\"type\":\"DataIntegrityProof\",\"cryptosuite\":\"eddsa-rdfc-2022\"}}").toString());
    }

    static byte[] deepJson(int depth) {
        return utf8("[".repeat(depth) + "]".repeat(depth));
    }

    static byte[] deepXml(int depth) {
        return utf8("<?xml version=\"1.0\"?>" + "<a>".repeat(depth) + "</a>".repeat(depth));
    }

    /** Every hostile input, by name. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("40,000 look-alike blank nodes (4 MB JSON-LD)", lookAlikeBlankNodes(40_000));
        inputs.put("10,000 look-alike blank nodes", lookAlikeBlankNodes(10_000));
        inputs.put("blank node clique of 12", clique(12));
        inputs.put("JSON nested 10,000 deep", deepJson(10_000));
        inputs.put("XML nested 10,000 deep (70 KB)", deepXml(10_000));
        inputs.put("XML billion laughs", utf8("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><l>&c;&c;&c;</l>"));
        inputs.put("a number of 2,000 digits", utf8("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":\"VerifiableCredential\","
                + "\"issuer\":\"did:example:i\",\"credentialSubject\":{\"https://example.org/n\":" + "9".repeat(2000) + "}}"));
        inputs.put("a number with exponent 999999999", utf8("{\"type\":\"MicroCredential\",\"id\":\"urn:uuid:1\",\"workload\":{\"credits\":1e999999999}}"));
        inputs.put("JWT whose payload has a 2,000-digit number", utf8("eyJhbGciOiJFZERTQSJ9."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"n\":" + "1".repeat(2000) + "}")) + ".AA"));
        inputs.put("JAdES outer object with a 2,000-digit number", utf8("{\"payload\":\"x\",\"signatures\":[{\"protected\":\"e30\",\"signature\":\"AA\"}],\"n\":"
                + "1".repeat(2000) + "}"));
        inputs.put("overlong UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'});
        inputs.put("escaped lone surrogate", utf8("{\"a\":\"\\ud800\"}"));
        inputs.put("escaped NUL", utf8("{\"a\":\"\\u0000\"}"));
        inputs.put("UTF-16 with BOM", "{\"a\":1}".getBytes(StandardCharsets.UTF_16));
        inputs.put("UTF-8 BOM", utf8("\uFEFF{\"a\":1}"));
        inputs.put("empty", new byte[0]);
        String xades = new String(resource(SEEDS[8]), StandardCharsets.UTF_8);
        inputs.put("XAdES with a SignatureValue that is not base64", utf8(xades.replaceAll("(?s)<ds:SignatureValue([^>]*)>.*?</ds:SignatureValue>",
                "<ds:SignatureValue$1>!!!not base64!!!</ds:SignatureValue>")));
        inputs.put("XAdES with a certificate that is not DER", utf8(xades.replaceAll("(?s)<ds:X509Certificate>.*?</ds:X509Certificate>",
                "<ds:X509Certificate>MIIBAAAA</ds:X509Certificate>")));
        inputs.put("XAdES with garbage IssuerSerial", utf8(xades.replaceAll("(?s)<ds:X509SerialNumber>.*?</ds:X509SerialNumber>",
                "<ds:X509SerialNumber>-x</ds:X509SerialNumber>")));
        String jades = new String(resource(SEEDS[7]), StandardCharsets.UTF_8);
        inputs.put("JAdES with a kid that is garbage ASN.1", utf8(jades.replaceFirst("\"protected\"\\s*:\\s*\"[^\"]*\"", "\"protected\":\""
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"alg\":\"RS256\",\"kid\":\"MAMCAQ==\",\"x5c\":[\"MAMCAQ==\"]}"))
                + "\"")));
        String edc = new String(resource(SEEDS[1]), StandardCharsets.UTF_8);
        inputs.put("EDC with language map key xx", utf8(edc.replace("\"en\":", "\"xx\":")));
        String ob3 = new String(resource(SEEDS[4]), StandardCharsets.UTF_8);
        inputs.put("credential with an upper-case context host", utf8(ob3.replace("https://www.w3.org/ns/credentials/v2", "https://WWW.W3.ORG/ns/credentials/v2")));
        inputs.put("Open Badges 3.0.1 context with VC 2.0", utf8(ob3.replace("context-3.0.3.json", "context-3.0.1.json")));
        Random random = new Random(12);
        for (String seed : SEEDS) {
            byte[] original = resource(seed);
            for (int m = 0; m < 12; m++) {
                byte[] mutant = original.clone();
                for (int k = random.nextInt(4) + 1; k > 0 && mutant.length > 0; k--) {
                    mutant[random.nextInt(mutant.length)] = (byte) random.nextInt(256);
                }
                inputs.put("mutant " + m + " of " + seed.substring(seed.lastIndexOf('/') + 1), mutant);
            }
        }
        return inputs;
    }

    static List<String> names() {
        return new ArrayList<>(all().keySet());
    }
}
