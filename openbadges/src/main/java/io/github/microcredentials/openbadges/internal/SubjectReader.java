package io.github.microcredentials.openbadges.internal;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.AssessedBy;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.GradingScheme;
import io.github.microcredentials.core.model.Identifier;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.vocab.AssessmentType;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.SupervisionVerification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The AchievementSubject into the model: the inverse of {@link SubjectWriter}. */
final class SubjectReader {

    private final In in;
    private final MicroCredential.Builder mc;
    private final String language;

    SubjectReader(In in, MicroCredential.Builder mc, String language) {
        this.in = in;
        this.mc = mc;
        this.language = language;
    }

    void read(In achievement) throws CredentialParseException {
        in.types();
        Learner.Builder learner = Learner.builder();
        in.text("id").flatMap(id -> in.lenient("id", id, Uris::absolute)).ifPresent(learner::id);
        identities(learner);
        Optional<In> profile = in.object(Terms.LEARNER_PROFILE);
        if (profile.isPresent()) {
            profile(profile.get(), learner);
        }
        for (In entry : in.objects(Terms.LEARNER_IDENTIFIER)) {
            String value = entry.requiredText(Terms.NOTATION);
            Optional<String> scheme = entry.text(Terms.IDENTIFIER_SCHEME);
            learner.addIdentifier(entry.strict(Terms.NOTATION, value, v -> new Identifier(v, scheme)));
        }
        Learner read = in.strict("", learner, Learner.Builder::build);
        if (!read.equals(Learner.builder().build())) {
            mc.learner(read);
        }
        overallGrade(achievement);
        List<Assessment> assessments = new ArrayList<>();
        for (In node : in.objects(Terms.ASSESSMENT)) {
            assessments.add(assessment(node));
        }
        mc.assessments(assessments);
    }

    /** The IdentityObjects: plain ones into the learner, hashed ones reported (they cannot be read back). */
    private void identities(Learner.Builder learner) throws CredentialParseException {
        boolean named = false;
        boolean mailed = false;
        boolean national = false;
        for (In identity : in.objects("identifier")) {
            String type = identity.node().path("identityType").asText("");
            if (type.equals("name") && !named && in.has(Terms.LEARNER_PROFILE)) {
                // Derived from the learner profile's names: the writer's version of it is consumed,
                // an edited one reported.
                named = true;
                continue;
            }
            identity.requiredText("identityType");
            if (identity.bool("hashed").orElse(false)) {
                identity.report(Rules.HASHED_IDENTITY, null, "", identity.node().path("identityHash").asText(), type);
                continue;
            }
            String value = identity.requiredText("identityHash");
            if (value.isBlank()) {
                identity.report(Rules.INVALID_VALUE, "emptyIdentity", "identityHash", value);
                continue;
            }
            identity.consume("type");
            if (type.equals("name") && !named) {
                learner.fullName(value);
                named = true;
            } else if (type.equals("emailAddress") && !mailed) {
                learner.email(value);
                mailed = true;
            } else if (type.equals("nationalIdentityNumber") && !national) {
                nationalId(learner, value);
                national = true;
            } else {
                learner.addIdentifier(Identifier.of(value, type));
            }
        }
    }

    private void nationalId(Learner.Builder learner, String value) throws CredentialParseException {
        Optional<In> profile = in.object(Terms.LEARNER_PROFILE);
        Optional<Country> country = Optional.empty();
        if (profile.isPresent()) {
            In p = profile.get();
            country = p.text(Terms.NATIONAL_IDENTITY_NUMBER_COUNTRY)
                    .flatMap(code -> p.lenient(Terms.NATIONAL_IDENTITY_NUMBER_COUNTRY, code, Country::new));
        }
        learner.nationalId(new LegalIdentifier(value, country));
    }

    private static void profile(In profile, Learner.Builder learner) throws CredentialParseException {
        profile.types();
        learner.fullName(nonBlank(profile, "name")).givenName(nonBlank(profile, "givenName")).familyName(nonBlank(profile, "familyName"));
        Optional<String> birth = profile.text("dateOfBirth");
        if (birth.isPresent()) {
            learner.dateOfBirth(profile.strict("dateOfBirth", birth.get(), LocalDate::parse));
        }
        for (String code : profile.texts(Terms.CITIZENSHIP)) {
            learner.addCitizenship(profile.strict(Terms.CITIZENSHIP, code, Country::new));
        }
    }

