package io.github.microcredentials.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.openbadges.OpenBadgesReader;

/**
 * Fuzz targets for the public readers: native JSON, Europass EDC (JSON-LD, the upload form and the
 * JAdES-sealed form, whose payload it reads), Open Badges 3.0. Seeds and every input that once
 * failed are in {@code ReadersFuzzTestInputs/<target>}; {@code mvn verify} replays them,
 * {@code scripts/fuzz.sh} fuzzes (see SECURITY.md).
 */
class ReadersFuzzTest {

    private static final NativeJson NATIVE = NativeJson.create();

    @FuzzTest
    void nativeJson(byte[] input) {
        try {
            NATIVE.readAnyReporting(input);
        } catch (CredentialParseException e) {
            Contract.expected(e);
        }
        NATIVE.isNativeDocument(input);
    }

    @FuzzTest
    void edc(byte[] input) {
        try {
            EdcReader.create().read(input);
        } catch (CredentialParseException e) {
            Contract.expected(e);
        }
        EdcReader.create().isEdcDocument(input);
    }

    @FuzzTest
    void openBadges(byte[] input) {
        try {
            OpenBadgesReader.create().read(input);
        } catch (CredentialParseException e) {
            Contract.expected(e);
        }
        OpenBadgesReader.create().isOpenBadgeCredential(input);
    }
}
