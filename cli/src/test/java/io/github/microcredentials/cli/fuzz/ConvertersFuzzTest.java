package io.github.microcredentials.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.edc.EdcWriter;
import io.github.microcredentials.openbadges.OpenBadgesReader;
import io.github.microcredentials.openbadges.OpenBadgesWriter;

/**
 * Fuzz targets for the converters: what one reader accepts, every writer writes, and the written
 * document reads back (EDC to Open Badges and native, Open Badges to EDC and native, native to both).
 */
class ConvertersFuzzTest {

    @FuzzTest
    void edcToOthers(byte[] input) {
        MicroCredential credential;
        try {
            credential = EdcReader.create().read(input).value();
        } catch (CredentialParseException e) {
            Contract.expected(e);
            return;
        }
        writeAndReadBack(credential);
    }

    @FuzzTest
    void openBadgesToOthers(byte[] input) {
        MicroCredential credential;
        try {
            credential = OpenBadgesReader.create().read(input).value();
        } catch (CredentialParseException e) {
            Contract.expected(e);
            return;
        }
        writeAndReadBack(credential);
    }

    @FuzzTest
    void nativeToOthers(byte[] input) {
        MicroCredential credential;
        try {
            credential = NativeJson.create().read(input, MicroCredential.class);
        } catch (CredentialParseException e) {
            Contract.expected(e);
            return;
        }
        writeAndReadBack(credential);
    }

    /** Writes a credential in every format and reads each back; a writer's output must always be readable. */
    private static void writeAndReadBack(MicroCredential credential) {
        try {
            EdcReader.create().read(EdcWriter.create().writeBytes(credential));
            NativeJson.create().read(NativeJson.create().writeBytes(credential), MicroCredential.class);
            byte[] openBadges;
            try {
                openBadges = OpenBadgesWriter.create().writeBytes(credential);
            } catch (IllegalArgumentException e) {
                // Documented: Open Badges 3.0 requires a title, an issuer, a date of issuing and a learner.
                return;
            }
            OpenBadgesReader.create().read(openBadges);
        } catch (CredentialParseException e) {
            throw new AssertionError("a writer's output does not read back: " + e.getMessage(), e);
        }
    }
}
