package io.github.microcredentials.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.sample.Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class NativeJsonStrictReadingTest {

    private final NativeJson json = NativeJson.create();

    private static String minimal(String members) {
        return "{\"type\":\"MicroCredential\",\"id\":\"urn:uuid:1\"" + (members.isEmpty() ? "" : "," + members) + "}";
    }

    private void assertProblem(ThrowingCallable read, Problem problem, String location, String messagePart) {
        assertThatThrownBy(read)
                .isInstanceOfSatisfying(CredentialParseException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.location()).isEqualTo(location);
                })
                .hasMessageContaining(messagePart);
    }

    @Test
    void minimalCredential_reads() throws CredentialParseException {
        assertThat(json.read(minimal(""), MicroCredential.class).id().toString()).isEqualTo("urn:uuid:1");
    }

    @Test
    void duplicateKeys_areRejectedWhereTheyOccur() {
        assertProblem(() -> json.read(minimal("\"id\":\"urn:uuid:2\""), MicroCredential.class),
                Problem.DUPLICATE_KEY, "/id", "duplicate key 'id'");
        assertProblem(() -> json.read(minimal("\"title\":{\"en\":\"a\",\"en\":\"b\"}"), MicroCredential.class),
                Problem.DUPLICATE_KEY, "/title/en", "duplicate key");
    }

    @Test
    void wrongTypes_nameThePointerAndWhatWasExpected() {
        assertProblem(() -> json.read(minimal("\"title\":\"Plain\""), MicroCredential.class),
                Problem.WRONG_TYPE, "/title", "expected an object of texts by language tag");
        assertProblem(() -> json.read(minimal("\"workload\":{\"credits\":true}"), MicroCredential.class),
                Problem.WRONG_TYPE, "/workload/credits", "found a boolean");
        assertProblem(() -> json.read(minimal("\"learningOutcomes\":{}"), MicroCredential.class),
                Problem.WRONG_TYPE, "/learningOutcomes", "expected an array");
        assertProblem(() -> json.read(minimal("\"issuerCountries\":[\"DK\",null]"), MicroCredential.class),
                Problem.WRONG_TYPE, "/issuerCountries/1", "null in an array");
        assertProblem(() -> json.read("[1,2]", MicroCredential.class), Problem.WRONG_TYPE, "", "expected an object");
    }

    @Test
    void missingRequiredMembers_areNamed() {
        assertProblem(() -> json.read("{\"type\":\"MicroCredential\"}", MicroCredential.class),
                Problem.MISSING_PROPERTY, "/id", "\"id\" is missing");
        assertProblem(() -> json.read("{\"id\":\"urn:uuid:1\"}", MicroCredential.class),
                Problem.MISSING_PROPERTY, "/type", "\"type\" is missing");
        assertProblem(() -> json.read(minimal("\"learningOutcomes\":[{\"id\":\"lo-1\"}]"), MicroCredential.class),
                Problem.MISSING_PROPERTY, "/learningOutcomes/0/text", "\"text\" is missing");
    }

    @Test
    void valuesTheModelRejects_areInvalidValuesAtTheirPointer() {
        assertProblem(() -> json.read(minimal("\"workload\":{\"credits\":2.333}"), MicroCredential.class),
                Problem.INVALID_VALUE, "/workload/credits", "2.333");
        assertProblem(() -> json.read(minimal("\"issuerCountries\":[\"XX\"]"), MicroCredential.class),
                Problem.INVALID_VALUE, "/issuerCountries/0", "\"XX\"");
        assertProblem(() -> json.read(minimal("\"issued\":\"30/06/2026\""), MicroCredential.class),
                Problem.INVALID_VALUE, "/issued", "30/06/2026");
        assertProblem(() -> json.read(minimal("\"id\":\"relative/id\"").replace("\"id\":\"urn:uuid:1\",", ""),
                MicroCredential.class), Problem.INVALID_VALUE, "/id", "not an absolute URI");
        assertProblem(() -> json.read(minimal("\"workload\":{}"), MicroCredential.class),
                Problem.INVALID_VALUE, "/workload", "credits, hours");
        assertProblem(() -> json.read(minimal("\"confirmations\":[{\"element\":\"title\",\"role\":\"dean\"}]"),
                MicroCredential.class), Problem.INVALID_VALUE, "/confirmations/0/role", "\"dean\" is not one of");
        assertProblem(() -> json.read(minimal("\"learningOutcomes\":[{\"id\":\"a\",\"text\":{\"en\":\"x\"}},"
                + "{\"id\":\"a\",\"text\":{\"en\":\"y\"}}]"), MicroCredential.class),
                Problem.INVALID_VALUE, "", "two learning outcomes have the id \"a\"");
    }

    @Test
    void unknownMembers_areErrorsInStrictReading() {
        assertProblem(() -> json.read(minimal("\"learner\":{\"nickname\":\"x\"}"), MicroCredential.class),
                Problem.UNKNOWN_PROPERTY, "/learner/nickname", "unknown property");
    }

    @Test
    void unknownMembers_areFindingsWhenReporting() throws CredentialParseException {
        ReadResult<MicroCredential> result = json.readReporting(
                minimal("\"x~y/z\":1,\"learner\":{\"nickname\":\"x\"}").getBytes(StandardCharsets.UTF_8),
                MicroCredential.class);

        assertThat(result.isComplete()).isFalse();
        assertThat(result.findings().findings()).extracting(f -> f.pointer())
                .containsExactlyInAnyOrder("/x~0y~1z", "/learner/nickname");
        assertThat(result.findings().findings()).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("JSON-UNKNOWN-PROPERTY"));
    }

    @Test
    void theWrongDocumentType_isUnsupported() {
        assertProblem(() -> json.read(minimal(""), LearningOpportunity.class), Problem.UNSUPPORTED, "/type",
                "expected a document of type \"LearningOpportunity\"");
        assertProblem(() -> json.readAny("{\"type\":\"Diploma\"}".getBytes(StandardCharsets.UTF_8)),
                Problem.UNSUPPORTED, "/type", "unknown document type \"Diploma\"");
    }

    @Test
    void deepNesting_isRejectedBeforeItCostsStack() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertProblem(() -> json.read(minimal("\"learner\":" + deep), MicroCredential.class), Problem.TOO_DEEP,
                "/learner" + "/0".repeat(63), "nesting deeper than 64 levels");
    }

    @Test
    void oversizedInput_isRejected() {
        NativeJson small = NativeJson.create(ReadLimits.DEFAULT.withMaxDocumentBytes(100));
        String big = minimal("\"placeOfIssue\":\"" + "x".repeat(200) + "\"");

        assertProblem(() -> small.read(big, MicroCredential.class), Problem.TOO_LARGE, "", "limit of 100 bytes");
        assertProblem(() -> small.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), MicroCredential.class),
                Problem.TOO_LARGE, "", "limit of 100 bytes");
        NativeJson shortStrings = NativeJson.create(new ReadLimits(1 << 20, 64, 50, 100));
        assertProblem(() -> shortStrings.read(big, MicroCredential.class), Problem.TOO_LARGE, "/placeOfIssue", "size limit");
    }

    @Test
    void malformedJson_givesLineAndColumn() {
        assertProblem(() -> json.read("{\"type\": \"MicroCredential\",\n \"id\": }", MicroCredential.class),
                Problem.MALFORMED, "/id", "line 2");
        assertProblem(() -> json.read(minimal("") + " {}", MicroCredential.class), Problem.MALFORMED, "",
                "unexpected content after the JSON value");
        assertProblem(() -> json.read("", MicroCredential.class), Problem.MALFORMED, "", "empty input");
        assertProblem(() -> json.read(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}, MicroCredential.class),
                Problem.MALFORMED, "", "not valid UTF-8: a truncated UTF-8 sequence at byte 2");
    }

    @Test
    void numbersBeyondWhatArithmeticCanHold_areTooLargeNotACrash() {
        // An exponent past Integer.MAX_VALUE makes Jackson's BigDecimal parsing throw NumberFormatException.
        for (String number : new String[] {"1e2147483648", "1E-2147483649", "0.5e99999999999"}) {
            assertProblem(() -> json.read(minimal("\"workload\":{\"credits\":" + number + "}"), MicroCredential.class),
                    Problem.TOO_LARGE, "/workload/credits", "number");
        }
    }

    @Test
    void loneSurrogates_areRejected() {
        assertProblem(() -> json.read(minimal("\"placeOfIssue\":\"a\\ud800b\""), MicroCredential.class),
                Problem.MALFORMED, "/placeOfIssue", "unpaired UTF-16 surrogate");
    }

    @Test
    void nullMembers_readAsAbsent() throws CredentialParseException {
        MicroCredential mc = json.read(minimal("\"title\":null,\"learningOutcomes\":null"), MicroCredential.class);

        assertThat(mc.title()).isEmpty();
        assertThat(mc.learningOutcomes()).isEmpty();
    }

    @Test
    void unknownVocabularyValues_surviveARoundTrip() throws CredentialParseException {
        String input = minimal("\"assessments\":[{\"id\":\"a\",\"title\":{\"en\":\"Viva\"},\"type\":\"viva-voce\"}],"
                + "\"level\":{\"eqf\":\"http://example.org/levels/9\"}");

        MicroCredential mc = json.read(input, MicroCredential.class);

        assertThat(mc.assessments().get(0).type().orElseThrow().isKnown()).isFalse();
        assertThat(json.read(json.write(mc), MicroCredential.class)).isEqualTo(mc);
        assertThat(json.write(mc)).contains("\"viva-voce\"", "\"http://example.org/levels/9\"");
    }

    @Test
    void ectsCredits_mayBeNumericStrings() throws CredentialParseException {
        MicroCredential mc = json.read(minimal("\"workload\":{\"credits\":\"2,5\"}"), MicroCredential.class);

        assertThat(mc.workload().orElseThrow().credits().orElseThrow().toString()).isEqualTo("2.5");
    }

    @Test
    void isNativeDocument_recognisesOnlyDocumentsOfTheFormat() {
        assertThat(json.isNativeDocument(json.writeBytes(Samples.microCredential()))).isTrue();
        assertThat(json.isNativeDocument("{\"type\":[\"VerifiableCredential\"]}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(json.isNativeDocument("not json".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void writing_isDeterministic_whateverOrderEqualValuesWereBuiltIn() {
        // Equal values built in another order (texts by language, here) must give the same bytes:
        // output is hashed and signed. Writing one object twice could not tell.
        MicroCredential danishFirst = Samples.microCredential().toBuilder()
                .title(LocalizedString.of("da", "FAIR forskningsdatahåndtering").with("en", "FAIR Research Data Management"))
                .build();

        assertThat(danishFirst).isEqualTo(Samples.microCredential());
        assertThat(json.write(danishFirst)).isEqualTo(json.write(Samples.microCredential()))
                .doesNotContain("\r").startsWith("{\n  \"type\": \"MicroCredential\",\n  \"id\": ");
    }
}
