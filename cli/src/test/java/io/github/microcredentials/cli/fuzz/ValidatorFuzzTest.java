package io.github.microcredentials.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Validator;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.openbadges.OpenBadgesReader;

/**
 * Fuzz target for the validator: whatever document a reader accepts, validation returns a report
 * (it never throws for a document the model holds).
 */
class ValidatorFuzzTest {

    private static final Validator VALIDATOR = Validator.create();

    @FuzzTest
    void validator(byte[] input) {
        try {
            VALIDATOR.validateDocument(NativeJson.create().readAny(input));
        } catch (CredentialParseException e) {
            Contract.expected(e);
        }
        for (Reader reader : new Reader[] {b -> EdcReader.create().read(b).value(), b -> OpenBadgesReader.create().read(b).value()}) {
            try {
                VALIDATOR.validate(reader.read(input));
            } catch (CredentialParseException e) {
                Contract.expected(e);
            }
        }
    }

    @FunctionalInterface
    private interface Reader {
        MicroCredential read(byte[] input) throws CredentialParseException;
    }
}
