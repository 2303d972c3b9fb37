package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.ects.EctsCredits;
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
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * A graduating cohort: a micro-credential per learner, written as Open Badges 3.0 by the
 * openbadges module (about 2.9 KB each: outcomes, assessment, ECTS, EQF level, a hashed e-mail).
 * Deterministic: credential {@code i} is always the same.
 */
final class Cohort implements Iterator<byte[]> {

    private final MicroCredential template;
    private final OpenBadgesWriter writer;
    private final long size;
    private long next;

    Cohort(URI issuer, long size) {
        this.size = size;
        this.template = template();
        this.writer = OpenBadgesWriter.builder().issuerId(issuer).saltSource(() -> Long.toHexString(next * 0x9E3779B97F4A7C15L)).build();
    }

    @Override
    public boolean hasNext() {
        return next < size;
    }

    @Override
    public byte[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long i = next++;
        MicroCredential credential = template.toBuilder()
                .id(URI.create("urn:uuid:" + new UUID(0x4d6963726f437265L, i)))
                .learner(Learner.builder().givenName("Learner").familyName("Nº " + i).email("learner" + i + "@example.org").build())
                .build();
        return writer.writeBytes(credential);
    }

    private static MicroCredential template() {
        Organisation university = Organisation.builder(URI.create("https://www.ucn.dk"),
                        LocalizedString.en("University College of Northern Denmark"))
                .country(new Country("DK"))
                .build();
        DualEcts ects = EctsCredits.parseHalfPoints("3.0").split(EctsCredits.parse("0.5"));
        return MicroCredential.builder(URI.create("urn:uuid:00000000-0000-0000-0000-000000000000"))
                .title(LocalizedString.en("FAIR Research Data Management"))
                .addIssuerCountry(new Country("DK"))
                .addAwardingBody(university)
                .issued(OffsetDateTime.parse("2026-06-30T10:00:00+02:00"))
                .addLearningOutcome(LearningOutcome.of("lo-1",
                        LocalizedString.en("Design a data management plan that meets the FAIR principles.")))
                .addLearningOutcome(LearningOutcome.of("lo-2",
                        LocalizedString.en("Publish a documented data set in a trusted repository.")))
                .workload(Workload.dual(ects, Duration.ofHours(81)))
                .level(Level.of(EqfLevel.LEVEL_6))
                .addAssessment(Assessment.builder("as-1", LocalizedString.en("Portfolio"))
                        .type(AssessmentType.PORTFOLIO).assesses("lo-1").assesses("lo-2").build())
                .build();
    }
}
