package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.internal.di.Canonicalization;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.jsonld.FastJsonLd;
import io.github.microcredentials.signing.internal.rdf.DocumentException;
import io.github.microcredentials.signing.internal.rdf.SafeJsonLd;
import io.github.microcredentials.signing.internal.rdf.canon.Rdfc10Canonicalizer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The policy for inline and embedded contexts (issue 14): an inline definition may add a new name for
 * a new IRI; an embedded {@code @context} may repeat the document's context URLs where that changes
 * nothing; everything else stays refused as {@code NON_PLAIN_FORM}, with the reason. Accepted
 * documents take the fast path and give the reference Titanium pipeline's canonical form.
 */
class InlineContextsTest {

    private static final Object QUIET = TestSupport.quietTitaniumLogging();
    private static final SafeJsonLd FULL = new SafeJsonLd(TestSupport.CONTEXTS);
    private static final FastJsonLd FAST = FastJsonLd.of(TestSupport.CONTEXTS, FULL::options);
    private static final Canonicalization CANONICALIZATION = new Canonicalization(TestSupport.CONTEXTS);

    private static final String VC2 = "https://www.w3.org/ns/credentials/v2";
    private static final String OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private static JsonObject json(String text) {
        try {
            return StrictJson.parseObject(text.getBytes(StandardCharsets.UTF_8));
        } catch (CredentialParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A VC 2.0 credential with the given extra contexts (JSON array items) and credential subject members. */
    private static JsonObject credential(String extraContexts, String subjectMembers) {
        return json("""
                {"@context": ["%s"%s],
                 "type": ["VerifiableCredential"],
                 "issuer": "did:example:issuer",
                 "validFrom": "2026-01-01T00:00:00Z",
                 "credentialSubject": {"id": "did:example:subject"%s}}
                """.formatted(VC2, extraContexts.isEmpty() ? "" : ", " + extraContexts,
                subjectMembers.isEmpty() ? "" : ", " + subjectMembers));
    }

    private static void acceptedAsTheReferenceDoes(JsonObject document) throws Exception {
        String fast = Rdfc10Canonicalizer.sha256().canonicalize(FAST.toRdf(document)).text();
        assertThat(fast).isEqualTo(FastPathDifferentialTest.titanium(document).orElseThrow());
        assertThat(new String(CANONICALIZATION.canonicalize(Cryptosuite.EDDSA_RDFC_2022, document), StandardCharsets.UTF_8))
                .isEqualTo(fast);
    }

    private static void refused(JsonObject document, String pointer, String reason) {
        assertThatThrownBy(() -> CANONICALIZATION.canonicalize(Cryptosuite.EDDSA_RDFC_2022, document))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo(DocumentException.Reason.NON_PLAIN_FORM);
                    assertThat(e.getMessage()).startsWith("at " + pointer + ":").contains(reason);
                });
    }

    // accepted

    @Test
    void newTermForANewIri_isAccepted() throws Exception {
        JsonObject document = credential("{\"shoeSize\": \"https://example.org/vocab#shoeSize\"}", "\"shoeSize\": \"42\"");

        acceptedAsTheReferenceDoes(document);
        assertThat(new String(CANONICALIZATION.canonicalize(Cryptosuite.EDDSA_RDFC_2022, document), StandardCharsets.UTF_8))
                .contains("<https://example.org/vocab#shoeSize> \"42\"");
    }

    @Test
    void newTermAsIdObject_withIdCoercion_isAccepted() throws Exception {
        JsonObject document = credential("{\"homepage\": {\"@id\": \"https://example.org/vocab#homepage\", \"@type\": \"@id\"},"
                + " \"motto\": {\"@id\": \"https://example.org/vocab#motto\"}}",
                "\"homepage\": \"https://example.org/~subject\", \"motto\": \"carpe diem\"");

        acceptedAsTheReferenceDoes(document);
        assertThat(new String(CANONICALIZATION.canonicalize(Cryptosuite.EDDSA_RDFC_2022, document), StandardCharsets.UTF_8))
                .contains("<https://example.org/vocab#homepage> <https://example.org/~subject>");
    }

    /** The DCC "badSchema" fixture's form: VC 2.0 leaves {@code issuanceDate} undefined, so a new IRI may name it. */
    @Test
    void vc11NameUndefinedInVc2_mayBeDefinedInline() throws Exception {
        JsonObject document = json("""
                {"@context": ["%s", {"issuanceDate": "https://www.w3.org/2018/credentials/v1#issuanceDate"}],
                 "type": ["VerifiableCredential"], "issuer": "did:example:issuer", "issuanceDate": "2010-01-01T00:00:00Z",
                 "credentialSubject": {"id": "did:example:subject"}}
                """.formatted(VC2));

        acceptedAsTheReferenceDoes(document);
    }

