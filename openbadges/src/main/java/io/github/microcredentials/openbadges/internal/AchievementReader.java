package io.github.microcredentials.openbadges.internal;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.Concept;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.QfEheaCycle;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Achievement into the model: the inverse of {@link AchievementWriter}. */
final class AchievementReader {

    private final In in;
    private final URI credentialId;
    private final MicroCredential.Builder mc;
    private final String language;

    AchievementReader(In in, URI credentialId, MicroCredential.Builder mc) throws CredentialParseException {
        this.in = in;
        this.credentialId = credentialId;
        this.mc = mc;
        this.language = languages();
    }

    /** The language of the document's plain strings. */
    String language() {
        return language;
    }

    void read() throws CredentialParseException {
        in.types();
        URI id = in.strict("id", in.requiredText("id"), Uris::absolute);
        if (!id.equals(Derived.achievementId(credentialId))) {
            mc.specification(id);
        }
        mc.kind(kind());
        LocalizedString title = in.localized("name", Terms.NAME_MAP, language).orElseThrow(() -> in.missing("name"));
        mc.title(title);
        Optional<LocalizedString> description = in.languageMap(Terms.DESCRIPTION_MAP);
        if (description.isEmpty()) {
            String text = in.requiredText("description");
            if (!text.equals(Derived.fallbackDescription(Derived.display(title, language))) && !text.isBlank()) {
                description = Optional.of(LocalizedString.of(language, text));
            }
        }
        mc.description(description.orElse(null));
        workload();
        in.text("fieldOfStudy").flatMap(text -> in.lenient("fieldOfStudy", text, IscedFCode::parse))
                .ifPresent(mc::fieldOfStudy);
        alignmentsAndLevel();
        new PartsReader(language).read(in, mc);
    }

    private String languages() throws CredentialParseException {
        List<Language> languages = new ArrayList<>();
        Optional<Language> first = in.text("inLanguage").flatMap(tag -> in.lenient("inLanguage", tag, Language::parse));
        first.ifPresent(languages::add);
        for (String tag : in.texts(Terms.ADDITIONAL_LANGUAGE)) {
            languages.add(in.strict(Terms.ADDITIONAL_LANGUAGE, tag, Language::parse));
        }
        mc.languages(languages);
        return first.map(Language::tag).filter(tag -> Derived.IN_LANGUAGE.matcher(tag).matches())
                .orElse(Derived.DEFAULT_LANGUAGE);
    }

    private CredentialKind kind() throws CredentialParseException {
        Optional<String> extension = in.text(Terms.CREDENTIAL_KIND);
        if (extension.isPresent()) {
            return in.strict(Terms.CREDENTIAL_KIND, extension.get(), CredentialKind::parse);
        }
        // Without achievementType an achievement is the generic Open Badges "Achievement".
        return in.lenient("achievementType", in.text("achievementType").orElse("Achievement"), Kinds::read)
                .orElse(CredentialKind.parse("Achievement"));
    }

    private void workload() throws CredentialParseException {
        Optional<EctsCredits> credits = credits();
        Optional<EctsCredits> activities = ects(in, Terms.LEARNING_ACTIVITY_CREDITS);
        Optional<EctsCredits> assessment = ects(in, Terms.ASSESSMENT_CREDITS);
        Optional<DualEcts> split = Optional.empty();
        if (activities.isPresent() && assessment.isPresent()) {
            split = Optional.of(new DualEcts(activities.get(), assessment.get()));
        } else if (activities.isPresent() || assessment.isPresent()) {
            throw new CredentialParseException(CredentialParseException.Problem.MISSING_PROPERTY, in.pointer(),
                    "a dual ECTS split needs both " + Terms.LEARNING_ACTIVITY_CREDITS + " and " + Terms.ASSESSMENT_CREDITS);
        }
        Optional<Duration> hours = duration(in, Terms.NOTIONAL_WORKLOAD);
        if (credits.isPresent() || hours.isPresent() || split.isPresent()) {
            mc.workload(new Workload(credits, hours, split));
        }
    }

