package io.github.microcredentials.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.openbadges.OpenBadgesReader;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.signing.VerifiedCredential;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 12, item 1: for RDF-preserving rewrites of a signed credential (full-IRI keys with typed
 * values, {@code @nest}, inline aliases, value objects, {@code @included} copies of a node, {@code @graph}
 * wrappers, and plain ones: key order, one value for a one-element array), the verdict and every
 * date and field the application receives (the verified credential's issuer and dates, the
 * Open Badges reader's model) are unchanged, or the document is refused. A credential that is
 * expired, not yet valid, whose proof expired or was created in the future never verifies VALID
 * in any rewritten form.
 */
class RdfRewritePropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SigningKey KEY = SigningKey.fromMultikey("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");
    private static final String CRED = "https://www.w3.org/2018/credentials#";
    private static final String SEC = "https://w3id.org/security#";
    private static final String DATE_TIME = "http://www.w3.org/2001/XMLSchema#dateTime";

    /** What is wrong with the credential (or nothing). */
    enum Flaw { NONE, EXPIRED, NOT_YET_VALID, PROOF_EXPIRED, PROOF_FROM_THE_FUTURE }

    /** The signed credential of a flaw, and what a verifier and reader make of it unchanged. */
    private static byte[] signed(Flaw flaw) throws Exception {
        ObjectNode credential = (ObjectNode) JSON.readTree(HostileInputs.resource(HostileInputs.SEEDS[4]));
        credential.remove("proof");
        ((ObjectNode) credential.get("issuer")).put("id", KEY.publicKey().did().toString());
        credential.put("validFrom", flaw == Flaw.NOT_YET_VALID ? "2027-06-01T00:00:00Z" : "2026-01-01T00:00:00Z");
        credential.put("validUntil", flaw == Flaw.EXPIRED ? "2026-12-01T00:00:00Z" : "2030-01-01T00:00:00Z");
        Instant created = flaw == Flaw.PROOF_FROM_THE_FUTURE ? Instant.parse("2027-06-01T00:00:00Z") : Instant.parse("2026-12-30T00:00:00Z");
        DataIntegritySigner.Builder signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer())
                .clock(Clock.fixed(created, ZoneOffset.UTC));
        if (flaw == Flaw.PROOF_EXPIRED) {
            signer.proofValidity(Duration.ofHours(1));
        }
        return signer.build().sign(JSON.writeValueAsBytes(credential));
    }

    private static VerificationReport verify(byte[] document) {
        return DataIntegrityVerifier.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().verify(document);
    }

    private static Optional<MicroCredential> read(byte[] document) {
        try {
            return Optional.of(OpenBadgesReader.create().read(document).value());
        } catch (CredentialParseException e) {
            return Optional.empty();
        }
    }

    @Provide
    Arbitrary<List<Integer>> rewrites() {
        return Arbitraries.integers().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 60)
    void rewrittenCredential_isRefusedOrReadsTheSame(@ForAll("rewrites") List<Integer> seeds, @ForAll Flaw flaw) throws Exception {
        byte[] original = signed(flaw);
        VerificationReport before = verify(original);
        assertThat(before.isValid()).isEqualTo(flaw == Flaw.NONE);
        ObjectNode document = (ObjectNode) JSON.readTree(original);
        for (int seed : seeds) {
            rewrite(document, new Random(seed));
        }
        byte[] rewritten = JSON.writeValueAsBytes(document);

        VerificationReport after = verify(rewritten);

        if (flaw != Flaw.NONE) {
            assertThat(after.isValid()).as("a %s credential rewritten as %s", flaw, document).isFalse();
            return;
        }
        if (after.isValid()) {
            VerifiedCredential a = after.credential().orElseThrow();
            VerifiedCredential b = before.credential().orElseThrow();
            assertThat(a.issuer()).isEqualTo(b.issuer());
            assertThat(a.validFrom()).isEqualTo(b.validFrom());
            assertThat(a.validUntil()).isEqualTo(b.validUntil());
            Optional<MicroCredential> model = read(rewritten);
            if (model.isPresent()) {
                assertThat(model).as("what the reader hands on from %s", document).isEqualTo(read(original));
            }
        }
    }

    /** One RDF-preserving rewrite of the credential or its proof. */
    private static void rewrite(ObjectNode document, Random random) {
        ObjectNode proof = (ObjectNode) (document.get("proof").isArray() ? document.get("proof").get(0) : document.get("proof"));
        switch (random.nextInt(10)) {
            case 0 -> fullIri(document, random.nextBoolean() ? "validUntil" : "validFrom", CRED);
            case 1 -> nest(document, List.of("validUntil", "validFrom", "credentialSubject", "name").get(random.nextInt(4)));
            case 2 -> {
                ArrayNode contexts = (ArrayNode) document.get("@context");
                contexts.addObject().putObject("until").put("@id", CRED + "validUntil").put("@type", DATE_TIME);
                rename(document, "validUntil", "until");
            }
            case 3 -> {
                JsonNode date = document.remove("validUntil");
                if (date != null) {
                    document.putObject("validUntil").put("@value", date.asText()).put("@type", DATE_TIME);
                }
            }
            case 4 -> {
                JsonNode date = document.remove("validUntil");
                if (date != null && document.has("id")) {
                    document.putArray("@included").addObject().put("id", document.get("id").asText()).put("validUntil", date.asText());
                }
            }
            case 5 -> fullIri(proof, random.nextBoolean() ? "expires" : "created", random.nextBoolean() ? SEC + "expiration" : "http://purl.org/dc/terms/created");
            case 6 -> {
                // Plain: members in another order.
                ObjectNode copy = document.deepCopy();
                document.removeAll();
                List<String> names = new java.util.ArrayList<>();
                copy.fieldNames().forEachRemaining(names::add);
                java.util.Collections.shuffle(names, random);
                names.forEach(n -> document.set(n, copy.get(n)));
            }
            case 7 -> {
                // Plain: a one-element array as its value.
                JsonNode type = document.get("type");
                if (type != null && type.isArray() && type.size() == 1) {
                    document.set("type", type.get(0));
                }
            }
            case 8 -> {
                JsonNode subject = document.remove("credentialSubject");
                if (subject != null) {
                    document.set(CRED + "credentialSubject", subject);
                }
            }
            default -> {
                ObjectNode graph = document.deepCopy();
                graph.remove("@context");
                graph.remove("proof");
                List<String> names = new java.util.ArrayList<>();
                document.fieldNames().forEachRemaining(names::add);
                names.stream().filter(n -> !n.equals("@context") && !n.equals("proof")).forEach(document::remove);
                document.putArray("@graph").add(graph);
            }
        }
    }

    private static void fullIri(ObjectNode node, String member, String namespace) {
        JsonNode value = node.remove(member);
        if (value != null) {
            String iri = namespace.startsWith("http://purl") || namespace.endsWith("expiration") ? namespace : namespace + member;
            node.putObject(iri).put("@value", value.asText()).put("@type", DATE_TIME);
        }
    }

    private static void nest(ObjectNode node, String member) {
        JsonNode value = node.remove(member);
        if (value != null) {
            (node.has("@nest") ? (ObjectNode) node.get("@nest") : node.putObject("@nest")).set(member, value);
        }
    }

    private static void rename(ObjectNode node, String from, String to) {
        JsonNode value = node.remove(from);
        if (value != null) {
            node.set(to, value);
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