    @Test
    void embeddedCredential_repeatingTheDocumentsContextUrls_isAccepted() throws Exception {
        JsonObject document = json("""
                {"@context": ["%1$s", "%2$s"], "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "did:example:issuer", "type": ["Profile"], "name": "Issuer",
                   "endorsement": [{"@context": ["%1$s", "%2$s"], "id": "urn:uuid:1", "type": ["VerifiableCredential", "EndorsementCredential"],
                     "issuer": {"id": "did:example:endorser", "type": ["Profile"], "name": "Endorser"},
                     "validFrom": "2026-01-01T00:00:00Z",
                     "credentialSubject": {"id": "urn:uuid:3", "type": ["EndorsementSubject"], "endorsementComment": "fine"}}]},
                 "validFrom": "2026-01-01T00:00:00Z", "name": "Badge",
                 "credentialSubject": {"type": ["AchievementSubject"], "achievement": {"id": "urn:uuid:2", "type": ["Achievement"],
                   "name": "A", "description": "D", "criteria": {"narrative": "N"}}}}
                """.formatted(VC2, OB3));

        acceptedAsTheReferenceDoes(document);
        // one URL of the list is enough
        acceptedAsTheReferenceDoes(json(document.toString().replace("\"endorsement\":[{\"@context\":[\"" + VC2 + "\",\"" + OB3 + "\"]",
                "\"endorsement\":[{\"@context\":\"" + OB3 + "\"")));
    }

    /** Open Badges 3.0.2: the property {@code image} and the class {@code Image} map to one IRI at the top level. */
    @Test
    void openBadges302_imageKeyAndImageType_areEachPlainInTheirPlace() throws Exception {
        String ob302 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json";
        JsonLdContexts contexts = DccInteropTest.CONTEXTS;
        Canonicalization canonicalization = new Canonicalization(contexts);
        String template = """
                {"@context": ["https://www.w3.org/2018/credentials/v1", "%s"], "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": "did:example:issuer", "issuanceDate": "2026-01-01T00:00:00Z",
                 "credentialSubject": {"type": ["AchievementSubject"], "achievement": {"id": "urn:uuid:2", "type": ["Achievement"],
                   "name": "A", "description": "D", "criteria": {"narrative": "N"},
                   "%s": {"id": "https://example.org/badge.png", "type": "%s"}}}}
                """;

        canonicalization.canonicalize(Cryptosuite.EDDSA_RDFC_2022, json(template.formatted(ob302, "image", "Image")));
        for (String[] wrong : new String[][] {{"Image", "Image"}, {"image", "image"}}) {
            assertThatThrownBy(() -> canonicalization.canonicalize(Cryptosuite.EDDSA_RDFC_2022,
                    json(template.formatted(ob302, wrong[0], wrong[1]))))
                    .isInstanceOfSatisfying(DocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(DocumentException.Reason.NON_PLAIN_FORM));
        }
    }

