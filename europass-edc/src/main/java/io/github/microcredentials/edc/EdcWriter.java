package io.github.microcredentials.edc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.PreservedData;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.edc.internal.elm.EdcContexts;
import io.github.microcredentials.edc.internal.graph.Compactor;
import io.github.microcredentials.edc.internal.graph.Flattener;
import io.github.microcredentials.edc.internal.preserve.Complement;
import io.github.microcredentials.edc.internal.shape.ShapeCheck;
import io.github.microcredentials.edc.internal.write.Approximations;
import io.github.microcredentials.edc.internal.write.CredentialWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a micro-credential as a Europass European Digital Credential: European Learning Model v3
 * JSON-LD with the contexts {@code https://www.w3.org/2018/credentials/v1} and
 * {@code http://data.europa.eu/snb/model/context/edc-ap}, the "Generic" credential profile and the
 * {@code edc-generic-full} SHACL schema.
 *
 * <p>Every Annex I element and every other model element has a documented home in ELM (README,
 * "Europass European Digital Credentials"), so that {@link EdcReader} reads the output back into
 * an equal credential. A credential read from an EDC carries what the model has no element for as
 * {@link io.github.microcredentials.core.model.PreservedData preserved data}; the writer writes it
 * back, so that EDC → model → EDC keeps every statement of the EDC read. Output is deterministic
 * (node identifiers {@code urn:epass:<class>:<n>} or those of the EDC read, two-space indentation,
 * {@code \n} line ends) and valid against the bundled context. Writing never throws for a credential:
 * every vocabulary value has a concept (one of the library's own for a value it does not know).
 *
 * <p><b>Conformance.</b> {@link #writeReporting} checks the document against every constraint of
 * the EU's EDC SHACL shapes (edc-generic-full 1.1.0; the constraints are bundled as a table generated
 * from the shapes, no SHACL engine runs) and reports each one it fails as an
 * {@link EdcFindings#SHAPE} error; without errors the document conforms to the shapes. It
 * also warns where ELM states a value only approximately ({@link EdcFindings#ACHIEVEMENT_TYPE}).
 *
 * <p><b>Forms.</b> {@link Form#UNSEALED} (the default) leaves {@code issued} to the sealer, as the
 * EDC issuer expects it; such a document never conforms on its own (its finding says so), and
 * {@link EdcSealing} completes it with the sealer's issuer. {@link Form#ISSUED} writes {@code issued}
 * from the date of issuing; it conforms when the credential has what the shapes require, including
 * an issuer (its {@code issuer}, else the first awarding body) with an eIDAS identifier.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * EdcWriter.Result result = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(credential);
 * if (!result.conforms()) {
 *     result.findings().findings().forEach(System.out::println);   // EDC-SHAPE …
 * }
 * byte[] edc = result.bytes();
 * }</pre>
 *
 * @see <a href="https://europa.eu/europass/elm-browser/index.html">European Learning Model</a>
 */
public final class EdcWriter {

    /** Which of the sealer's properties the writer sets itself. */
    public enum Form {
        /** No {@code issued}: the form an EDC sealing tool accepts and completes. */
        UNSEALED,
        /** {@code issued} and {@code issuanceDate} set to the credential's date of issuing. */
        ISSUED
    }

    /** A written EDC and what keeps it from conforming to the EDC shapes. */
    public static final class Result {
        private final byte[] bytes;
        private final Report findings;

        private Result(byte[] bytes, Report findings) {
            this.bytes = bytes;
            this.findings = findings;
        }

        /**
         * The document.
         *
         * @return a copy of its UTF-8 bytes
         */
        public byte[] bytes() {
            return bytes.clone();
        }

        /**
         * The document as text.
         *
         * @return the JSON-LD text
         */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /**
         * The findings: {@link EdcFindings#SHAPE} errors, approximations, preserved data that
         * could not be placed.
         *
         * @return the report
         */
        public Report findings() {
            return findings;
        }

        /**
         * Whether the document conforms to the EU's EDC SHACL shapes.
         *
         * @return {@code true} when there is no error
         */
        public boolean conforms() {
            return findings.conforms();
        }
    }

    private static final ObjectWriter JSON;
    private static final List<String> CONTEXTS = List.of(CredentialWriter.VC_V1, EdcContexts.EDC_AP.toString());

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        JSON = new ObjectMapper().writer(printer);
    }

    private final Form form;

    private EdcWriter(Form form) {
        this.form = form;
    }

    /**
     * A writer of unsealed credentials.
     *
     * @return the writer
     */
    public static EdcWriter create() {
        return new EdcWriter(Form.UNSEALED);
    }

    /**
     * A writer of the given form.
     *
     * @param form whether to set {@code issued}
     * @return the writer
     */
    public static EdcWriter create(Form form) {
        return new EdcWriter(Objects.requireNonNull(form, "form"));
    }

    /**
     * Writes the credential and checks the document against the EDC shapes.
     *
     * @param credential the credential
     * @return the document and its findings
     */
    public Result writeReporting(MicroCredential credential) {
        Objects.requireNonNull(credential, "credential");
        ObjectNode tree = CredentialWriter.write(credential, form == Form.ISSUED);
        List<Finding> findings = new ArrayList<>(Approximations.of(credential));
        Optional<PreservedData> preserved = credential.preserved(Complement.FORMAT);
        if (preserved.isPresent()) {
            tree = withPreserved(tree, preserved.get(), findings);
        }
        Flattener.Flattened written = Flattener.flatten(tree, "_:b");
        findings.addAll(ShapeCheck.check(written.graph(), written.pointers(), hints()));
        try {
            return new Result(JSON.writeValueAsBytes(tree), Report.of(findings));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise a JSON tree", e);
        }
    }

    /**
     * Writes the credential as UTF-8 JSON-LD, without telling whether it conforms (see
     * {@link #writeReporting}).
     *
     * @param credential the credential
     * @return the EDC document
     */
    public byte[] writeBytes(MicroCredential credential) {
        return writeReporting(credential).bytes;
    }

    /**
     * Writes the credential as JSON-LD text, without telling whether it conforms (see
     * {@link #writeReporting}).
     *
     * @param credential the credential
     * @return the EDC document
     */
    public String write(MicroCredential credential) {
        return new String(writeBytes(credential), StandardCharsets.UTF_8);
    }

    /** What the writer wrote, with the statements the credential preserved from the EDC it was read from. */
    private static ObjectNode withPreserved(ObjectNode tree, PreservedData preserved, List<Finding> findings) {
        Flattener.Flattened written = Flattener.flatten(tree, "_:w");
        try {
            Complement.Applied applied = Complement.apply(written.graph(), written.root(), preserved);
            if (!applied.detached().isEmpty()) {
                ReaderFindings.defaults().create(EdcFindings.PRESERVED, "detached", Severity.WARNING, "",
                        String.join(" ", applied.detached()), applied.detached().size()).ifPresent(findings::add);
            }
            return Compactor.compact(applied.graph(), written.root(), CONTEXTS);
        } catch (IllegalArgumentException e) {
            ReaderFindings.defaults().create(EdcFindings.PRESERVED, "notWritten", Severity.WARNING, "", null, e.getMessage())
                    .ifPresent(findings::add);
            return tree;
        }
    }

    /** Words added to the shape findings where the remedy is not in the credential. */
    private Map<String, String> hints() {
        return Map.of(
                "https://www.w3.org/2018/credentials#issued", form == Form.UNSEALED
                        ? "the unsealed form leaves it to the sealer (EdcSealing.prepare; the CLI's sign --format jades)"
                        : "the credential has no date of issuing (CR-M5)",
                "https://www.w3.org/2018/credentials#validFrom", "the credential has no date of issuing (CR-M5)",
                "http://data.europa.eu/snb/model/elm/eidasLegalIdentifier",
                "a sealer adds the issuer's eIDAS identifier from its seal certificate (EdcSealing.prepare)",
                "http://data.europa.eu/snb/model/elm/location", "the organisation has no country",
                "http://purl.org/dc/terms/spatial", "the identifier has no country");
    }
}