    private static @Nullable String nonBlank(In in, String name) throws CredentialParseException {
        Optional<String> text = in.text(name);
        if (text.isPresent() && text.get().isBlank()) {
            in.report(Rules.INVALID_VALUE, "emptyName", name, text.get());
            return null;
        }
        return text.orElse(null);
    }

    /** The first Result with a value is the grade; its ResultDescription, the grading scheme. */
    private void overallGrade(In achievement) throws CredentialParseException {
        for (In result : in.objects("result")) {
            Optional<String> value = Optional.ofNullable(result.node().path("value").textValue());
            if (value.isEmpty() || value.get().isBlank()) {
                continue;
            }
            result.consume("type");
            result.consume("value");
            Optional<GradingScheme> scheme = Optional.empty();
            Optional<String> ref = result.text("resultDescription");
            if (ref.isPresent()) {
                scheme = scheme(achievement, ref.get());
            }
            mc.grade(new Grade(value.get(), scheme));
            return;
        }
    }

    private Optional<GradingScheme> scheme(In achievement, String id) throws CredentialParseException {
        for (In description : achievement.objects("resultDescription")) {
            if (id.equals(description.node().path("id").textValue())) {
                description.consume("id");
                description.consume("type");
                Optional<LocalizedString> title = description.localized("name", Terms.NAME_MAP, language);
                if (title.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new GradingScheme(title.get(),
                        description.localized("description", Terms.DESCRIPTION_MAP, language),
                        description.texts("allowedValue")));
            }
        }
        return Optional.empty();
    }

    private static Assessment assessment(In in) throws CredentialParseException {
        String id = in.requiredText(Terms.LOCAL_ID);
        LocalizedString title = in.languageMap(Terms.NAME_MAP).orElseThrow(() -> in.missing(Terms.NAME_MAP));
        Assessment.Builder assessment = in.strict(Terms.LOCAL_ID, id, i -> Assessment.builder(i, title))
                .type(in.text(Terms.ASSESSMENT_TYPE).map(AssessmentType::parse).orElse(null))
                .description(in.languageMap(Terms.DESCRIPTION_MAP).orElse(null))
                .supervision(in.text(Terms.SUPERVISION).map(SupervisionVerification::parse).orElse(null))
                .credits(AchievementReader.ects(in, Terms.ECTS_CREDITS).orElse(null));
        in.texts(Terms.ASSESSES_OUTCOME).forEach(assessment::assesses);
        Optional<String> by = in.text(Terms.ASSESSED_BY);
        if (by.isPresent()) {
            assessment.assessedBy(Enums.parse(AssessedBy.class, by.get()).orElseThrow(() -> invalid(in,
                    Terms.ASSESSED_BY, "expected teacher or automatic")));
        }
        Optional<In> grade = in.object(Terms.GRADE);
        if (grade.isPresent()) {
            assessment.grade(assessmentGrade(grade.get()));
        }
        return in.strict(Terms.LOCAL_ID, assessment, Assessment.Builder::build);
    }

    private static Grade assessmentGrade(In in) throws CredentialParseException {
        String value = in.requiredText(Terms.GRADE_VALUE);
        Optional<In> node = in.object(Terms.GRADING_SCHEME);
        Optional<GradingScheme> scheme = Optional.empty();
        if (node.isPresent()) {
            In s = node.get();
            LocalizedString title = s.languageMap(Terms.NAME_MAP).orElseThrow(() -> s.missing(Terms.NAME_MAP));
            scheme = Optional.of(new GradingScheme(title, s.languageMap(Terms.DESCRIPTION_MAP),
                    s.texts(Terms.ALLOWED_GRADE)));
        }
        Optional<GradingScheme> finalScheme = scheme;
        return in.strict(Terms.GRADE_VALUE, value, v -> new Grade(v, finalScheme));
    }

    static CredentialParseException invalid(In in, String name, String detail) {
        return new CredentialParseException(CredentialParseException.Problem.INVALID_VALUE, in.pointer(name), detail);
    }
}
