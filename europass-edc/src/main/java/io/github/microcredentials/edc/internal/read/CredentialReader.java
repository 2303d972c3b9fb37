package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.edc.internal.elm.RuleIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.PreservedData;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.edc.internal.elm.EdcContexts;
import io.github.microcredentials.edc.internal.elm.Schemes;
import io.github.microcredentials.edc.internal.graph.Flattener;
import io.github.microcredentials.edc.internal.preserve.Complement;
import io.github.microcredentials.edc.internal.write.CredentialWriter;
import io.github.microcredentials.edc.internal.write.DisplayWriter;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an EDC into the model: unwraps the sealed (JWS JSON serialization) and upload
 * ({@code {"credential": …, "deliveryDetails": …}}) forms, checks that the document is an EDC,
 * reads the credential node, and reports what was left unread.
 */
public final class CredentialReader {

    /** Parses the payload string of a sealed credential, with the reader's limits. */
    @FunctionalInterface
    public interface PayloadParser {
        /**
         * @param payload the payload
         * @return its JSON tree
         * @throws CredentialParseException if it is not JSON or exceeds a limit
         */
        JsonNode parse(String payload) throws CredentialParseException;
    }

    private final ReadState state;

    private CredentialReader(ReaderFindings findings) {
        this.state = new ReadState(findings);
    }

