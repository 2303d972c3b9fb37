package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.vocab.AssessmentType;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.LearningSetting;
import io.github.microcredentials.core.vocab.ParticipationForm;
import io.github.microcredentials.core.vocab.QualityAssuranceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The writer's verdict on every EDC it writes is the EU shapes' verdict: for generated credentials,
 * complete and incomplete, with every credential kind and with values the library does not know
 * (an unlisted kind, learning setting, EQF level, form of participation or study, quality assurance
 * and assessment type), in both forms, the writer reports no error exactly when Apache Jena's SHACL
 * validator finds the document conforms to edc-generic-full, and as many errors as Jena's results.
 */
class ConformancePropertyTest {

    /** SHACL takes about 0.1 s a document, hence the number of tries. */
    @Property(tries = 200)
    void writerReportsWhatJenaFinds(@ForAll("wild") MicroCredential mc, @ForAll EdcWriter.Form form) {
        EdcWriter.Result result = EdcWriter.create(form).writeReporting(mc);

        List<String> jena = Shacl.violations(Shacl.validate(result.bytes()));

        assertThat(result.conforms()).as("%s", jena).isEqualTo(jena.isEmpty());
        assertThat(result.findings().findings(EdcFindings.SHAPE)).as("%s", jena).hasSameSizeAs(jena);
        Statistics.label("conforms").collect(result.conforms());
        Statistics.label("conforms").coverage(c -> {
            c.check(true).count(n -> n >= 20);
            c.check(false).count(n -> n >= 20);
        });
    }

    @Property(tries = 40)
    void completeCredential_ofAnyKind_conforms(@ForAll("complete") MicroCredential mc, @ForAll("kinds") CredentialKind kind) {
        EdcWriter.Result result = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(mc.toBuilder().kind(kind).build());

        assertThat(result.conforms()).as("%s", result.findings()).isTrue();
        assertThat(Shacl.violations(Shacl.validate(result.bytes()))).isEmpty();
        assertThat(result.findings().findings(EdcFindings.ACHIEVEMENT_TYPE)).hasSize(exact(kind) ? 0 : 1);
    }

    private static boolean exact(CredentialKind kind) {
        return kind.code().equals("achievement") || kind.isLearningOpportunityTypeExact();
    }

    @Provide
    Arbitrary<CredentialKind> kinds() {
        List<CredentialKind> kinds = new ArrayList<>(CredentialKind.vocabulary().values());
        kinds.add(CredentialKind.parse("Foo.bar_1"));
        return Arbitraries.of(kinds);
    }

    @Provide
    Arbitrary<MicroCredential> complete() {
        return Credentials.complete();
    }

    @Provide
    Arbitrary<MicroCredential> wild() {
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(2, Credentials.complete()), Tuple.of(1, Credentials.any())),
                kinds(), Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 255))))
                .as(ConformancePropertyTest::unusual);
    }

    /** A credential with some of its values replaced by ones the library does not know, as bits choose. */
    private static MicroCredential unusual(MicroCredential mc, CredentialKind kind, int bits) {
        MicroCredential.Builder b = mc.toBuilder().kind(kind);
        if ((bits & 1) != 0) {
            b.learningSetting(LearningSetting.parse("blended-setting"));
        }
        if ((bits & 2) != 0) {
            b.level(new Level(Optional.of(EqfLevel.parse("9")), Optional.empty(), Optional.empty()));
        }
        if ((bits & 4) != 0) {
            b.participationForm(ParticipationForm.parse("ext:hybrid")).formOfStudy(FormOfStudy.parse("evening"));
        }
        if ((bits & 8) != 0) {
            b.addQualityAssurance(new QualityAssurance(QualityAssuranceType.parse("peer review"), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
        if ((bits & 16) != 0 && !mc.assessments().isEmpty()) {
            List<Assessment> assessments = new ArrayList<>(mc.assessments());
            assessments.set(0, assessments.get(0).toBuilder().type(AssessmentType.parse("oral defence")).build());
            b.assessments(assessments);
        }
        if ((bits & 32) != 0 && !mc.awardingBodies().isEmpty()) {
            List<Organisation> bodies = new ArrayList<>(mc.awardingBodies());
            bodies.set(0, bodies.get(0).toBuilder().country(null).build());
            b.awardingBodies(bodies);
        }
        if ((bits & 64) != 0 && mc.issuer().isPresent()) {
            b.issuer(mc.issuer().get().toBuilder().eidasIdentifier(new LegalIdentifier("VATDK-1", Optional.empty())).build());
        }
        if ((bits & 128) != 0 && !mc.awardingBodies().isEmpty()) {
            b.issuer(null).awardingBodies(List.of(mc.awardingBodies().get(0).toBuilder()
                    .eidasIdentifier(LegalIdentifier.of("VATSE-5560000000", new Country("SE"))).build()));
        }
        return b.build();
    }
}
