package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.EdcReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.vocab.Country;
import org.junit.jupiter.api.io.TempDir;

class ConvertEdcTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void nativeToEdc_ofACredentialWithoutTheSealersEidasIdentifier_isWrittenWithExitOneAndTheFinding_andReadsBack() throws Exception {
        Path nativeFile = dir.resolve("mc.json");
        Files.writeString(nativeFile, NativeJson.create().write(Samples.microCredential()));
        Path edcFile = dir.resolve("mc.jsonld");
        StringWriter err = new StringWriter();

        assertThat(run(new StringWriter(), err, "convert", "--to", "edc", "--out", edcFile.toString(), nativeFile.toString()))
                .isEqualTo(Main.FINDINGS);

        assertThat(err.toString()).contains("ERROR EDC-SHAPE", "eidasLegalIdentifier", "a sealer adds", "does not conform")
                .doesNotContain("error:");
        assertThat(EdcReader.create().read(Files.readAllBytes(edcFile)).value()).isEqualTo(Samples.microCredential());

        Path back = dir.resolve("back.json");
        StringWriter err2 = new StringWriter();
        assertThat(run(new StringWriter(), err2, "convert", "--to", "native", "--out", back.toString(), edcFile.toString())).isZero();
        assertThat(err2.toString()).isEmpty();
        assertThat(NativeJson.create().read(Files.readAllBytes(back), MicroCredential.class)).isEqualTo(Samples.microCredential());
    }

    @Test
    void nativeToEdc_ofACompleteCredential_conforms_withExitZero() throws Exception {
        MicroCredential sealed = Samples.microCredential().toBuilder().issuer(Samples.ucn().toBuilder()
                .eidasIdentifier(LegalIdentifier.of("VATDK-30827651", new Country("DK"))).build()).build();
        Path nativeFile = Files.writeString(dir.resolve("mc.json"), NativeJson.create().write(sealed));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(run(out, err, "convert", "--to", "edc", nativeFile.toString())).isEqualTo(Main.OK);

        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("\"issued\"", "VATDK-30827651");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spec-basic", "spec-basic-vc11", "spec-complete", "spec-skill-assertion-case",
        "spec-achievementAlignmentCase", "spec-achievementAlignmentCe", "spec-skillAssertionCtdl",
        "spec-ldp-testvector-signed", "spec-ldp-testvector-unsigned",
        "more/spec-basicOpenBadgeCredential", "more/spec-docformat-Sample-OpenBadgeCredential-file-contents", "more/spec-equality-and-comparison-Sample-credential-A", "more/spec-equality-and-comparison-Sample-credential-C", "more/spec-fullOpenBadge", "more/spec-migrating-Upgraded-OB-2-0-assertion-included-within-CLR-2-0", "more/spec-recommended-practices-Achievement-alignment-CASE", "more/spec-recommended-practices-Skill-Assertion-Credential-Registry", "more/spec-skillAssertionCase", "more/spec-examples-5", "more/spec-readme-Sample-assertion-credential"})
    void oneEdTechExample_toEdc_isExitOneWithTheFindings_neverAnError(String name) throws IOException {
        Path example = copy("/cli/ob3/" + name + ".json", name.replace('/', '-') + ".json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(run(out, err, "convert", "--to", "edc", example.toString())).isEqualTo(Main.FINDINGS);

        assertThat(err.toString()).contains("ERROR EDC-SHAPE", "does not conform").doesNotContain("error:", "Exception");
        assertThat(out.toString()).contains("EuropeanDigitalCredential");
    }

    @Test
    void oneEdTechEndorsement_toEdc_isExitOneSayingWhy() throws IOException {
        Path example = copy("/cli/ob3/spec-endorsement.json", "endorsement.json");
        StringWriter err = new StringWriter();

        assertThat(run(new StringWriter(), err, "convert", "--to", "edc", example.toString())).isEqualTo(Main.FINDINGS);

        assertThat(err.toString()).contains("EndorsementCredential endorses https://1edtech.edu/issuers/565049",
                "OB3-ENDORSEMENT-UNSIGNED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"more/spec-linked-data-proof-clr-Credential", "more/spec-linked-data-proof-clr-Signed-credential"})
    void clrCredential_toEdc_isExitOneSayingWhy(String name) throws IOException {
        Path example = copy("/cli/ob3/" + name + ".json", "clr.json");
        StringWriter err = new StringWriter();

        assertThat(run(new StringWriter(), err, "convert", "--to", "edc", example.toString())).isEqualTo(Main.FINDINGS);

        assertThat(err.toString()).contains("ClrCredential holds several achievement credentials");
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = ConvertEdcTest.class.getResourceAsStream(resource)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void sealedEuSample_toNative_reportsWhatTheModelCannotCarry() throws IOException {
        Path sample = dir.resolve("sample.jsonld");
        try (InputStream in = ConvertEdcTest.class.getResourceAsStream("/cli/support-AA-Annex1-MC-signed.jsonld")) {
            Files.write(sample, in.readAllBytes());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(run(out, err, "convert", "--to", "native", sample.toString())).isZero();

        assertThat(out.toString()).contains("\"type\": \"MicroCredential\"", "Digital micro-credential creation");
        assertThat(err.toString()).contains("EDC-UNMAPPED", "/credentialSubject/gender");
    }
}