    /**
     * @param document the parsed input
     * @param payloads the parser for a sealed credential's payload
     * @param findings the policy and language of the findings
     * @return the credential and the findings
     * @throws CredentialParseException if the input is not an EDC or is malformed
     */
    public static ReadResult<MicroCredential> read(JsonNode document, PayloadParser payloads, ReaderFindings findings)
            throws CredentialParseException {
        try {
            return new CredentialReader(findings).unwrap(document, payloads);
        } catch (Obj.UncheckedParse e) {
            throw e.parseException();
        } catch (IllegalArgumentException e) {
            throw new CredentialParseException(Problem.INVALID_VALUE, "", "a value the model rejects: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a parsed document looks like an EDC in one of the forms read: its credential node has
     * the type {@code EuropeanDigitalCredential}.
     *
     * @param document the parsed input
     * @param payloads the payload parser
     * @return {@code true} for an EDC
     */
    public static boolean isEdc(JsonNode document, PayloadParser payloads) {
        try {
            JsonNode credential = credentialOf(document, payloads);
            JsonNode type = credential.path("type");
            return type.isTextual() ? type.asText().equals("EuropeanDigitalCredential")
                    : containsText(type, "EuropeanDigitalCredential");
        } catch (CredentialParseException e) {
            return false;
        }
    }

    private static boolean containsText(JsonNode array, String text) {
        for (JsonNode value : array) {
            if (value.isTextual() && value.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode credentialOf(JsonNode document, PayloadParser payloads) throws CredentialParseException {
        if (isSealed(document)) {
            return payloads.parse(document.get("payload").asText());
        }
        return document.path("credential").isObject() ? document.get("credential") : document;
    }

    private static boolean isSealed(JsonNode document) {
        return document.path("payload").isTextual() && (document.has("signatures") || document.has("signature"));
    }

    private ReadResult<MicroCredential> unwrap(JsonNode document, PayloadParser payloads) throws CredentialParseException {
        if (!document.isObject()) {
            throw new CredentialParseException(Problem.WRONG_TYPE, "", "expected a JSON object");
        }
        String prefix = "";
        boolean upload = false;
        JsonNode credential = document;
        if (isSealed(document)) {
            credential = payloads.parse(document.get("payload").asText());
        } else if (document.path("credential").isObject()) {
            prefix = "/credential";
            upload = true;
            credential = document.get("credential");
            envelope(document);
        }
        if (!(credential instanceof ObjectNode root)) {
            throw new CredentialParseException(Problem.WRONG_TYPE, prefix, "expected a credential object");
        }
        return credential(root, prefix, upload);
    }

    /** The upload form: {@code deliveryDetails} (delivery address, display template) is not credential data. */
    private void envelope(JsonNode document) {
        document.fieldNames().forEachRemaining(name -> {
            if (name.equals("deliveryDetails")) {
                state.info(RuleIds.UNMAPPED, "deliveryDetails", "/deliveryDetails", Optional.empty());
            } else if (!name.equals("credential")) {
                state.unmapped("/" + Obj.escape(name), null);
            }
        });
    }

    private ReadResult<MicroCredential> credential(ObjectNode node, String prefix, boolean upload) throws CredentialParseException {
        Obj root = state.obj(node, prefix);
        kind(root);
        context(root, upload);
        state.index(node, prefix);
        Leftovers.idReuse(state, node, prefix);
        URI id = root.uri("id").orElseThrow(() -> new CredentialParseException(Problem.MISSING_PROPERTY, prefix, "a credential without \"id\""));
        MicroCredential.Builder mc = MicroCredential.builder(id);
        profiles(root);
        Obj subject = root.object("credentialSubject").orElseThrow(() -> new CredentialParseException(
                Problem.MISSING_PROPERTY, prefix, "a credential without \"credentialSubject\""));
        subject.expectType("Person");
        PartyReader.learner(subject).ifPresent(mc::learner);
        ClaimReader claims = new ClaimReader(mc);
        claim(subject, claims);
        issuer(root, claims.awardingBodies()).ifPresent(mc::issuer);
        dates(root, mc, claims);
        status(root, mc);
        MicroCredential read = mc.build();
        display(root, read);
        Leftovers.report(state, node, prefix);
        return new ReadResult<>(preserve(node, read, prefix), Report.of(state.findings()));
    }

    /**
     * The credential with what the EDC says beyond it as preserved data: the statements the model
     * has no element for, and those the writer would add, against what the writer makes of the
     * credential in the same form (with {@code issued} when the EDC has it).
     */
    private MicroCredential preserve(ObjectNode node, MicroCredential read, String prefix) {
        Flattener.Flattened input = Flattener.flatten(node, "_:b");
        Flattener.Flattened written = Flattener.flatten(CredentialWriter.write(read, node.hasNonNull("issued")), "_:w");
        if (!input.root().equals(written.root())) {
            return read;
        }
        Optional<PreservedData> preserved = Complement.compute(input.graph(), written.graph(), input.root());
        preserved.ifPresent(p -> state.info(RuleIds.PRESERVED, null, prefix, Optional.empty(),
                Complement.added(p)));
        return preserved.map(p -> read.toBuilder().addPreserved(p).build()).orElse(read);
    }

    private static void kind(Obj root) throws CredentialParseException {
        Set<String> types = Set.copyOf(root.types());
        if (types.contains("VerifiablePresentation") || types.contains("EuropeanDigitalPresentation")) {
            throw new CredentialParseException(Problem.UNSUPPORTED, root.at("type"), "a presentation, not a credential");
        }
        if (!types.contains("EuropeanDigitalCredential")) {
            throw new CredentialParseException(Problem.UNSUPPORTED, root.at("type"),
                    "not a European Digital Credential (type " + types + ")");
        }
        // The VC context scopes the credential terms (credentialSubject, issuer, validFrom, credentialSchema…)
        // to this type: without it JSON-LD defines none of them, so the EDC's graph, which the preserved data
        // follows, has no learner or claim, while its JSON tree does; read, it would write back without them.
        if (!types.contains("VerifiableCredential")) {
            throw new CredentialParseException(Problem.UNSUPPORTED, root.at("type"),
                    "a European Digital Credential not typed \"VerifiableCredential\" (type " + types
                            + "): JSON-LD gives it none of the credential terms (credentialSubject, issuer, validFrom…)");
        }
    }

    private void context(Obj root, boolean upload) {
        List<Obj.Item> contexts = root.items("@context");
        if (contexts.isEmpty()) {
            state.finding(RuleIds.CONTEXT, "missing", upload ? Severity.INFO : Severity.WARNING, root.pointer(),
                    Optional.empty());
        }
        for (Obj.Item context : contexts) {
            String url = context.value().isTextual() ? context.value().asText() : "";
            if (!url.equals(CredentialWriter.VC_V1) && !url.equals(EdcContexts.EDC_AP.toString())) {
                state.finding(RuleIds.CONTEXT, null, Severity.WARNING, context.pointer(),
                        Optional.of(context.value().toString()));
            }
        }
    }

    private void profiles(Obj root) {
        for (Obj.Item item : root.items("credentialProfiles")) {
            ConceptValue profile = ConceptValue.read(state, item);
            if (profile.id().equals(Schemes.GENERIC_PROFILE)) {
                profile.known();
            } else {
                state.unmapped(item.pointer(), "credentialProfile");
                state.consumeTree(item.value());
            }
        }
        for (Obj.Item item : root.items("credentialSchema")) {
            if (!item.value().path("id").asText().equals(CredentialWriter.GENERIC_FULL)) {
                state.unmapped(item.pointer(), "credentialSchema");
            }
            state.consumeTree(item.value());
        }
    }

    private void claim(Obj subject, ClaimReader claims) throws CredentialParseException {
        boolean read = false;
        for (Obj.Item item : subject.items("hasClaim")) {
            Optional<Obj> claim = subject.resolve(item);
            Set<String> types = claim.map(c -> Set.copyOf(c.types())).orElse(Set.of());
            if (!read && types.contains("LearningAchievement")) {
                claims.achievement(claim.get());
                read = true;
            } else if (!read && types.contains("LearningActivity")) {
                claims.participation(claim.get());
                read = true;
            } else {
                state.unmapped(item.pointer(), "claim");
                state.consumeTree(item.value());
            }
        }
        if (!read) {
            throw new CredentialParseException(Problem.UNSUPPORTED, subject.at("hasClaim"),
                    "no LearningAchievement or LearningActivity claim");
        }
    }

    /** The issuer, when it is not one of the awarding bodies (then it is only the sealer's view of one). */
    private Optional<Organisation> issuer(Obj root, List<Organisation> bodies) {
        Optional<Obj.Item> item = root.item("issuer");
        if (item.isEmpty()) {
            return Optional.empty();
        }
        Optional<Obj> node = root.resolve(item.get());
        if (node.isEmpty()) {
            state.unmapped(item.get().pointer(), "undescribedIssuer");
            return Optional.empty();
        }
        Organisation issuer = PartyReader.organisation(node.get());
        return bodies.contains(issuer) ? Optional.empty() : Optional.of(issuer);
    }

    /**
     * The date of issuing: the awarding date, else {@code issued}, else {@code issuanceDate}, else
     * {@code validFrom} (an unsealed EDC's only date); the others are read when they are the same
     * instant and reported otherwise. The awarding date comes first because a seal sets
     * {@code issued} to its own time: sealing must not change the credential read.
     */
    private void dates(Obj root, MicroCredential.Builder mc, ClaimReader claims) {
        Optional<OffsetDateTime> awardingDate = claims.awardingDate();
        Optional<OffsetDateTime> issued = root.dateTime("issued");
        Optional<OffsetDateTime> issuance = root.dateTime("issuanceDate");
        Optional<OffsetDateTime> validFrom = root.dateTime("validFrom");
        Optional<OffsetDateTime> date = awardingDate.or(() -> issued).or(() -> issuance).or(() -> validFrom);
        date.ifPresent(mc::issued);
        same(date, issued, root.at("issued"), "date of sealing (issued)");
        same(date, issuance, root.at("issuanceDate"), "issuance date");
        same(date, validFrom, root.at("validFrom"), "start of validity");
        Optional<OffsetDateTime> expiration = root.dateTime("expirationDate");
        Optional<OffsetDateTime> validUntil = root.dateTime("validUntil");
        expiration.or(() -> validUntil).ifPresent(mc::validUntil);
        same(expiration.or(() -> validUntil), validUntil, root.at("validUntil"), "end of validity");
    }

    /**
     * The status: an {@code xsd:anyURI} literal (or a plain string) of the form
     * {@code <status list URL>#<index>}, read as a revocation entry (the writer's mapping); any other
     * value is reported as not carried.
     */
    private void status(Obj root, MicroCredential.Builder mc) {
        for (Obj.Item item : root.items("credentialStatus")) {
            JsonNode value = item.value();
            String url = value.isTextual() ? value.textValue()
                    : value.isObject() && value.path("@value").isTextual() ? value.path("@value").textValue() : null;
            java.util.Optional<io.github.microcredentials.core.model.BitstringStatusListEntry> entry =
                    url == null ? java.util.Optional.empty() : StatusUrl.entry(url);
            if (entry.isPresent()) {
                mc.addCredentialStatus(entry.get());
            } else {
                state.unmapped(item.pointer(), "credentialStatus");
            }
            state.consumeTree(value);
        }
    }

    private void same(Optional<OffsetDateTime> date, Optional<OffsetDateTime> other, String pointer, String what) {
        if (other.isPresent() && (date.isEmpty() || !date.get().isEqual(other.get()))) {
            state.unmapped(pointer, "otherDate", what);
        }
    }

    /** Display parameters the writer would derive from the credential are no information of their own. */
    private void display(Obj root, MicroCredential mc) {
        root.item("displayParameter").ifPresent(item -> {
            if (!item.value().equals(DisplayWriter.display(mc))) {
                state.info(RuleIds.UNMAPPED, "display", item.pointer(), Optional.empty());
            }
            state.consumeTree(item.value());
        });
    }
}
