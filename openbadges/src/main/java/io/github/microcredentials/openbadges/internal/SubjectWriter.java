package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.GradingScheme;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.MicroCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The AchievementSubject: the learner, the assessments passed and the grade. The learner is
 * identified by {@code id} when the model has one, and by IdentityObjects for the name shown, the
 * e-mail address and the national identity number; the last two are salted SHA-256 hashes unless the
 * settings ask for plain text.
 */
final class SubjectWriter {

    private final MicroCredential mc;
    private final WriterSettings settings;

    SubjectWriter(MicroCredential mc, WriterSettings settings) {
        this.mc = mc;
        this.settings = settings;
    }

    ObjectNode write(ObjectNode achievement) {
        ObjectNode node = Nodes.object();
        mc.learner().flatMap(Learner::id).ifPresent(id -> node.put("id", id.toString()));
        node.set("type", Nodes.array("AchievementSubject"));
        mc.learner().ifPresent(learner -> learner(node, learner));
        if (!node.has("id") && !node.has("identifier") && !settings.lenient()) {
            throw new IllegalArgumentException("the credential " + mc.id() + " does not identify the learner (CR-M1):"
                    + " Open Badges 3.0 needs the learner's id, name, e-mail address or national identity number");
        }
        node.set("achievement", achievement);
        mc.grade().ifPresent(grade -> node.putArray("result").add(result(grade)));
        Nodes.putArray(node, Terms.ASSESSMENT, mc.assessments(), this::assessment);
        return node;
    }

    private void learner(ObjectNode node, Learner learner) {
        ArrayNode identities = Nodes.FACTORY.arrayNode();
        // The name the badge shows: the full name, else given and family names (derived: the
        // learner profile below carries the names themselves).
        learner.displayName().ifPresent(name -> identities.add(identity("name", name, false)));
        learner.email().ifPresent(email -> identities.add(identity("emailAddress", email, settings.hashIdentities())));
        learner.nationalId().ifPresent(id -> identities.add(
                identity("nationalIdentityNumber", id.notation(), settings.hashIdentities())));
        if (!identities.isEmpty()) {
            node.set("identifier", identities);
        }
        ObjectNode profile = Nodes.object();
        profile.set("type", Nodes.array("Profile"));
        Nodes.putText(profile, "name", learner.fullName());
        Nodes.putText(profile, "givenName", learner.givenName());
        Nodes.putText(profile, "familyName", learner.familyName());
        learner.dateOfBirth().ifPresent(date -> profile.put("dateOfBirth", date.toString()));
        Nodes.putArray(profile, Terms.CITIZENSHIP, learner.citizenship(), country -> country.code());
        if (!settings.hashIdentities()) {
            // The issuing country belongs to the number; with a hashed number it would say nothing.
            learner.nationalId().flatMap(id -> id.country())
                    .ifPresent(country -> profile.put(Terms.NATIONAL_IDENTITY_NUMBER_COUNTRY, country.code()));
        }
        if (profile.size() > 1) {
            node.set(Terms.LEARNER_PROFILE, profile);
        }
        Nodes.putArray(node, Terms.LEARNER_IDENTIFIER, learner.identifiers(), id -> {
            ObjectNode entry = Nodes.object();
            entry.put(Terms.NOTATION, id.value());
            Nodes.putText(entry, Terms.IDENTIFIER_SCHEME, id.scheme());
            return entry;
        });
    }

    /** An IdentityObject; a hashed one is {@code sha256$} + hex SHA-256 of the value followed by the salt. */
    private ObjectNode identity(String type, String value, boolean hash) {
        ObjectNode node = Nodes.object();
        node.put("type", "IdentityObject");
        node.put("identityType", type);
        node.put("hashed", hash);
        if (hash) {
            String salt = settings.salts().get();
            node.put("identityHash", hash(value, salt));
            node.put("salt", salt);
        } else {
            node.put("identityHash", value);
        }
        return node;
    }

    /**
     * The identity hash Open Badges defines: {@code sha256$} and the lower-case hex SHA-256 of the
     * UTF-8 value followed by the salt.
     */
    static String hash(String value, String salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return "sha256$" + HexFormat.of().formatHex(sha256.digest((value + salt).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private ObjectNode result(Grade grade) {
        ObjectNode node = Nodes.typed("Result");
        if (grade.scheme().isPresent()) {
            node.put("resultDescription", Derived.gradeDescriptionId(AchievementWriter.id(mc)).toString());
        }
        node.put("value", grade.value());
        return node;
    }

    private ObjectNode assessment(Assessment assessment) {
        ObjectNode node = Nodes.object();
        node.put(Terms.LOCAL_ID, assessment.id());
        node.set(Terms.NAME_MAP, Nodes.languageMap(assessment.title()));
        assessment.type().ifPresent(type -> node.put(Terms.ASSESSMENT_TYPE, Nodes.term(type)));
        Nodes.putMap(node, Terms.DESCRIPTION_MAP, assessment.description());
        Nodes.putArray(node, Terms.ASSESSES_OUTCOME, assessment.assessedOutcomes(), id -> id);
        assessment.supervision().ifPresent(s -> node.put(Terms.SUPERVISION, Nodes.term(s)));
        assessment.assessedBy().ifPresent(by -> node.put(Terms.ASSESSED_BY, Enums.code(by)));
        if (mc.isCreditBearing()) {
            assessment.credits().ifPresent(credits -> Nodes.putEcts(node, Terms.ECTS_CREDITS, credits));
        }
        assessment.grade().ifPresent(grade -> node.set(Terms.GRADE, grade(grade)));
        return node;
    }

    private static ObjectNode grade(Grade grade) {
        ObjectNode node = Nodes.object();
        node.put(Terms.GRADE_VALUE, grade.value());
        grade.scheme().ifPresent(scheme -> node.set(Terms.GRADING_SCHEME, scheme(scheme)));
        return node;
    }

    private static ObjectNode scheme(GradingScheme scheme) {
        ObjectNode node = Nodes.object();
        node.set(Terms.NAME_MAP, Nodes.languageMap(scheme.title()));
        Nodes.putMap(node, Terms.DESCRIPTION_MAP, scheme.description());
        Nodes.putArray(node, Terms.ALLOWED_GRADE, scheme.allowedValues(), v -> v);
        return node;
    }
}
