package io.github.microcredentials.edc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.vocab.Country;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Prepares an EDC for sealing as the EU's EDC issuer does: the {@code issuer} node takes the seal
 * certificate's legal person (legal name = {@code O}, {@code eIDASIdentifier} = the
 * {@code organizationIdentifier} in the certificate's country, {@code altLabel} = {@code CN}, a
 * location with that country), and {@code issued} and {@code issuanceDate} become the signing time.
 * Seal the result byte for byte (signing module, {@code JadesSealer}) with the same time.
 *
 * <p>This module knows ELM; the signing module knows certificates. The caller wires them: read
 * the {@link Sealer} from the certificate's subject, prepare here, seal there. The issuer keeps its
 * other properties and identifier; an EDC without issuer gets one. Nothing else changes.
 *
 * <pre>{@code
 * byte[] ready = EdcSealing.prepare(edc, new EdcSealing.Sealer("ORGANIZACION TEST", "VATES-A00000000",
 *         new Country("ES"), Optional.of("TEST SEAL")), signingTime);
 * }</pre>
 */
public final class EdcSealing {

    /** The id EDC gives the eIDAS identifier taken from the certificate. */
    static final String CERTIFICATE_IDENTIFIER = "urn:certificateIdentifier:1";
    /** The id EDC gives the location taken from the certificate. */
    static final String CERTIFICATE_LOCATION = "urn:certificateLocation:1";
    private static final String COUNTRY_SCHEME = "http://publications.europa.eu/resource/authority/country";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private EdcSealing() {
    }

    /**
     * The sealing legal person, as its seal certificate names it.
     *
     * @param legalName the organisation name ({@code O})
     * @param eidasIdentifier the {@code organizationIdentifier}, for example {@code VATES-A00000000}
     * @param country the certificate's country ({@code C})
     * @param commonName the certificate's common name ({@code CN}), the issuer's alternative label
     */
    public record Sealer(String legalName, String eidasIdentifier, Country country, Optional<String> commonName) {

        /**
         * Checks the members.
         *
         * @throws IllegalArgumentException if the legal name or identifier is blank
         */
        public Sealer {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(commonName, "commonName");
            if (legalName.isBlank() || eidasIdentifier.isBlank()) {
                throw new IllegalArgumentException("a sealer needs its legal name and eIDAS identifier");
            }
        }
    }

    /**
     * Fills the issuer and the issuing time.
     *
     * @param edc the EDC (JSON-LD, as {@link EdcWriter} writes it)
     * @param sealer the sealing legal person
     * @param issued the signing time (whole seconds are kept)
     * @return the EDC to seal, UTF-8 JSON with two-space indentation
     * @throws CredentialParseException if the input is not a JSON object, or its issuer is neither
     *     an object nor the id of a node in the document
     */
    public static byte[] prepare(byte[] edc, Sealer sealer, Instant issued) throws CredentialParseException {
        ObjectNode root = parse(edc);
        ObjectNode issuer = issuer(root, sealer);
        issuer.set("legalName", JSON.createObjectNode().put("en", sealer.legalName()));
        sealer.commonName().ifPresent(cn -> issuer.set("altLabel", JSON.createObjectNode().put("en", cn)));
        ObjectNode identifier = JSON.createObjectNode().put("id", CERTIFICATE_IDENTIFIER).put("type", "LegalIdentifier")
                .put("notation", sealer.eidasIdentifier());
        identifier.set("spatial", country(sealer.country()));
        issuer.set("eIDASIdentifier", identifier);
        issuer.set("location", locations(issuer.get("location"), sealer.country()));
        String time = issued.truncatedTo(ChronoUnit.SECONDS).toString();
        root.put("issued", time);
        root.put("issuanceDate", time);
        return write(root);
    }

