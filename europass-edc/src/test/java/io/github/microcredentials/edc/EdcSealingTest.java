package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.vocab.Country;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filling the issuer from the seal certificate, as EDC's sealing does. */
class EdcSealingTest {

    static final EdcSealing.Sealer SEALER = new EdcSealing.Sealer("ORGANIZACION TEST", "VATES-A00000000", new Country("ES"), Optional.of("TEST SEAL"));
    static final Instant TIME = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void prepared_conformsToTheShapes_andReadsBackWithTheSealersIssuer() throws Exception {
        byte[] prepared = EdcSealing.prepare(EdcWriter.create().writeBytes(Samples.microCredential()), SEALER, TIME);

        assertThat(Shacl.violations(Shacl.validate(prepared))).isEmpty();
        MicroCredential read = EdcReader.create().read(prepared).value();
        // The sample's issuer is its awarding body: the reader then carries it as that body.
        Organisation issuer = read.issuer().or(() -> read.awardingBodies().stream().findFirst()).orElseThrow();
        assertThat(issuer.legalName().get("en")).contains("ORGANIZACION TEST");
        assertThat(issuer.eidasIdentifier().orElseThrow().notation()).isEqualTo("VATES-A00000000");
        assertThat(issuer.eidasIdentifier().orElseThrow().country()).contains(new Country("ES"));
        assertThat(issuer.shortName().flatMap(s -> s.get("en"))).contains("TEST SEAL");
    }

    @Test
    void prepared_setsIssuedAndTheCertificateNodesAsEdcDoes() throws Exception {
        JsonNode root = new ObjectMapper().readTree(EdcSealing.prepare(EdcWriter.create().writeBytes(Samples.microCredential()), SEALER, TIME));

        assertThat(root.path("issued").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(root.path("issuanceDate").asText()).isEqualTo("2026-03-01T12:00:00Z");
        JsonNode issuer = root.path("issuer").isTextual() ? null : root.path("issuer");
        String text = root.toString();
        assertThat(text).contains("\"id\":\"urn:certificateIdentifier:1\"", "\"id\":\"urn:certificateLocation:1\"",
                "http://publications.europa.eu/resource/authority/country/ESP");
        assertThat(issuer == null || issuer.path("eIDASIdentifier").path("notation").asText().equals("VATES-A00000000")).isTrue();
    }

    @Test
    void preparingTwice_keepsOneCertificateLocation() throws Exception {
        byte[] once = EdcSealing.prepare(EdcWriter.create().writeBytes(Samples.microCredential()), SEALER, TIME);
        String twice = new String(EdcSealing.prepare(once, SEALER, TIME), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(twice.split("urn:certificateLocation:1", -1)).hasSize(2);
    }

    @Test
    void sealingACredentialWhoseIssuerIsItsAwardingBody_leavesTheAwardingBodyAsItIs() throws Exception {
        MicroCredential mc = Samples.microCredential();

        MicroCredential read = EdcReader.create().read(EdcSealing.prepare(EdcWriter.create().writeBytes(mc), SEALER, TIME)).value();

        assertThat(read.awardingBodies()).isEqualTo(mc.awardingBodies());
    }

    @Test
    void sealing_addsTheSealerAsIssuer_andChangesNothingElse() throws Exception {
        MicroCredential mc = Samples.microCredential();

        MicroCredential read = EdcReader.create().read(EdcSealing.prepare(EdcWriter.create().writeBytes(mc), SEALER, TIME)).value();

        assertThat(read.issuer().orElseThrow().eidasIdentifier().orElseThrow().notation()).isEqualTo("VATES-A00000000");
        assertThat(read.toBuilder().issuer(null).preserved(List.of()).build()).isEqualTo(mc);
    }

    @Test
    void sealing_keepsTheDateOfIssuing() throws Exception {
        MicroCredential mc = Samples.microCredential();

        MicroCredential read = EdcReader.create().read(EdcSealing.prepare(EdcWriter.create().writeBytes(mc), SEALER, TIME)).value();

        assertThat(read.issued()).isEqualTo(mc.issued());
    }

    @Test
    void sealingAnIssuedCredential_keepsItsIssuedAndIssuanceDates() throws Exception {
        byte[] issued = EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(Samples.microCredential());

        JsonNode root = new ObjectMapper().readTree(EdcSealing.prepare(issued, SEALER, TIME));

        String date = new ObjectMapper().readTree(issued).path("issued").asText();
        assertThat(root.path("issued").asText()).isEqualTo(date);
        assertThat(root.path("issuanceDate").asText()).isEqualTo(date);
    }

    @Test
    void sealingAnIssuerOfItsOwn_addsItsEidasIdentifier_andKeepsItsNames() throws Exception {
        Organisation own = Organisation.builder(URI.create("urn:epass:org:issuer"), LocalizedString.en("Sealing Office"))
                .shortName(LocalizedString.en("SO")).country(new Country("ES")).build();
        MicroCredential mc = Samples.microCredential().toBuilder().issuer(own).build();

        MicroCredential read = EdcReader.create().read(EdcSealing.prepare(EdcWriter.create().writeBytes(mc), SEALER, TIME)).value();

        Organisation issuer = read.issuer().orElseThrow();
        assertThat(issuer.legalName()).isEqualTo(own.legalName());
        assertThat(issuer.shortName()).isEqualTo(own.shortName());
        assertThat(issuer.eidasIdentifier()).contains(new LegalIdentifier("VATES-A00000000", Optional.of(new Country("ES"))));
        assertThat(read.toBuilder().issuer(own).preserved(List.of()).build()).isEqualTo(mc);
    }

    @Test
    void sealingACredentialOfAnotherIssuer_isRefused() {
        Organisation other = Organisation.builder(URI.create("urn:epass:org:other"), LocalizedString.en("Another Office"))
                .eidasIdentifier(new LegalIdentifier("VATDK-12345678", Optional.of(new Country("DK"))))
                .country(new Country("DK")).build();
        byte[] edc = EdcWriter.create().writeBytes(Samples.microCredential().toBuilder().issuer(other).build());

        assertThatThrownBy(() -> EdcSealing.prepare(edc, SEALER, TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VATDK-12345678");
    }

    @Test
    void readingASealedCredential_reportsEachFindingOnce() throws Exception {
        byte[] prepared = EdcSealing.prepare(EdcWriter.create().writeBytes(Samples.microCredential()), SEALER, TIME);

        ReadResult<MicroCredential> read = EdcReader.create().read(prepared);

        List<Finding> findings = read.findings().findings();
        Set<Finding> distinct = new HashSet<>(findings);
        assertThat(findings).hasSameSizeAs(distinct);
    }

    @Test
    void organisationMismatch_warnsWhenTheCertificateNamesAnotherOrganisation() throws Exception {
        byte[] edc = EdcWriter.create().writeBytes(Samples.microCredential());

        assertThat(EdcSealing.organisationMismatch(edc, SEALER)).hasValueSatisfying(w -> assertThat(w)
                .contains("ORGANIZACION TEST").contains("seal certificate's organisation"));
        byte[] prepared = EdcSealing.prepare(edc, SEALER, TIME);
        assertThat(EdcSealing.organisationMismatch(prepared, SEALER)).isEmpty();
        EdcSealing.Sealer sameNameOtherSpelling = new EdcSealing.Sealer("  organizacion   test ", "VATES-A00000000",
                new Country("ES"), Optional.empty());
        assertThat(EdcSealing.organisationMismatch(prepared, sameNameOtherSpelling)).isEmpty();
    }
}