    /** {@code creditsAvailable} in ECTS: stated by {@code creditUnit}, else assumed and reported. */
    private Optional<EctsCredits> credits() throws CredentialParseException {
        if (!in.has("creditsAvailable")) {
            return Optional.empty();
        }
        Optional<String> unit = in.text(Terms.CREDIT_UNIT);
        if (unit.isPresent() && !unit.get().equals(Terms.ECTS)) {
            return Optional.empty();
        }
        BigDecimal value = in.number("creditsAvailable").orElseThrow();
        if (unit.isEmpty()) {
            in.tracker().report(Rules.CREDIT_UNIT, null, in.pointer("creditsAvailable"),
                    Optional.of(value.toPlainString()));
        }
        return in.lenient("creditsAvailable", value, EctsCredits::of);
    }

    static Optional<EctsCredits> ects(In node, String name) throws CredentialParseException {
        Optional<BigDecimal> value = node.number(name);
        return value.isEmpty() ? Optional.empty() : Optional.of(node.strict(name, value.get(), EctsCredits::of));
    }

    static Optional<Duration> duration(In node, String name) throws CredentialParseException {
        Optional<String> text = node.text(name);
        return text.isEmpty() ? Optional.empty() : Optional.of(node.strict(name, text.get(), Durations::parse));
    }

    /** The EQF level among the alignments; the other alignments are skills. */
    private void alignmentsAndLevel() throws CredentialParseException {
        Optional<EqfLevel> eqf = Optional.empty();
        List<Skill> skills = new ArrayList<>();
        for (In alignment : in.objects("alignment")) {
            if (eqf.isEmpty() && isEqf(alignment)) {
                alignment.consume("type");
                eqf = Optional.of(EqfLevel.parse(alignment.requiredText("targetUrl")));
            } else {
                skill(alignment, language).ifPresent(skills::add);
            }
        }
        mc.skills(skills);
        Optional<QfEheaCycle> cycle = in.text(Terms.QF_EHEA_CYCLE).map(QfEheaCycle::parse);
        Optional<Concept> nqf = nqf();
        if (eqf.isPresent() || cycle.isPresent() || nqf.isPresent()) {
            mc.level(new Level(eqf, cycle, nqf));
        }
    }

    private static boolean isEqf(In alignment) {
        String url = alignment.node().path("targetUrl").asText("");
        String framework = alignment.node().path("targetFramework").asText("");
        return framework.equals(AlignmentWriter.EQF) || url.startsWith("http://data.europa.eu/snb/eqf/")
                && parsed(url).flatMap(EqfLevel.vocabulary()::byUri).isPresent();
    }

    /** The URI, or empty when it is not one: such a target is then read (and reported) as a skill's. */
    private static Optional<URI> parsed(String url) {
        try {
            return Optional.of(new URI(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A skill: the alignment's target URL, with its name unless the name is just the URL. */
    static Optional<Skill> skill(In alignment, String language) throws CredentialParseException {
        alignment.consume("type");
        String url = alignment.requiredText("targetUrl");
        Optional<LocalizedString> label = alignment.languageMap(Terms.NAME_MAP);
        if (label.isEmpty()) {
            String name = alignment.requiredText("targetName");
            label = name.equals(url) || name.isBlank() ? Optional.empty() : Optional.of(LocalizedString.of(language, name));
        }
        Optional<LocalizedString> finalLabel = label;
        return alignment.lenient("targetUrl", url, u -> new Skill(Uris.absolute(u), finalLabel));
    }

    private Optional<Concept> nqf() throws CredentialParseException {
        Optional<In> node = in.object(Terms.NQF_LEVEL);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        In concept = node.get();
        URI uri = concept.strict("id", concept.requiredText("id"), Uris::absolute);
        Optional<String> scheme = concept.text(Terms.CONCEPT_SCHEME);
        Optional<URI> schemeUri = scheme.isEmpty() ? Optional.empty()
                : Optional.of(concept.strict(Terms.CONCEPT_SCHEME, scheme.get(), Uris::absolute));
        return Optional.of(new Concept(uri, schemeUri, concept.languageMap(Terms.NAME_MAP),
                concept.text(Terms.NOTATION)));
    }
}