    /**
     * Compares the EDC's issuer with the seal certificate: an EDC issuer keeps its X.509 seal
     * certificate as its identity, so the legal name the credential gives its issuer should be the
     * certificate's organisation ({@code O}). {@link #prepare} replaces the legal name with the
     * certificate's; call this first to warn the person sealing when they differ (a credential
     * about to be sealed by another organisation than the one it names).
     *
     * @param edc the EDC (JSON-LD)
     * @param sealer the sealing legal person
     * @return a warning naming both names, or empty when the names match (ignoring case, accents'
     *     composition and spacing) or the issuer has no legal name
     * @throws CredentialParseException as {@link #prepare}
     */
    public static Optional<String> organisationMismatch(byte[] edc, Sealer sealer) throws CredentialParseException {
        ObjectNode root = parse(edc);
        JsonNode issuer = root.get("issuer");
        if (issuer != null && issuer.isTextual()) {
            issuer = find(root, issuer.asText()).orElse(null);
        }
        if (!(issuer instanceof ObjectNode node) || !node.has("legalName")) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        collectTexts(node.get("legalName"), names);
        String expected = normalised(sealer.legalName());
        if (names.isEmpty() || names.stream().map(EdcSealing::normalised).anyMatch(expected::equals)) {
            return Optional.empty();
        }
        return Optional.of("the credential names its issuer \"" + names.get(0) + "\", but the seal certificate's organisation "
                + "(O) is \"" + sealer.legalName() + "\"; the sealed EDC will name the certificate's organisation. Check that "
                + "this credential is to be sealed by that organisation");
    }

    private static void collectTexts(JsonNode value, List<String> out) {
        if (value == null) {
            return;
        }
        if (value.isTextual()) {
            out.add(value.asText());
        } else if (value.isObject() || value.isArray()) {
            value.forEach(v -> collectTexts(v, out));
        }
    }

    private static String normalised(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static ObjectNode parse(byte[] edc) throws CredentialParseException {
        try {
            JsonNode tree = JSON.readTree(edc);
            if (tree instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            throw new CredentialParseException(Problem.MALFORMED, "", "not strict JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        throw new CredentialParseException(Problem.WRONG_TYPE, "", "an EDC is a JSON object");
    }

    /** The issuer node: inline, or the node its id names, or a new one. */
    private static ObjectNode issuer(ObjectNode root, Sealer sealer) throws CredentialParseException {
        JsonNode issuer = root.get("issuer");
        if (issuer == null) {
            ObjectNode created = JSON.createObjectNode()
                    .put("id", "urn:epass:org:" + UUID.nameUUIDFromBytes(sealer.eidasIdentifier().getBytes(StandardCharsets.UTF_8)))
                    .put("type", "Organisation");
            root.set("issuer", created);
            return created;
        }
        if (issuer instanceof ObjectNode object) {
            return object;
        }
        if (issuer.isTextual()) {
            Optional<ObjectNode> node = find(root, issuer.asText());
            if (node.isPresent()) {
                return node.get();
            }
        }
        throw new CredentialParseException(Problem.INVALID_VALUE, "/issuer", "the issuer is neither a node nor the id of one");
    }

    private static Optional<ObjectNode> find(JsonNode node, String id) {
        if (node instanceof ObjectNode object && object.path("id").asText("").equals(id) && object.has("type")) {
            return Optional.of(object);
        }
        for (JsonNode child : node) {
            Optional<ObjectNode> found = find(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static ArrayNode locations(JsonNode existing, Country country) {
        ArrayNode out = JSON.createArrayNode();
        if (existing instanceof ArrayNode array) {
            array.forEach(out::add);
        } else if (existing != null) {
            out.add(existing);
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            if (CERTIFICATE_LOCATION.equals(out.get(i).path("id").asText())) {
                out.remove(i);
            }
        }
        ObjectNode address = JSON.createObjectNode().put("id", "urn:certificateAddress:1").put("type", "Address");
        address.set("countryCode", country(country));
        ObjectNode location = JSON.createObjectNode().put("id", CERTIFICATE_LOCATION).put("type", "Location");
        location.set("address", address);
        return out.add(location);
    }

    /** The country concept, written as {@link EdcWriter} writes it (so that a recurring concept stays one). */
    private static ObjectNode country(Country country) {
        ObjectNode concept = JSON.createObjectNode().put("id", country.europassUri().toString()).put("type", "Concept");
        concept.set("inScheme", JSON.createObjectNode().put("id", COUNTRY_SCHEME).put("type", "ConceptScheme"));
        concept.set("prefLabel", JSON.createObjectNode().put("en",
                new Locale.Builder().setRegion(country.code()).build().getDisplayCountry(Locale.ENGLISH)));
        return concept;
    }

    private static byte[] write(ObjectNode root) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        try {
            return JSON.writer(printer).writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }
}
