package io.github.microcredentials.edc.internal.elm;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The concept schemes of the EU vocabularies the EDC application profile restricts, and how a
 * concept's scheme follows from its IRI. The EDC SHACL shapes check {@code skos:inScheme} without
 * dereferencing, so every concept the writer emits carries its scheme.
 */
public final class Schemes {

    /** EU vocabularies ({@code http://data.europa.eu/snb/<list>/<code>}) have the scheme {@code …/<list>/25831c2}. */
    private static final Pattern SNB = Pattern.compile("(http://data\\.europa\\.eu/snb/[a-z-]+)/[^/]+");
    /** Publications Office authority tables: scheme {@code …/authority/<table>}. */
    private static final Pattern NAL = Pattern.compile("(http://publications\\.europa\\.eu/resource/authority/[a-z-]+)/[^/]+");
    /** The library's own vocabularies: scheme {@code https://microcredentials.github.io/vocab/<list>}. */
    private static final Pattern OWN = Pattern.compile("(https://microcredentials\\.github\\.io/vocab/[a-z-]+)/[^/]+");

    public static final URI EQF = URI.create("http://data.europa.eu/snb/eqf/25831c2");
    public static final URI QDR = URI.create("http://data.europa.eu/snb/qdr/25831c2");
    public static final URI ISCED_F = URI.create("http://data.europa.eu/snb/isced-f/25831c2");
    public static final URI CREDENTIAL = URI.create("http://data.europa.eu/snb/credential/25831c2");
    public static final URI EDUCATION_CREDIT = URI.create("http://data.europa.eu/snb/education-credit/25831c2");
    public static final URI LEARNING_SETTING = URI.create("http://data.europa.eu/snb/learning-setting/25831c2");
    public static final URI LEARNING_ASSESSMENT = URI.create("http://data.europa.eu/snb/learning-assessment/25831c2");
    public static final URI SUPERVISION = URI.create("http://data.europa.eu/snb/supervision-verification/25831c2");
    public static final URI ENCODING = URI.create("http://data.europa.eu/snb/encoding/25831c2");
    public static final URI COUNTRY = URI.create("http://publications.europa.eu/resource/authority/country");
    public static final URI LANGUAGE = URI.create("http://publications.europa.eu/resource/authority/language");
    public static final URI ATU = URI.create("http://publications.europa.eu/resource/authority/atu");
    public static final URI FILE_TYPE = URI.create("http://publications.europa.eu/resource/authority/file-type");
    public static final URI ESCO_SKILLS = URI.create("http://data.europa.eu/esco/concept-scheme/skills");
    /**
     * The scheme of a concept whose IRI tells none (the library's own scheme): the IRI up to its
     * last {@code /}, {@code #} or {@code :} is no absolute IRI, as for {@code non-form:l}.
     */
    public static final URI UNKNOWN = URI.create("https://microcredentials.github.io/vocab/unknown-scheme");
    /** Regions outside the EU territorial-unit table (the library's own scheme). */
    public static final URI OTHER_REGION = URI.create("https://microcredentials.github.io/vocab/region");

    /** The ECTS concept of the education-credit list, the only credit framework the model carries. */
    public static final URI ECTS = URI.create("http://data.europa.eu/snb/education-credit/6fcec5c5af");
    /** The "Generic" credential profile every micro-credential EDC declares. */
    public static final URI GENERIC_PROFILE = URI.create("http://data.europa.eu/snb/credential/e34929035b");
    public static final URI BASE64 = URI.create("http://data.europa.eu/snb/encoding/6146cde7dd");
    public static final URI SVG = URI.create("http://publications.europa.eu/resource/authority/file-type/SVG");

    /** The EU list of learning-opportunity types, which the specification's {@code dcType} takes. */
    public static final URI LEARNING_OPPORTUNITY = URI.create("http://data.europa.eu/snb/learning-opportunity/25831c2");

    /** The English labels of the learning-opportunity types the credential kinds name. */
    private static final java.util.Map<URI, String> LEARNING_OPPORTUNITY_LABELS = java.util.Map.of(
            URI.create("http://data.europa.eu/snb/learning-opportunity/05053c1cbe"), "Course",
            URI.create("http://data.europa.eu/snb/learning-opportunity/79343569f3"), "Educational programme",
            URI.create("http://data.europa.eu/snb/learning-opportunity/74a4a268e8"), "Short learning programme",
            URI.create("http://data.europa.eu/snb/learning-opportunity/63f9f6180c"), "Apprenticeship");

    private static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";

    private Schemes() {
    }

    /**
     * The scheme a concept belongs to, as far as its IRI tells: the EU and library vocabularies
     * have regular IRIs; for any other IRI the scheme is taken to be the IRI up to its last
     * {@code /}, {@code #} or {@code :}, when that is an absolute IRI, and otherwise
     * {@link #UNKNOWN}.
     *
     * @param concept a concept IRI
     * @return its scheme IRI, always absolute
     */
    public static URI of(URI concept) {
        String iri = concept.toString();
        if (iri.startsWith(ESCO_SKILL)) {
            return ESCO_SKILLS;
        }
        for (Pattern pattern : new Pattern[] {SNB, NAL, OWN}) {
            Matcher m = pattern.matcher(iri);
            if (m.matches()) {
                return URI.create(pattern == SNB ? m.group(1) + "/25831c2" : m.group(1));
            }
        }
        int cut = Math.max(iri.lastIndexOf('/'), Math.max(iri.lastIndexOf('#'), iri.lastIndexOf(':')));
        if (cut > 0) {
            URI prefix = absolute(iri.substring(0, cut));
            if (prefix != null) {
                return prefix;
            }
        }
        // The cut leaves no absolute IRI (a concept such as "non-form:l" would give the bare
        // "non-form", which no reader accepts as inScheme): the IRI tells nothing about its scheme.
        return UNKNOWN;
    }

    /** The text as an absolute IRI with a non-empty rest after its scheme, or null. */
    private static @org.jspecify.annotations.Nullable URI absolute(String text) {
        try {
            URI uri = new URI(text);
            String rest = uri.getRawSchemeSpecificPart();
            return uri.isAbsolute() && rest != null && !rest.isEmpty() && !"/".equals(rest) && !"//".equals(rest) ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * The English label of a learning-opportunity type.
     *
     * @param type the concept
     * @return its label, or {@code null} when the library does not know it
     */
    public static @org.jspecify.annotations.Nullable String learningOpportunityLabel(URI type) {
        return LEARNING_OPPORTUNITY_LABELS.get(type);
    }

    /**
     * Whether the scheme of a concept is the one its IRI implies (then the scheme is no
     * information of its own, and reading may drop it).
     *
     * @param concept the concept IRI
     * @param scheme the scheme the input gives
     * @return {@code true} when they agree
     */
    public static boolean implied(URI concept, URI scheme) {
        return of(concept).equals(scheme);
    }
}
