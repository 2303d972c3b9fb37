package io.github.microcredentials.edc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.edc.internal.write.CredentialWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a micro-credential as a Europass European Digital Credential: European Learning Model v3
 * JSON-LD with the contexts {@code https://www.w3.org/2018/credentials/v1} and
 * {@code http://data.europa.eu/snb/model/context/edc-ap}, the "Generic" credential profile and the
 * {@code edc-generic-full} SHACL schema.
 *
 * <p>Every Annex I element and every other model element has a documented home in ELM (README,
 * "Europass European Digital Credentials"), so that {@link EdcReader} reads the output back into
 * an equal credential. Output is deterministic (node identifiers {@code urn:epass:<class>:<n>},
 * two-space indentation, {@code \n} line ends) and valid against the bundled context: every key
 * is a term of it. Nothing is fetched.
 *
 * <p>The output is an <em>unsealed</em> credential. A sealing tool sets {@code issued} and the
 * issuer's {@code eIDASIdentifier} (the issuer is {@link MicroCredential#issuer()}, else the first
 * awarding body); {@link Form#ISSUED} writes {@code issued} from the credential's date of issuing for
 * tools that expect it before sealing. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String edc = EdcWriter.create().write(credential);
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

    private static final ObjectWriter JSON;

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
     * Writes the credential as UTF-8 JSON-LD.
     *
     * @param credential the credential
     * @return the EDC document
     * @throws IllegalArgumentException if a vocabulary value is neither known to the library nor an
     *     IRI, so that it cannot be an ELM concept
     */
    public byte[] writeBytes(MicroCredential credential) {
        Objects.requireNonNull(credential, "credential");
        try {
            return JSON.writeValueAsBytes(CredentialWriter.write(credential, form == Form.ISSUED));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise a JSON tree", e);
        }
    }

    /**
     * Writes the credential as JSON-LD text.
     *
     * @param credential the credential
     * @return the EDC document
     * @throws IllegalArgumentException as {@link #writeBytes(MicroCredential)}
     */
    public String write(MicroCredential credential) {
        return new String(writeBytes(credential), StandardCharsets.UTF_8);
    }
}
