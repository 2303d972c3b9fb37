package io.github.microcredentials.examples;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.ects.HoursPerCredit;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.AssessmentType;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.EqfLevel;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Building a micro-credential, exact ECTS arithmetic and the native JSON format. */
public final class BuildAndExchange {

    private BuildAndExchange() {
    }

    /**
     * Builds a small micro-credential.
     *
     * @return the credential
     */
    public static MicroCredential build() {
        // tag::build[]
        Organisation university = Organisation.builder(URI.create("https://www.ucn.dk"),
                        LocalizedString.en("University College of Northern Denmark"))
                .country(new Country("DK"))
                .build();
        DualEcts ects = EctsCredits.parseHalfPoints("3.0").split(EctsCredits.parse("0.5")); // 2.5 + 0.5
        MicroCredential credential = MicroCredential.builder(URI.create("urn:uuid:1d0c5a57-2f0e-4a4e-9b8e-6c2d1f0a9b3c"))
                .learner(Learner.builder().givenName("Sofie").familyName("Nielsen").build())
                .title(LocalizedString.en("FAIR Research Data Management"))
                .addIssuerCountry(new Country("DK"))
                .addAwardingBody(university)
                .issued(OffsetDateTime.parse("2026-06-30T10:00:00+02:00"))
                .addLearningOutcome(LearningOutcome.of("lo-1",
                        LocalizedString.en("Design a data management plan that meets the FAIR principles.")))
                .workload(Workload.dual(ects, Duration.ofHours(81)))
                .level(Level.of(EqfLevel.LEVEL_6))
                .addAssessment(Assessment.builder("as-1", LocalizedString.en("Portfolio"))
                        .type(AssessmentType.PORTFOLIO).assesses("lo-1").build())
                .build();
        // end::build[]
        return credential;
    }

    /**
     * ECTS arithmetic: half points, the micro-credential minimum and hours.
     *
     * @return a line describing the results
     */
    public static String ects() {
        // tag::ects[]
        EctsCredits total = EctsCredits.parse("2.5").plus(EctsCredits.of(0.5));   // 3.0, exact
        boolean granular = EctsCredits.parse("0.75").isHalfPointGranular();       // false: rule ECTS-HALF
        boolean enough = EctsCredits.of(1).meetsMicroCredentialMinimum();         // true: rule ECTS-MIN
        Duration hours = HoursPerCredit.of(27).hoursFor(total);                   // PT81H
        EctsCredits credits = HoursPerCredit.of(25).creditsFor(Duration.ofHours(80), RoundingMode.HALF_EVEN); // 3.0
        // end::ects[]
        return total + " " + granular + " " + enough + " " + hours + " " + credits;
    }

    /**
     * Writes a credential in the native JSON format and reads it back.
     *
     * @param credential the credential
     * @return the credential read back, equal to the one written
     * @throws CredentialParseException never for the library's own output
     */
    public static MicroCredential roundTrip(MicroCredential credential) throws CredentialParseException {
        // tag::json[]
        NativeJson json = NativeJson.create();
        String text = json.write(credential);
        MicroCredential back = json.read(text, MicroCredential.class); // strict: unknown members, duplicate keys fail
        // end::json[]
        return back;
    }
}
