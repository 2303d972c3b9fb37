package io.github.microcredentials.examples;

import static io.github.microcredentials.test.MicroCredentialAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.validation.Validator;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.test.arbitraries.MicroCredentials;
import io.github.microcredentials.test.fixtures.Fixtures;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A student system's own test suite, as it would use {@code microcredentials-test}: one-line
 * assertions on reports, property tests over generated credentials, and the checked-in fixtures.
 */
class ConsumerTestSuiteTest {

    private final Validator validator = Validator.of(Profiles.all());

    // tag::consumer-assertions[]
    @Example
    void theCredentialWeIssue_conforms() {
        assertThat(validator.validate(Samples.microCredential())).conforms().hasNoFindingsOtherThan();
    }

    @Example
    void aCredentialWithoutOutcomes_isReportedAtTheRightPlace() {
        MicroCredential broken = Samples.microCredential().toBuilder().learningOutcomes(java.util.List.of()).build();

        assertThat(validator.validate(broken))
                .doesNotConform()
                .hasFinding("CR-M6").at("/learningOutcomes").withSeverity(Severity.ERROR)
                .and().hasNoFindingsOtherThan("CR-M6", "DP-VLE", "DP-CONFIRM");
    }
    // end::consumer-assertions[]

    @Example
    void aDeliberatelyBrokenCredential_failsWithAMessageThatNamesRuleLocationAndText() {
        MicroCredential broken = Samples.microCredential().toBuilder().issuerCountries(java.util.List.of()).build();

        assertThatThrownBy(() -> assertThat(validator.validate(broken)).conforms())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the report to conform")
                .hasMessageContaining("ERROR CR-M3 at /issuerCountries: The country or region of the issuer is not stated.")
                .hasMessageContaining("docs/rules/CR-M3.md");
    }

    // tag::consumer-properties[]
    @Property(tries = 50)
    void everyGeneratedCredential_conforms(@ForAll("credentials") MicroCredential credential) {
        assertThat(validator.validate(credential)).conforms();
    }

    @Property(tries = 50)
    void ourCheckCatchesTooFewCredits(@ForAll("tooSmall") MicroCredential credential) {
        assertThat(validator.validate(credential)).hasFinding("ECTS-MIN").at("/workload/credits");
    }

    @Provide
    Arbitrary<MicroCredential> credentials() {
        return MicroCredentials.valid();
    }

    @Provide
    Arbitrary<MicroCredential> tooSmall() {
        return MicroCredentials.violating("ECTS-MIN");
    }
    // end::consumer-properties[]

    @Example
    void theFixtures_needNoGenerator() throws Exception {
        byte[] edc = Fixtures.violating("CR-M6", Fixtures.Format.EDC).orElseThrow();

        assertThat(validator.validate(EdcReader.create().read(edc).value())).hasFinding("CR-M6");
        assertThat(validator.validate(EdcReader.create().read(Fixtures.valid("all", Fixtures.Format.EDC)).value()))
                .conforms();
    }
}
