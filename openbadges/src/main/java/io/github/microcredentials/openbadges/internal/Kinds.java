package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.vocab.CredentialKind;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The credential kind as {@code achievementType}: the Open Badges term of a known kind
 * ({@code MicroCredential}, {@code Badge}, {@code CertificateOfCompletion}), an Open Badges term
 * read from another issuer as it was, an extension value {@code ext:<code>}, or, for a code that
 * cannot be one, the extension term {@code credentialKind}.
 */
final class Kinds {

    /** The {@code achievementType} values Open Badges 3.0 defines. */
    static final Set<String> ACHIEVEMENT_TYPES = Set.of("Achievement", "ApprenticeshipCertificate", "Assessment",
            "Assignment", "AssociateDegree", "Award", "Badge", "BachelorDegree", "Certificate",
            "CertificateOfCompletion", "Certification", "CommunityService", "Competency", "Course", "CoCurricular",
            "Degree", "Diploma", "DoctoralDegree", "Fieldwork", "GeneralEducationDevelopment",
            "JourneymanCertificate", "LearningProgram", "License", "Membership", "ProfessionalDoctorate",
            "QualityAssuranceCredential", "MasterCertificate", "MasterDegree", "MicroCredential",
            "ResearchDoctorate", "SecondarySchoolDiploma");

    private static final String EXT = "ext:";
    private static final Pattern EXT_CODE = Pattern.compile("[A-Za-z0-9._]+");

    private Kinds() {
    }

    static void write(ObjectNode achievement, CredentialKind kind) {
        Optional<String> term = kind.openBadgesTerm();
        String code = kind.code();
        if (term.isPresent()) {
            achievement.put("achievementType", term.get());
        } else if (ACHIEVEMENT_TYPES.contains(code)
                && CredentialKind.vocabulary().byOpenBadgesTerm(code).isEmpty()) {
            achievement.put("achievementType", code);
        } else if (EXT_CODE.matcher(code).matches()) {
            achievement.put("achievementType", EXT + code);
        } else {
            achievement.put(Terms.CREDENTIAL_KIND, code);
        }
    }

    /** The kind an {@code achievementType} value stands for. */
    static CredentialKind read(String achievementType) {
        Optional<CredentialKind> known = CredentialKind.vocabulary().byOpenBadgesTerm(achievementType);
        if (known.isPresent()) {
            return known.get();
        }
        String code = achievementType.startsWith(EXT) ? achievementType.substring(EXT.length()) : achievementType;
        return CredentialKind.parse(code.isBlank() ? achievementType : code);
    }
}
