package io.github.microcredentials.wallet;

import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.QualityAssurance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a micro-credential becomes SD-JWT VC claims: each Annex I element its own selectively
 * disclosable top-level claim (the learner's details and each learning outcome disclosable one by
 * one inside theirs), named after the European Learning Model where a name fits. The names are part
 * of the type metadata published for {@link #VCT}:
 *
 * <table>
 * <caption>Claims per Annex I element</caption>
 * <tr><th>Element</th><th>Claim</th></tr>
 * <tr><td>CR-M1 learner</td><td>{@code learner} (object: {@code id}, {@code givenName}, {@code familyName}, {@code fullName}, {@code birthDate}, {@code email}, each disclosable)</td></tr>
 * <tr><td>CR-M2 title</td><td>{@code title}</td></tr>
 * <tr><td>CR-M3 issuer country</td><td>{@code issuerCountry} (ISO 3166-1 codes)</td></tr>
 * <tr><td>CR-M4 awarding body</td><td>{@code awardingBody} (array of {@code id}, {@code name}, {@code country})</td></tr>
 * <tr><td>CR-M5 date of issuing</td><td>{@code iat} (the JWT claim, selectively disclosable as SD-JWT VC allows)</td></tr>
 * <tr><td>CR-M6 learning outcomes</td><td>{@code learningOutcomes} (array, each element disclosable)</td></tr>
 * <tr><td>CR-M7 workload</td><td>{@code ects} and {@code workloadHours}</td></tr>
 * <tr><td>CR-M8 level</td><td>{@code level} ({@code eqf}, {@code qfEhea})</td></tr>
 * <tr><td>CR-M9 assessment type</td><td>{@code assessmentType}</td></tr>
 * <tr><td>CR-M10 participation</td><td>{@code participationForm}</td></tr>
 * <tr><td>CR-M11 quality assurance</td><td>{@code qualityAssurance}</td></tr>
 * <tr><td>CR-O1 prerequisites</td><td>{@code prerequisites}</td></tr>
 * <tr><td>CR-O2 supervision</td><td>{@code supervision}</td></tr>
 * <tr><td>CR-O3 grade</td><td>{@code grade}</td></tr>
 * <tr><td>CR-O4 integration</td><td>{@code stackability}</td></tr>
 * <tr><td>CR-O5 further information</td><td>{@code furtherInformation}</td></tr>
 * </table>
 */
public final class MicroCredentialClaims {

    /**
     * The {@code vct} of a micro-credential issued by this library, version 1 of its claims. Its type
     * metadata is {@link #typeMetadata()}; credentials carry its {@code vct#integrity}.
     */
    public static final String VCT = "https://microcredentials.github.io/vct/micro-credential/v1";

    private static final Map<AnnexElement, List<String>> CLAIMS = new EnumMap<>(AnnexElement.class);

    static {
        CLAIMS.put(AnnexElement.LEARNER, List.of("learner"));
        CLAIMS.put(AnnexElement.TITLE, List.of("title"));
        CLAIMS.put(AnnexElement.ISSUER_COUNTRY, List.of("issuerCountry"));
        CLAIMS.put(AnnexElement.AWARDING_BODY, List.of("awardingBody"));
        CLAIMS.put(AnnexElement.ISSUE_DATE, List.of("iat"));
        CLAIMS.put(AnnexElement.LEARNING_OUTCOMES, List.of("learningOutcomes"));
        CLAIMS.put(AnnexElement.WORKLOAD, List.of("ects", "workloadHours"));
        CLAIMS.put(AnnexElement.LEVEL, List.of("level"));
        CLAIMS.put(AnnexElement.ASSESSMENT_TYPE, List.of("assessmentType"));
        CLAIMS.put(AnnexElement.PARTICIPATION_FORM, List.of("participationForm"));
        CLAIMS.put(AnnexElement.QUALITY_ASSURANCE, List.of("qualityAssurance"));
        CLAIMS.put(AnnexElement.PREREQUISITES, List.of("prerequisites"));
        CLAIMS.put(AnnexElement.SUPERVISION, List.of("supervision"));
        CLAIMS.put(AnnexElement.GRADE, List.of("grade"));
        CLAIMS.put(AnnexElement.STACKABILITY, List.of("stackability"));
        CLAIMS.put(AnnexElement.FURTHER_INFORMATION, List.of("furtherInformation"));
    }

    private MicroCredentialClaims() {
    }

    /**
     * The top-level claims an Annex I element is written as.
     *
     * @param element the element
     * @return its claim names (only those the credential has are written)
     */
    public static List<String> claimNames(AnnexElement element) {
        return CLAIMS.get(element);
    }

    /**
     * The Annex I element a top-level claim belongs to.
     *
     * @param claim the claim name
     * @return the element, or empty for a claim of no element ({@code iss}, {@code vct}, ...)
     */
    public static Optional<AnnexElement> elementOf(String claim) {
        return CLAIMS.entrySet().stream().filter(e -> e.getValue().contains(claim)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The type metadata document of {@link #VCT} (SD-JWT VC §6), as published.
     *
     * @return the UTF-8 JSON bytes, a fresh copy
     */
    public static byte[] typeMetadata() {
        return TypeMetadata.MICRO_CREDENTIAL.bytes();
    }

    /**
     * The {@code vct#integrity} of {@link #typeMetadata()}: a W3C Subresource Integrity value
     * ({@code sha256-} and the standard base64 of the SHA-256 of the document's bytes).
     *
     * @return the integrity string
     */
    public static String typeMetadataIntegrity() {
        return TypeMetadata.MICRO_CREDENTIAL.integrity();
    }

    /**
     * The claims of a micro-credential, every Annex I element the credential has selectively
     * disclosable.
     *
     * @param credential the credential
     * @return the claims (without {@code iss}, {@code vct}, {@code cnf}, {@code status} and the validity claims, which the issuer adds)
     */
    public static SdObject of(MicroCredential credential) {
        SdObject.Builder b = SdObject.builder();
        credential.learner().ifPresent(l -> b.disclosable("learner", learner(l)));
        credential.title().ifPresent(t -> b.disclosable("title", t.text()));
        List<String> countries = new ArrayList<>();
        credential.issuerCountries().forEach(c -> countries.add(c.code()));
        if (!countries.isEmpty()) {
            b.disclosable("issuerCountry", countries);
        }
        if (!credential.awardingBodies().isEmpty()) {
            List<Object> bodies = new ArrayList<>();
            credential.awardingBodies().forEach(o -> bodies.add(organisation(o)));
            b.disclosable("awardingBody", bodies);
        }
        credential.issued().ifPresent(t -> b.disclosable("iat", t.toEpochSecond()));
        if (!credential.learningOutcomes().isEmpty()) {
            SdArray.Builder outcomes = SdArray.builder();
            credential.learningOutcomes().forEach(o -> outcomes.disclosable(o.text().text()));
            b.disclosable("learningOutcomes", outcomes.build());
        }
        credential.workload().ifPresent(w -> {
            w.credits().or(() -> w.split().map(s -> s.total()))
                    .ifPresent(c -> b.disclosable("ects", c.value()));
            w.hours().ifPresent(h -> b.disclosable("workloadHours", h.toHours()));
        });
        credential.level().ifPresent(level -> {
            Map<String, Object> l = new LinkedHashMap<>();
            level.eqf().ifPresent(e -> e.level().ifPresent(n -> l.put("eqf", (long) n)));
            level.cycle().ifPresent(c -> l.put("qfEhea", c.label()));
            if (!l.isEmpty()) {
                b.disclosable("level", l);
            }
        });
        List<String> types = credential.assessments().stream().flatMap(a -> a.type().stream())
                .map(t -> t.label()).distinct().toList();
        if (!types.isEmpty()) {
            b.disclosable("assessmentType", types);
        }
        credential.participationForm().ifPresent(p -> b.disclosable("participationForm", p.label()));
        if (!credential.qualityAssurance().isEmpty()) {
            List<Object> qa = new ArrayList<>();
            credential.qualityAssurance().forEach(q -> qa.add(qualityAssurance(q)));
            b.disclosable("qualityAssurance", qa);
        }
        credential.prerequisites().ifPresent(p -> b.disclosable("prerequisites", p.text()));
        List<String> supervision = credential.assessments().stream().map(Assessment::supervision)
                .flatMap(Optional::stream).map(s -> s.label()).distinct().toList();
        if (!supervision.isEmpty()) {
            b.disclosable("supervision", supervision);
        }
        credential.grade().ifPresent(g -> {
            Map<String, Object> grade = new LinkedHashMap<>();
            grade.put("value", g.value());
            g.scheme().ifPresent(s -> grade.put("scheme", s.title().text()));
            b.disclosable("grade", grade);
        });
        credential.integration().ifPresent(i -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("option", i.option().label());
            if (!i.stackableTowards().isEmpty()) {
                s.put("stackableTowards", i.stackableTowards().stream().map(Object::toString).toList());
            }
            i.description().ifPresent(d -> s.put("description", d.text()));
            b.disclosable("stackability", s);
        });
        if (credential.furtherInformation().isPresent() || credential.furtherInformationUrl().isPresent()) {
            Map<String, Object> f = new LinkedHashMap<>();
            credential.furtherInformation().ifPresent(t -> f.put("text", t.text()));
            credential.furtherInformationUrl().ifPresent(u -> f.put("url", u.toString()));
            b.disclosable("furtherInformation", f);
        }
        return b.build();
    }

    private static SdObject learner(Learner learner) {
        SdObject.Builder b = SdObject.builder();
        learner.id().ifPresent(id -> b.disclosable("id", id.toString()));
        learner.givenName().ifPresent(v -> b.disclosable("givenName", v));
        learner.familyName().ifPresent(v -> b.disclosable("familyName", v));
        learner.fullName().ifPresent(v -> b.disclosable("fullName", v));
        learner.dateOfBirth().ifPresent(v -> b.disclosable("birthDate", v.toString()));
        learner.email().ifPresent(v -> b.disclosable("email", v));
        return b.build();
    }

    private static Map<String, Object> organisation(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id().toString());
        m.put("name", o.legalName().text());
        o.country().ifPresent(c -> m.put("country", c.code()));
        return m;
    }

    private static Map<String, Object> qualityAssurance(QualityAssurance q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", q.type().label());
        q.description().ifPresent(d -> m.put("description", d.text()));
        q.reference().ifPresent(r -> m.put("reference", r.toString()));
        return m;
    }
}
