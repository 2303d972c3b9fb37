package io.github.microcredentials.test.arbitraries;

import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.ConfirmationRole;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.ParticipationForm;
import java.time.Duration;
import java.util.ArrayList;
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
 * jqwik arbitraries of issued micro-credentials.
 *
 * <p>{@link #valid()} carries every Annex I element, mandatory and optional, and meets every rule
 * of every shipped profile and the limits of every bundled institution: validated under
 * {@link Violations#profile()} it has no finding at all, not even information. {@link #violating(String)}
 * is such a credential with one element taken away or changed so that the named rule fires, and
 * no other rule except those that the named rule's violation entails by definition (see
 * {@link Violations#entailed(String)}).
 *
 * <pre>{@code
 * @Property
 * void everyCredentialWeIssue_conforms(@ForAll("credentials") MicroCredential credential) {
 *     assertThat(validator.validate(credential)).conforms();
 * }
 *
 * @Provide
 * Arbitrary<MicroCredential> credentials() {
 *     return MicroCredentials.valid();
 * }
 * }</pre>
 *
 * <p>Shrinking keeps the property: every part is generated within its rules and combined
 * afterwards, so a shrunk credential is still valid (or still violates the same rule); a failing
 * case shrinks to one outcome, one assessment, one skill and the simplest value of each element.
 */
public final class MicroCredentials {

    private static final Map<String, Function<Arbitrary<CredentialDraft>, Arbitrary<CredentialDraft>>> VIOLATIONS =
            violations();

    private MicroCredentials() {
    }

    /**
     * Micro-credentials with no finding under {@link Violations#profile()}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MicroCredential> valid() {
        return drafts().map(CredentialDraft::build);
    }

    /**
     * Micro-credentials that violate one rule: valid except for it.
     *
     * @param ruleId a rule id of {@link #ruleIds()}, for example {@code "ECTS-MIN"}
     * @return the arbitrary
     * @throws IllegalArgumentException if the rule does not check issued credentials (see
     *     {@link Violations#of(String)} for every rule)
     */
    public static Arbitrary<MicroCredential> violating(String ruleId) {
        Function<Arbitrary<CredentialDraft>, Arbitrary<CredentialDraft>> violation =
                VIOLATIONS.get(Objects.requireNonNull(ruleId, "ruleId"));
        if (violation == null) {
            throw new IllegalArgumentException("rule " + ruleId + " does not check issued credentials; the rules "
                    + "this arbitrary violates are " + ruleIds() + ", and Violations.of(id) covers every rule");
        }
        return violation.apply(drafts()).map(CredentialDraft::build);
    }

    /**
     * The rules {@link #violating(String)} can violate.
     *
     * @return the rule ids, in rule order
     */
    public static Set<String> ruleIds() {
        return VIOLATIONS.keySet();
    }

    static Arbitrary<CredentialDraft> drafts() {
        return Builders.withBuilder(CredentialDraft::new)
                .use(Parts.uuids()).in((d, v) -> set(d, x -> x.id = v))
                .use(Parts.learners()).in((d, v) -> set(d, x -> x.learner = v))
                .use(Parts.titles()).in((d, v) -> set(d, x -> x.title = v))
                .use(Parts.english("Plan, document and publish research data.",
                        "Work with real data from a partner.")).in((d, v) -> set(d, x -> x.description = v))
                .use(Parts.countries()).in((d, v) -> set(d, x -> x.countries = v))
                .use(Parts.institutions()).in((d, v) -> set(d, x -> x.awardingBodies = List.of(v)))
                .use(Parts.issued()).in((d, v) -> set(d, x -> x.issued = v))
                .use(Parts.outcomes()).in((d, v) -> set(d, x -> x.outcomes = v))
                .use(Parts.credits()).in((d, v) -> set(d, x -> x.workload = v.workload()))
                .use(Parts.levels()).in((d, v) -> set(d, x -> x.level = v))
                .use(Parts.assessments()).in((d, v) -> set(d, x -> x.assessments = v))
                .use(Arbitraries.of(ParticipationForm.ONLINE, ParticipationForm.ONSITE, ParticipationForm.BLENDED))
                .in((d, v) -> set(d, x -> x.participationForm = v))
                .use(Parts.qualityAssurance()).in((d, v) -> set(d, x -> x.qualityAssurance = v))
                .use(Parts.english("None.", "A bachelor's degree or equivalent experience."))
                .in((d, v) -> set(d, x -> x.prerequisites = v))
                .use(Arbitraries.of("Pass", "A", "12")).in((d, v) -> set(d, x -> x.grade = Grade.of(v)))
                .use(Parts.integrations()).in((d, v) -> set(d, x -> x.integration = v))
                .use(Parts.english("Part of the institution's continuing education catalogue."))
                .in((d, v) -> set(d, x -> x.furtherInformation = v))
                .use(Parts.languages()).in((d, v) -> set(d, x -> x.languages = v))
                .use(Arbitraries.of("0688", "0613", "0542")).in((d, v) -> set(d, x -> x.fieldOfStudy = IscedFCode.parse(v)))
                .use(Parts.skills()).in((d, v) -> set(d, x -> x.skills = v))
                .use(Arbitraries.of(FormOfStudy.PART_TIME, FormOfStudy.FULL_TIME)).in((d, v) -> set(d, x -> x.formOfStudy = v))
                .use(Parts.teachers()).in((d, v) -> set(d, x -> x.teachers = v))
                .use(Arbitraries.of("Aalborg", "Halmstad", "Vilnius")).in((d, v) -> set(d, x -> x.placeOfIssue = v))
                .use(confirmations()).in((d, v) -> set(d, x -> x.confirmations = v))
                .build();
    }

    private static CredentialDraft set(CredentialDraft draft, Consumer<CredentialDraft> change) {
        change.accept(draft);
        return draft;
    }

    private static Arbitrary<List<Confirmation>> confirmations() {
        return Combinators.combine(Arbitraries.of(AnnexElement.LEARNING_OUTCOMES, AnnexElement.GRADE,
                        AnnexElement.WORKLOAD, AnnexElement.ASSESSMENT_TYPE), Arbitraries.of(ConfirmationRole.values()))
                .as(Confirmation::of).list().ofMaxSize(2).uniqueElements(Confirmation::element);
    }

    private static Map<String, Function<Arbitrary<CredentialDraft>, Arbitrary<CredentialDraft>>> violations() {
        Map<String, Function<Arbitrary<CredentialDraft>, Arbitrary<CredentialDraft>>> v = new LinkedHashMap<>();
        v.put("CR-M1", change(d -> d.unconfirm(AnnexElement.LEARNER).learner = null));
        v.put("CR-M2", change(d -> d.unconfirm(AnnexElement.TITLE).title = null));
        v.put("CR-M3", change(d -> d.unconfirm(AnnexElement.ISSUER_COUNTRY).countries = List.of()));
        v.put("CR-M4", change(d -> d.unconfirm(AnnexElement.AWARDING_BODY).awardingBodies = List.of()));
        v.put("CR-M5", change(d -> d.unconfirm(AnnexElement.ISSUE_DATE).issued = null));
        v.put("CR-M6", change(d -> d.unconfirm(AnnexElement.LEARNING_OUTCOMES).outcomes = List.of()));
        v.put("CR-M7", change(d -> d.unconfirm(AnnexElement.WORKLOAD).workload = null));
        v.put("CR-M8", change(d -> d.unconfirm(AnnexElement.LEVEL).level = null));
        v.put("CR-M9", withIndex(d -> d.assessments.size(), (d, i) -> d.unconfirm(AnnexElement.ASSESSMENT_TYPE)
                .assessments = replace(d.assessments, i, d.assessments.get(i).withType(null))));
        v.put("CR-M10", change(d -> d.unconfirm(AnnexElement.PARTICIPATION_FORM).participationForm = null));
        v.put("CR-M11", change(d -> d.unconfirm(AnnexElement.QUALITY_ASSURANCE).qualityAssurance = List.of()));
        v.put("CR-O1", change(d -> d.unconfirm(AnnexElement.PREREQUISITES).prerequisites = null));
        v.put("CR-O2", withIndex(d -> d.assessments.size(), (d, i) -> d.unconfirm(AnnexElement.SUPERVISION)
                .assessments = replace(d.assessments, i, d.assessments.get(i).withSupervision(null))));
        v.put("CR-O3", change(d -> {
            d.unconfirm(AnnexElement.GRADE).grade = null;
            d.assessments = d.assessments.stream().map(Parts.AssessmentSpec::withoutGrade).toList();
        }));
        v.put("CR-O4", change(d -> d.unconfirm(AnnexElement.STACKABILITY).integration = null));
        v.put("CR-O5", change(d -> d.unconfirm(AnnexElement.FURTHER_INFORMATION).furtherInformation = null));
        // 0.5 ECTS: below the minimum, and so below the HEROES band, UCN's 1.5 and a half point (entailed).
        v.put("ECTS-MIN", with(Arbitraries.integers().between(25, 30), (d, h) -> credits(d, EctsCredits.of(0.5),
                EctsCredits.of(0.5), Duration.ofMinutes(30L * h))));
        v.put("ECTS-HALF", with(Combinators.combine(Arbitraries.of(3.25, 3.75, 4.25, 4.75),
                Arbitraries.integers().between(26, 29)).as((c, h) -> new double[] {c, h}),
                (d, p) -> credits(d, EctsCredits.of(p[0]), EctsCredits.of(0.5), Duration.ofMinutes((long) (p[0] * p[1] * 60)))));
        v.put("ECTS-WHOLE", with(Combinators.combine(Arbitraries.of(3.5, 4.5), Arbitraries.integers().between(25, 30))
                .as((c, h) -> new double[] {c, h}),
                (d, p) -> credits(d, EctsCredits.of(p[0]), EctsCredits.of(0.5), Duration.ofMinutes((long) (p[0] * p[1] * 60)))));
        v.put("ECTS-BAND", with(Arbitraries.integers().between(25, 30),
                (d, h) -> credits(d, EctsCredits.of(2), EctsCredits.of(0.5), Duration.ofHours(2L * h))));
        v.put("ECTS-DUAL", with(Arbitraries.of(0.5, 1.0, 1.5), (d, extra) -> {
            EctsCredits total = d.workload.credits().orElseThrow();
            d.workload = Workload.of(total, d.workload.hours().orElseThrow())
                    .withSplit(new DualEcts(total.minus(EctsCredits.of(0.5)), EctsCredits.of(0.5 + extra)));
        }));
        v.put("ECTS-HOURS", with(Arbitraries.of(10, 20, 35, 50), (d, h) -> {
            EctsCredits total = d.workload.credits().orElseThrow();
            credits(d, total, d.workload.split().orElseThrow().assessment(),
                    Duration.ofHours(total.value().longValue() * h));
        }));
        // UCN awards 1.5 to 5 ECTS: 6 to 20 is outside it and still inside the HEROES band.
        v.put("ECTS-INST", with(Combinators.combine(Arbitraries.integers().between(6, 20),
                Arbitraries.integers().between(25, 30)).as((c, h) -> new int[] {c, h}),
                (d, p) -> credits(d, EctsCredits.of(p[0]), EctsCredits.of(1), Duration.ofHours((long) p[0] * p[1]))));
        v.put("HE-LANG-EN", with(Arbitraries.of("da", "de", "sv").list().ofMinSize(1).ofMaxSize(2).uniqueElements(),
                (d, tags) -> d.languages = tags.stream().map(Language::parse).toList()));
        v.put("HE-ASSESSOR", with(Parts.institutions(),
                (d, second) -> d.awardingBodies = List.of(d.awardingBodies.get(0), second)));
        v.put("HE-EQF", with(Arbitraries.of("9", "10", "0"), (d, code) -> d.level = Level.of(EqfLevel.parse(code))));
        v.put("HE-SKILLS", with(Arbitraries.of(false, true),
                (d, other) -> d.skills = other ? List.of(Parts.nonEscoSkill()) : List.of()));
        v.put("HE-ALIGN", change(d -> d.unassessedOutcome = true));
        v.put("HE-LO-VERB", with(Arbitraries.of(Parts.VAGUE), (d, verb) -> d.outcomes = replace(d.outcomes, 0,
                new Parts.OutcomeSpec(verb, d.outcomes.get(0).object(), d.outcomes.get(0).type()))));
        // A non-credit badge that shows credits. As a badge, the Annex I rules do not apply to it.
        v.put("HE-BADGE", change(d -> d.kind = CredentialKind.PROGRESSION_BADGE));
        v.put("DP-VLE", with(Arbitraries.integers().between(0, 2), (d, which) -> {
            if (which == 0) {
                d.teachers = List.of();
            } else if (which == 1) {
                d.placeOfIssue = null;
            } else {
                d.formOfStudy = null;
            }
        }));
        // A confirmation of prerequisites the credential does not carry: on a non-credit badge, whose
        // optional Annex I elements no rule asks for, so that only DP-CONFIRM fires.
        v.put("DP-CONFIRM", with(Arbitraries.of(ConfirmationRole.values()), (d, role) -> {
            d.kind = CredentialKind.PROGRESSION_BADGE;
            d.workload = new Workload(Optional.empty(), d.workload.hours(), Optional.empty());
            d.prerequisites = null;
            List<Confirmation> confirmations = new ArrayList<>(d.unconfirm(AnnexElement.PREREQUISITES).confirmations);
            confirmations.add(Confirmation.of(AnnexElement.PREREQUISITES, role));
            d.confirmations = confirmations;
        }));
        v.put("DP-LEARNER", with(Arbitraries.of(false, true), (d, anonymousName) -> {
            Learner l = d.learner;
            d.learner = anonymousName
                    ? Learner.builder().id(l.id().orElseThrow()).build()
                    : Learner.builder().givenName(l.givenName().orElseThrow()).familyName(l.familyName().orElseThrow())
                            .fullName(l.fullName().orElseThrow()).build();
        }));
        return v;
    }

    private static void credits(CredentialDraft d, EctsCredits total, EctsCredits assessment, Duration hours) {
        d.workload = Workload.dual(total.split(assessment), hours);
    }

    private static <T> List<T> replace(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return List.copyOf(copy);
    }

    private static Function<Arbitrary<CredentialDraft>, Arbitrary<CredentialDraft>> change(Consumer<CredentialDraft> change) {
        return base -> base.map(d -> {
            CredentialDraft copy = d.copy();
            change.accept(copy);
            return copy;
        });
    }

    private static <P> Function<Arbitrary<CredentialDraft>, Arbitrary<CredentialDraft>> with(Arbitrary<P> parameters,
            BiConsumer<CredentialDraft, P> change) {
        return base -> Combinators.combine(base, parameters).as((d, p) -> {
            CredentialDraft copy = d.copy();
            change.accept(copy, p);
            return copy;
        });
    }

    /** A change at an index below a size the draft decides; the index shrinks towards 0. */
    private static Function<Arbitrary<CredentialDraft>, Arbitrary<CredentialDraft>> withIndex(
            Function<CredentialDraft, Integer> size, BiConsumer<CredentialDraft, Integer> change) {
        return base -> Combinators.combine(base, Arbitraries.integers().between(0, 1000)).as((d, n) -> {
            CredentialDraft copy = d.copy();
            change.accept(copy, n % size.apply(d));
            return copy;
        });
    }
}
