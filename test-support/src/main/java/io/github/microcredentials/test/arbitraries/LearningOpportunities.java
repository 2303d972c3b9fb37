package io.github.microcredentials.test.arbitraries;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.Guidance;
import io.github.microcredentials.core.model.HeroesActivityType;
import io.github.microcredentials.core.model.HoursAllocation;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Pricing;
import io.github.microcredentials.core.model.Teacher;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.DeliveryMode;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.ParticipationForm;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of learning opportunities: micro-credential specifications and HEROES
 * standalone courses, with every field of the DigiProf description and the HEROES publication
 * metadata. {@link #valid()} and {@link #standaloneCourses()} have no finding under
 * {@link Violations#profile()}; {@link #violating(String)} breaks one rule that only opportunities
 * are checked against. Shrinking keeps the property, as for {@link MicroCredentials}.
 */
public final class LearningOpportunities {

    private static final Map<String, Function<Arbitrary<OpportunityDraft>, Arbitrary<OpportunityDraft>>> VIOLATIONS =
            violations();

    private LearningOpportunities() {
    }

    /**
     * Micro-credential specifications with no finding under {@link Violations#profile()}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<LearningOpportunity> valid() {
        return drafts().map(OpportunityDraft::build);
    }

    /**
     * HEROES standalone courses (no assessment, a non-credit badge, 0.5 to 5 back-end ECTS) with no
     * finding under {@link Violations#profile()}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<LearningOpportunity> standaloneCourses() {
        return Combinators.combine(drafts(), Arbitraries.of(0.5, 1.0, 2.5, 5.0), Arbitraries.integers().between(25, 30))
                .as((d, credits, hours) -> d.copy().standaloneCourse(EctsCredits.of(credits), hours).build());
    }

    /**
     * Micro-credential specifications that violate one rule: valid except for it.
     *
     * @param ruleId a rule id of {@link #ruleIds()}
     * @return the arbitrary
     * @throws IllegalArgumentException if this arbitrary does not violate that rule
     */
    public static Arbitrary<LearningOpportunity> violating(String ruleId) {
        Function<Arbitrary<OpportunityDraft>, Arbitrary<OpportunityDraft>> violation =
                VIOLATIONS.get(Objects.requireNonNull(ruleId, "ruleId"));
        if (violation == null) {
            throw new IllegalArgumentException("this arbitrary does not violate rule " + ruleId + "; it violates "
                    + ruleIds() + ", and Violations.of(id) covers every rule");
        }
        return violation.apply(drafts()).map(OpportunityDraft::build);
    }

    /**
     * The rules {@link #violating(String)} can violate: those only opportunities are checked
     * against, and the opportunity form of HE-ASSESSOR.
     *
     * @return the rule ids
     */
    public static Set<String> ruleIds() {
        return VIOLATIONS.keySet();
    }

    static Arbitrary<OpportunityDraft> drafts() {
        return Builders.withBuilder(OpportunityDraft::new)
                .use(Parts.pages("https://www.example.eu/mc/")).in((d, v) -> set(d, x -> x.id = v))
                .use(Parts.titles()).in((d, v) -> set(d, x -> x.title = v))
                .use(Parts.english("Plan, document and publish research data.", "Work with real data from a partner."))
                .in((d, v) -> set(d, x -> x.summary = v))
                .use(Arbitraries.of("0688", "0613")).in((d, v) -> set(d, x -> x.fieldOfStudy = IscedFCode.parse(v)))
                .use(Parts.institutions()).in((d, v) -> set(d, x -> {
                    x.institution = v;
                    x.assessingInstitution = v;
                }))
                .use(Parts.teachers()).in((d, v) -> set(d, x -> x.teachers = v.stream()
                        .map(t -> new Teacher(t.name(), Optional.of(LocalizedString.en("Lecturer and researcher."))))
                        .toList()))
                .use(Parts.credits()).in((d, v) -> set(d, x -> x.workload = v.workload()))
                .use(Arbitraries.integers().between(2, 12)).in((d, v) -> set(d, x -> x.estimatedDuration = Period.ofWeeks(v)))
                .use(Arbitraries.integers().between(0, 300)).in((d, v) -> set(d, x -> {
                    x.startDate = LocalDate.of(2026, 9, 1).plusDays(v);
                    x.endDate = x.startDate.plusWeeks(8);
                    x.registrationDeadline = x.startDate.minusDays(7);
                }))
                .use(Parts.english("Researchers and research support staff.", "Teachers in higher education."))
                .in((d, v) -> set(d, x -> x.targetGroup = v))
                .use(Parts.english("None.", "A bachelor's degree or equivalent experience."))
                .in((d, v) -> set(d, x -> x.entryRequirements = v))
                .use(Parts.languages()).in((d, v) -> set(d, x -> x.languages = v))
                .use(Parts.levels()).in((d, v) -> set(d, x -> x.level = v))
                .use(Arbitraries.of(ParticipationForm.ONLINE, ParticipationForm.BLENDED))
                .in((d, v) -> set(d, x -> x.participationForm = v))
                .use(Arbitraries.of(FormOfStudy.PART_TIME, FormOfStudy.FULL_TIME)).in((d, v) -> set(d, x -> x.formOfStudy = v))
                .use(Arbitraries.of(DeliveryMode.ASYNCHRONOUS_ONLINE, DeliveryMode.HYBRID, DeliveryMode.FACE_TO_FACE))
                .in((d, v) -> set(d, x -> x.deliveryMode = v))
                .use(Arbitraries.of("open science", "research data", "FAIR").list().ofMinSize(1).ofMaxSize(3).uniqueElements())
                .in((d, v) -> set(d, x -> x.keywords = v))
                .use(Parts.outcomes()).in((d, v) -> set(d, x -> x.outcomes = v))
                .use(Parts.english("Self-paced online modules followed by a collaborative case."))
                .in((d, v) -> set(d, x -> x.pedagogicalApproach = v))
                .use(Parts.english("The FAIR principles", "Data management plans").list().ofMinSize(1).ofMaxSize(2)
                        .uniqueElements()).in((d, v) -> set(d, x -> x.mainTopics = v))
                .use(Arbitraries.of(Guidance.values())).in((d, v) -> set(d, x -> x.guidance = v))
                .use(Arbitraries.integers().between(10, 60)).in((d, v) -> set(d, x -> x.hoursDistribution = List.of(
                        new HoursAllocation(LocalizedString.en("Online modules"), Duration.ofHours(v)))))
                .use(Parts.english("One assessment against a published rubric; one resit."))
                .in((d, v) -> set(d, x -> x.assessmentStrategy = v))
                .use(Parts.assessments()).in((d, v) -> set(d, x -> x.assessments = v))
                .use(Arbitraries.of(CredentialKind.MICRO_CREDENTIAL)).in((d, v) -> set(d, x -> x.credentialsIssued = List.of(v)))
                .use(Parts.english("A passed assessment.")).in((d, v) -> set(d, x -> x.credentialRequirements = v))
                .use(Parts.integrations()).in((d, v) -> set(d, x -> x.integration = v))
                .use(Parts.english("Endorsed by the partners' libraries.")).in((d, v) -> set(d, x -> x.industrySupport = v))
                .use(Parts.skills()).in((d, v) -> set(d, x -> x.skills = v))
                .use(Parts.qualityAssurance()).in((d, v) -> set(d, x -> x.qualityAssurance = v))
                .use(heroes()).in((d, v) -> set(d, x -> v.accept(x)))
                .build();
    }

    /** The HEROES activity type with its partners, and funding with a price that fits it. */
    private static Arbitrary<Consumer<OpportunityDraft>> heroes() {
        return Combinators.combine(Arbitraries.of(0, 1, 2), Parts.institutions(), Arbitraries.of(false, true),
                Arbitraries.of(0, 150)).as((type, partner, funded, fee) -> d -> {
                    if (type == 1) {
                        d.heroesActivity = HeroesActivityType.APPROVED;
                        d.developingPartners = List.of(d.institution);
                    } else if (type == 2) {
                        d.heroesActivity = HeroesActivityType.DEVELOPED;
                        d.developingPartners = List.of(d.institution, partner);
                    }
                    d.projectFunded = funded;
                    d.pricing = funded || fee == 0 ? Pricing.openAccess()
                            : Pricing.fee(BigDecimal.valueOf(fee), Currency.getInstance("EUR"));
                });
    }

    private static OpportunityDraft set(OpportunityDraft draft, Consumer<OpportunityDraft> change) {
        change.accept(draft);
        return draft;
    }

    private static Map<String, Function<Arbitrary<OpportunityDraft>, Arbitrary<OpportunityDraft>>> violations() {
        Map<String, Function<Arbitrary<OpportunityDraft>, Arbitrary<OpportunityDraft>>> v = new LinkedHashMap<>();
        v.put("HE-ASSESSOR", change(d -> d.assessingInstitution = null));
        v.put("HE-DEV-PARTNERS", with(Arbitraries.of(false, true), (d, one) -> {
            d.heroesActivity = HeroesActivityType.DEVELOPED;
            d.developingPartners = one ? List.of(d.institution) : List.<Organisation>of();
        }));
        v.put("HE-FREE", with(Arbitraries.of(50, 150, 990), (d, fee) -> {
            d.projectFunded = true;
            d.pricing = Pricing.fee(BigDecimal.valueOf(fee), Currency.getInstance("EUR"));
        }));
        v.put("HE-PUBLISH", with(Arbitraries.of(false, true), (d, deadline) -> {
            if (deadline) {
                d.registrationDeadline = null;
            } else {
                d.deliveryMode = null;
            }
        }));
        v.put("DP-DESC", with(Arbitraries.integers().between(0, 4), (d, which) -> {
            switch (which) {
                case 0 -> d.targetGroup = null;
                case 1 -> d.industrySupport = null;
                case 2 -> d.pedagogicalApproach = null;
                case 3 -> d.guidance = null;
                default -> d.keywords = List.of();
            }
        }));
        return v;
    }

    private static Function<Arbitrary<OpportunityDraft>, Arbitrary<OpportunityDraft>> change(
            Consumer<OpportunityDraft> change) {
        return base -> base.map(d -> {
            OpportunityDraft copy = d.copy();
            change.accept(copy);
            return copy;
        });
    }

    private static <P> Function<Arbitrary<OpportunityDraft>, Arbitrary<OpportunityDraft>> with(Arbitrary<P> parameters,
            BiConsumer<OpportunityDraft, P> change) {
        return base -> Combinators.combine(base, parameters).as((d, p) -> {
            OpportunityDraft copy = d.copy();
            change.accept(copy, p);
            return copy;
        });
    }
}
