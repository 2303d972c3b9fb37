package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.vocab.Country;
import java.util.List;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

class EdcWriterTest {

    /** The sample credential as a sealer completes it: the issuer's eIDAS identifier added. */
    static MicroCredential sealed(MicroCredential mc) {
        Organisation body = mc.awardingBodies().get(0);
        return mc.toBuilder().issuer(body.toBuilder()
                .eidasIdentifier(LegalIdentifier.of("VATDK-30827651", new Country("DK"))).build()).build();
    }

    @Test
    void sample_unsealed_lacksExactlyIssuedAndIssuerEidas() {
        byte[] edc = EdcWriter.create().writeBytes(Samples.microCredential());
        List<String> violations = Shacl.violations(Shacl.validate(edc));
        assertThat(violations).hasSize(2);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("credentials#issued"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("IssuerNodeShape"));
    }

    @Test
    void sample_issuedWithIssuerData_conformsToShapes() {
        byte[] edc = EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(sealed(Samples.microCredential()));
        ValidationReport report = Shacl.validate(edc);
        assertThat(Shacl.violations(report)).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void sample_passesSafeMode() {
        assertThat(SafeMode.check(EdcWriter.create().writeBytes(Samples.microCredential()))).isEmpty();
    }

    @Test
    void output_isDeterministic_whateverOrderEqualValuesWereBuiltIn() {
        // Writing one object twice could not tell; an equal value built in another order can.
        MicroCredential danishFirst = Samples.microCredential().toBuilder()
                .title(LocalizedString.of("da", "FAIR forskningsdatahåndtering").with("en", "FAIR Research Data Management"))
                .build();

        assertThat(danishFirst).isEqualTo(Samples.microCredential());
        assertThat(EdcWriter.create().write(danishFirst)).isEqualTo(EdcWriter.create().write(Samples.microCredential()));
    }

    @Test
    void everyConcept_hasTypeAndScheme_andNoIdentifierStandsForTwoNodes() throws Exception {
        byte[] edc = EdcWriter.create().writeBytes(Samples.microCredential());
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(edc);

        List<com.fasterxml.jackson.databind.JsonNode> concepts = root.findParents("inScheme");
        assertThat(concepts).hasSizeGreaterThan(20).allSatisfy(c -> {
            assertThat(c.path("type").asText()).isEqualTo("Concept");
            assertThat(c.path("inScheme").path("id").asText()).startsWith("http");
        });
        assertThat(EdcReader.create().read(edc).findings().findings(EdcFindings.ID_REUSE)).isEmpty();
    }

    @Test
    void edcContext_isBundled() {
        assertThat(io.github.microcredentials.core.jsonld.JsonLdContexts.bundled().contains(Edc.CONTEXT)).isTrue();
    }

    @Test
    void anUnlistedLanguageConcept_whoseTagIsNoIso639Language_isRefusedByTheReader() {
        // The model holds ISO 639 languages only, so the writer never makes such a concept; another tool might.
        String edc = EdcWriter.create(EdcWriter.Form.ISSUED).write(Samples.microCredential());
        String language = edc.substring(edc.indexOf("http://publications.europa.eu/resource/authority/language/"));
        language = language.substring(0, language.indexOf('"'));
        byte[] forged = edc.replace(language, "https://microcredentials.github.io/vocab/language/unlisted/xx")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EdcReader.create().read(forged))
                .isInstanceOf(io.github.microcredentials.core.CredentialParseException.class)
                .hasMessageContaining("not a language of the EU language table");
    }

    @Test
    void unlistedVocabularyValues_readBackAsTheValuesTheyWere() throws Exception {
        MicroCredential mc = Samples.microCredential().toBuilder()
                .kind(io.github.microcredentials.core.vocab.CredentialKind.parse("MicroMasters"))
                .learningSetting(io.github.microcredentials.core.vocab.LearningSetting.parse("blended"))
                .formOfStudy(io.github.microcredentials.core.vocab.FormOfStudy.parse("evening classes")).build();

        byte[] edc = EdcWriter.create().writeBytes(mc);

        assertThat(new String(edc, java.nio.charset.StandardCharsets.UTF_8))
                .contains("https://microcredentials.github.io/vocab/credential-kind/unlisted/MicroMasters",
                        "https://microcredentials.github.io/vocab/form-of-study/unlisted/evening%20classes");
        assertThat(EdcReader.create().read(edc).value()).isEqualTo(mc);
    }
}