    // refused: the form of the inline definition

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"@vocab\": \"https://example.org/vocab#\"}|/@context/1/@vocab|sets @vocab",
        "{\"@base\": \"https://example.org/\"}|/@context/1/@base|sets @base",
        "{\"@propagate\": false}|/@context/1/@propagate|sets @propagate",
        "{\"@protected\": true, \"x\": \"https://example.org/x\"}|/@context/1/@protected|sets @protected",
        "{\"@import\": \"https://www.w3.org/ns/credentials/v2\"}|/@context/1/@import|sets @import",
        "{\"@version\": 1.1}|/@context/1/@version|sets @version",
        "{\"@language\": \"en\"}|/@context/1/@language|sets @language",
        "{\"ex:shoeSize\": \"https://example.org/vocab#shoeSize\"}|/@context/1/ex:shoeSize|not a simple name",
        "{\"https://example.org/x\": \"https://example.org/y\"}|/@context/1/https:~1~1example.org~1x|not a simple name",
        "{\"x\": {\"@id\": \"https://example.org/x\", \"@context\": {\"name\": \"https://example.org/n\"}}}|/@context/1/x|scoped contexts",
        "{\"x\": {\"@id\": \"https://example.org/x\", \"@container\": \"@list\"}}|/@context/1/x|containers",
        "{\"x\": {\"@id\": \"https://example.org/x\", \"@type\": \"http://www.w3.org/2001/XMLSchema#date\"}}|/@context/1/x|datatypes",
        "{\"x\": {\"@reverse\": \"https://example.org/x\"}}|/@context/1/x|reverse",
        "{\"x\": {\"@id\": \"https://example.org/x\", \"@protected\": true}}|/@context/1/x|not defined as an IRI",
        "{\"x\": null}|/@context/1/x|not defined as an IRI",
        "{\"x\": \"relative\"}|/@context/1/x|not an absolute IRI",
        "{\"x\": \"_:b0\"}|/@context/1/x|not an absolute IRI",
        "{\"x\": \"@type\"}|/@context/1/x|not an absolute IRI",
    })
    void inlineDefinitionBeyondANewTermForAnIri_isRefused(String inline, String pointer, String reason) {
        refused(credential(inline, ""), pointer, reason);
    }

    // refused: what the inline term would change

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the terms verifiers act on: VC 2.0 defines them in the VerifiableCredential type-scoped context
        "issuer|https://example.org/issuer|a name the document's context URLs define",
        "credentialSubject|https://example.org/subject|a name the document's context URLs define",
        "proof|https://example.org/proof|a name the document's context URLs define",
        "validUntil|https://example.org/until|a name the document's context URLs define",
        // redefinitions of top-level terms (protected by the VC 2.0 context)
        "name|https://example.org/name|redefines \"name\"",
        "type|https://example.org/type|redefines \"type\"",
        // aliases: a new name for an IRI a term of the contexts maps to
        "fullName|https://schema.org/name|as the term \"name\"",
        "myIssuer|https://www.w3.org/2018/credentials#issuer|in the vocabulary https://www.w3.org/2018/credentials#",
        "kind|http://www.w3.org/1999/02/22-rdf-syntax-ns#type|in the vocabulary http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "signature|https://w3id.org/security#proofValue|in the vocabulary https://w3id.org/security",
        "expires|https://www.w3.org/2018/credentials#validUntil|in the vocabulary https://www.w3.org/2018/credentials#",
    })
    void inlineTermChangingWhatAKnownTermOrIriMeans_isRefused(String term, String iri, String reason) {
        refused(credential("{\"" + term + "\": \"" + iri + "\"}", ""), "/@context/1/" + term, reason);
    }

    /** {@code achievementType} is Open Badges' only inside the {@code Achievement} scoped context; it is still no free name. */
    @Test
    void nameTheDocumentsContextsDefineForSomeType_isRefused() {
        JsonObject document = json("""
                {"@context": ["%s", "%s", {"achievementType": "https://example.org/vocab#achievementType"}],
                 "type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": "did:example:issuer",
                 "validFrom": "2026-01-01T00:00:00Z", "credentialSubject": {"type": ["AchievementSubject"]}}
                """.formatted(VC2, OB3));

        refused(document, "/@context/2/achievementType", "a name the document's context URLs define");
    }

    @Test
    void twoInlineTermsForOneIri_orOneTermTwice_areRefused() {
        refused(credential("{\"a\": \"https://example.org/x\", \"b\": \"https://example.org/x\"}", ""), "/@context/1/b", "map to one IRI");
        refused(credential("{\"a\": \"https://example.org/x\"}, {\"a\": \"https://example.org/y\"}", ""), "/@context/2/a", "defined twice");
    }

    @Test
    void inlineDefinitionBeforeAContextUrl_orAlone_isRefused() {
        refused(json("""
                {"@context": [{"shoeSize": "https://example.org/vocab#shoeSize"}, "%s"], "type": ["VerifiableCredential"],
                 "issuer": "did:example:issuer", "credentialSubject": {"shoeSize": "42"}}
                """.formatted(VC2)), "/@context/1", "a context URL after an inline context definition");
        refused(json("""
                {"@context": {"shoeSize": "https://example.org/vocab#shoeSize"}, "type": "https://example.org/T",
                 "shoeSize": "42"}
                """), "/@context", "as the whole @context");
    }

    // refused: embedded contexts that are not a repetition without effect

    @Test
    void embeddedContext_withADefinitionOrAnotherUrl_isRefused() {
        refused(credential("", "\"knows\": {\"@context\": {\"knows\": \"https://example.org/knows\"}, \"id\": \"did:example:other\"}"),
                "/credentialSubject/knows/@context", "an embedded @context with a context definition");
        refused(credential("", "\"knows\": {\"@context\": [\"" + VC2 + "\", \"" + OB3 + "\"], \"id\": \"did:example:other\"}"),
                "/credentialSubject/knows/@context", "which the document's @context does not list");
    }

    /**
     * A repeated URL that undoes a later context's redefinition (here of a term the earlier context
     * left unprotected) changes what a key means in part of the document: refused. Repeating the
     * context that is in effect is accepted.
     */
    @Test
    void embeddedContext_thatChangesTermDefinitions_isRefused() throws Exception {
        URI first = URI.create("https://example.org/contexts/first");
        URI second = URI.create("https://example.org/contexts/second");
        JsonLdContexts contexts = TestSupport.CONTEXTS
                .with(first, "{\"@context\": {\"t\": \"https://example.org/first#t\", \"n\": \"https://example.org/first#n\"}}"
                        .getBytes(StandardCharsets.UTF_8))
                .with(second, "{\"@context\": {\"t\": \"https://example.org/second#t\"}}".getBytes(StandardCharsets.UTF_8));
        Canonicalization canonicalization = new Canonicalization(contexts);
        String template = "{\"@context\": [\"" + first + "\", \"" + second + "\"], \"t\": \"outer\","
                + " \"n\": {\"@context\": \"%s\", \"t\": \"inner\"}}";

        String accepted = new String(canonicalization.canonicalize(Cryptosuite.EDDSA_RDFC_2022, json(template.formatted(second))),
                StandardCharsets.UTF_8);
        assertThat(accepted).contains("<https://example.org/second#t> \"inner\"").doesNotContain("first#t");
        assertThatThrownBy(() -> canonicalization.canonicalize(Cryptosuite.EDDSA_RDFC_2022, json(template.formatted(first))))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DocumentException.Reason.NON_PLAIN_FORM);
                    assertThat(e.getMessage()).startsWith("at /n/@context:").contains("changes term definitions");
                });
    }
}
