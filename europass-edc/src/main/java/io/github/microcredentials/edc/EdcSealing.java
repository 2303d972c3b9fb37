package io.github.microcredentials.edc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * Prepares an EDC for sealing as the EU's EDC issuer does: the credential gets the sealer as its
 * {@code issuer} (legal name = the certificate's {@code O}, {@code eIDASIdentifier} = its
 * {@code organizationIdentifier} in the certificate's country, {@code altLabel} = {@code CN}, a
 * location with that country), and {@code issued} and {@code issuanceDate} when it has none. Seal
 * the result byte for byte (signing module, {@code JadesSealer}).
 *
 * <p>A seal adds; it changes nothing the credential states:
 * <ul>
 *   <li>an issuer node that already has the sealer's eIDAS identifier stays as it is;</li>
 *   <li>an issuer node without an eIDAS identifier that is the issuer only gets the sealer's
 *       identifier (and a location, legal name or alternative label only where it has none);</li>
 *   <li>an issuer node that is also something else, typically the awarding body the writer names
 *       as issuer when the credential has no issuer of its own, is left as it is: the sealer
 *       becomes a new issuer node, as in the EU's sealed samples;</li>
 *   <li>{@code issued} and {@code issuanceDate} that are present are kept; the awarding date is
 *       never touched (it is where {@link EdcReader} reads the date of issuing from).</li>
 * </ul>
 * An issuer with another eIDAS identifier than the sealer's is refused: one organisation does not
 * seal another's credential.
 *
 * <p>This module knows ELM; the signing module knows certificates. The caller wires them: read
 * the {@link Sealer} from the certificate's subject, prepare here, seal there.
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
     * Adds the sealer as issuer and, when absent, the issuing time.
     *
     * @param edc the EDC (JSON-LD, as {@link EdcWriter} writes it)
     * @param sealer the sealing legal person
     * @param issued the signing time (whole seconds are kept), written only where the EDC has no
     *     {@code issued} or {@code issuanceDate}
     * @return the EDC to seal, UTF-8 JSON with two-space indentation
     * @throws CredentialParseException if the input is not a JSON object, or its issuer is neither
     *     an object nor the id of a node in the document
     * @throws IllegalArgumentException if the issuer has an eIDAS identifier other than the sealer's
     */
    public static byte[] prepare(byte[] edc, Sealer sealer, Instant issued) throws CredentialParseException {
        ObjectNode root = parse(edc);
        JsonNode present = root.get("issuer");
        if (present == null) {
            root.set("issuer", sealerNode(sealer));
        } else {
            ObjectNode issuer = resolve(root, present);
            Optional<String> eidas = Optional.ofNullable(issuer.path("eIDASIdentifier").path("notation").textValue());
            if (eidas.isPresent() && !eidas.get().equals(sealer.eidasIdentifier())) {
                throw new IllegalArgumentException("the credential's issuer has the eIDAS identifier " + eidas.get()
                        + ", the seal certificate " + sealer.eidasIdentifier() + ": an organisation seals only its own credentials");
            }
            if (eidas.isEmpty() && isShared(root, issuer)) {
                root.set("issuer", sealerNode(sealer));
            } else if (eidas.isEmpty()) {
                complete(issuer, sealer);
            }
        }
        String time = issued.truncatedTo(ChronoUnit.SECONDS).toString();
        if (!root.hasNonNull("issued")) {
            root.put("issued", time);
        }
        if (!root.hasNonNull("issuanceDate")) {
            root.put("issuanceDate", time);
        }
        return write(root);
    }

    /** The issuer the certificate describes, as a node of its own. */
    private static ObjectNode sealerNode(Sealer sealer) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", "urn:epass:org:" + UUID.nameUUIDFromBytes(sealer.eidasIdentifier().getBytes(StandardCharsets.UTF_8)))
                .put("type", "Organisation");
        complete(node, sealer);
        return node;
    }

    /** Adds what the certificate says and the node lacks; overwrites nothing. */
    private static void complete(ObjectNode issuer, Sealer sealer) {
        if (!issuer.hasNonNull("legalName")) {
            issuer.set("legalName", JSON.createObjectNode().put("en", sealer.legalName()));
        }
        if (!issuer.hasNonNull("altLabel")) {
            sealer.commonName().ifPresent(cn -> issuer.set("altLabel", JSON.createObjectNode().put("en", cn)));
        }
        ObjectNode identifier = JSON.createObjectNode().put("id", CERTIFICATE_IDENTIFIER).put("type", "LegalIdentifier")
                .put("notation", sealer.eidasIdentifier());
        identifier.set("spatial", country(sealer.country()));
        issuer.set("eIDASIdentifier", identifier);
        if (!issuer.hasNonNull("location") || issuer.get("location").isEmpty()) {
            issuer.set("location", JSON.createArrayNode().add(location(sealer.country())));
        }
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

    /** The issuer node: inline, or the node its id names. */
    private static ObjectNode resolve(ObjectNode root, JsonNode issuer) throws CredentialParseException {
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

    /**
     * Whether the issuer's node is also something else in the document (an awarding body, a
     * referenced organisation): its id occurs outside {@code /issuer}.
     */
    private static boolean isShared(ObjectNode root, ObjectNode issuer) {
        String id = issuer.path("id").asText("");
        if (id.isEmpty()) {
            return false;
        }
        int[] occurrences = {0};
        root.properties().forEach(e -> {
            if (!e.getKey().equals("issuer")) {
                occurrences[0] += count(e.getValue(), id);
            }
        });
        return occurrences[0] > 0;
    }

    /** How often the id occurs in a tree, as a node's {@code id} or as a reference. */
    private static int count(JsonNode node, String id) {
        if (node.isTextual()) {
            return node.asText().equals(id) ? 1 : 0;
        }
        int n = 0;
        for (JsonNode child : node) {
            n += count(child, id);
        }
        return n;
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

    private static ObjectNode location(Country country) {
        ObjectNode address = JSON.createObjectNode().put("id", "urn:certificateAddress:1").put("type", "Address");
        address.set("countryCode", country(country));
        ObjectNode location = JSON.createObjectNode().put("id", CERTIFICATE_LOCATION).put("type", "Location");
        location.set("address", address);
        return location;
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
