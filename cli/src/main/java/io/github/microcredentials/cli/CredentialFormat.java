package io.github.microcredentials.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Policy;
import java.util.Locale;

/**
 * A file format the CLI reads and writes credentials in. Each format module contributes one
 * implementation, listed in {@link Formats#all()}.
 */
interface CredentialFormat {

    /**
     * The name users give with {@code --to} and {@code --from}.
     *
     * @return for example {@code "native"}, {@code "edc"}, {@code "ob3"}
     */
    String name();

    /**
     * Whether the bytes look like this format; used to detect the format of an input file.
     *
     * @param input the file's bytes
     * @return {@code true} when this format should read them
     */
    boolean detects(byte[] input);

    /**
     * Why this format does not read a JSON object that it did not {@linkplain #detects detect}:
     * what it looked for and what it found instead.
     *
     * @param document the parsed input
     * @return one phrase, for example {@code no "type" member naming a native document}
     */
    String refusal(JsonNode document);

    /**
     * Reads a credential, with what could not be carried into the model as findings.
     *
     * @param input the file's bytes
     * @return the credential and the reader's findings
     * @throws CredentialParseException if the input is not a credential in this format
     */
    ReadResult<MicroCredential> read(byte[] input) throws CredentialParseException;

    /**
     * Reads any document this format carries, for commands that take more than credentials
     * ({@code validate}), with the reader's findings under the user's policy and in their language.
     *
     * @param input the file's bytes
     * @param policy the severities the user set, which apply to reader rules as to validation rules
     * @param locale the language of the findings
     * @return the document (a credential unless the format carries others) and the reader's findings
     * @throws CredentialParseException if the input is not a document in this format
     */
    ReadResult<Document> readDocument(byte[] input, Policy policy, Locale locale) throws CredentialParseException;

    /**
     * Writes a credential in this format.
     *
     * @param credential the credential
     * @return the file's bytes
     */
    byte[] write(MicroCredential credential);

    /**
     * A written file and what keeps it from being a valid file of its format.
     *
     * @param bytes the file's bytes
     * @param findings the writer's findings; errors mean the file does not conform to its format
     */
    record Written(byte[] bytes, Report findings) {
    }

    /**
     * Writes a credential and tells whether the file conforms to its format. Formats whose writer
     * cannot write a non-conforming file keep this default.
     *
     * @param credential the credential
     * @return the file and the writer's findings
     */
    default Written writeReporting(MicroCredential credential) {
        return new Written(write(credential), Report.empty());
    }
}
