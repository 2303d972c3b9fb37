package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.json.StrictJson.ParsedObject;
import io.github.microcredentials.signing.internal.jsonld.FastJsonLd;
import io.github.microcredentials.signing.internal.jsonld.Unsupported;
import io.github.microcredentials.signing.internal.rdf.SafeJsonLd;
import io.github.microcredentials.signing.internal.rdf.canon.RdfDataset;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The fast path's cache of node objects met before: a document converted with it gives exactly
 * the dataset (the same quads in the same order over the same blank node numbers) or the same
 * refusal (kind, message and JSON Pointer) as a walk without it, whatever came before; and it is
 * used where documents repeat one another.
 */
class SubtreeCacheTest {

    private static final Object TITANIUM_LOG = TestSupport.quietTitaniumLogging();
    private static final SafeJsonLd FULL = new SafeJsonLd(TestSupport.CONTEXTS);
    private static final FastJsonLd UNCACHED = FastJsonLd.of(TestSupport.CONTEXTS, FULL::options);

    /** One credential signed again and again with another id: everything but the id is found. */
    @Test
    void aCohortOfOneCredential_isReplayedAfterTheFirst_asTheWalkWouldConvertIt() throws Exception {
        JsonObject credential = TestSupport.json("/credentials/ob3-microcredential.json");

        assertCohortConvertsAsWithoutTheCache(i -> with(credential, "id", "urn:uuid:00000000-0000-4000-8000-00000000000" + i));
    }

    /** The same course for learners who differ: the achievement is found. */
    @Test
    void aCohortWhoseLearnersDiffer_replaysTheSharedAchievement() throws Exception {
        JsonObject credential = TestSupport.json("/credentials/ob3-microcredential.json");
        JsonObject subject = credential.getJsonObject("credentialSubject");

        assertCohortConvertsAsWithoutTheCache(i -> with(credential, "credentialSubject", with(subject, "id", "did:example:learner-" + i)));
    }

    /** Five credentials of a cohort convert as without the cache; what repeats is replayed from the third on (kept when met again). */
    private static void assertCohortConvertsAsWithoutTheCache(IntFunction<JsonObject> credential) throws Exception {
        FastJsonLd cached = cached();
        for (ParsedObject document : cohort(5, credential)) {
            assertSameOutcome(cached, document);
        }
        assertThat(cached.subtreesReplayed()).isGreaterThanOrEqualTo(3);
    }

    /** The credentials of a cohort, read as the signer reads them. */
    private static List<ParsedObject> cohort(int size, IntFunction<JsonObject> credential) throws Exception {
        List<ParsedObject> cohort = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            cohort.add(read(credential.apply(i)));
        }
        return cohort;
    }

    @Test
    void aDocumentWithoutSpans_isWalkedInFull() throws Exception {
        FastJsonLd cached = cached();
        JsonObject credential = TestSupport.json("/credentials/ob3-microcredential.json");

        for (int i = 0; i < 3; i++) {
            assertThat(cached.toRdf(credential).toString()).isEqualTo(UNCACHED.toRdf(credential).toString());
        }

        assertThat(cached.subtreesReplayed()).isZero();
    }

    /**
     * Generated credentials, each followed by variants that share parts of it: the same with another
     * id (every member found), its subject under another credential's, its subject as the issuer (the
     * same bytes under another property), written compactly (other bytes, the same values).
     */
    @Property(tries = 300)
    void generatedCredentialsAndVariants_convertAsWithoutTheCache(@ForAll(supplier = GeneratedCredentials.Plain.class) JsonObject first,
            @ForAll(supplier = GeneratedCredentials.Plain.class) JsonObject second)
            throws Exception {
        FastJsonLd cached = cached();
        List<ParsedObject> documents = new ArrayList<>(List.of(read(first), read(second), read(with(first, "id", "urn:uuid:cafe")),
                read(first), readCompact(first)));
        JsonValue subject = first.get("credentialSubject");
        if (subject != null) {
            documents.add(read(with(second, "credentialSubject", subject)));
            documents.add(read(with(second, "issuer", subject)));
            documents.add(read(with(with(second, "evidence", subject), "credentialSubject", subject)));
        }

        for (ParsedObject document : documents) {
            assertSameOutcome(cached, document);
        }
        Statistics.label("replayed").collect(cached.subtreesReplayed() > 0);
        Statistics.label("replayed").coverage(coverage -> coverage.check(true).percentage(p -> p > 50));
    }

    @Property(tries = 300)
    void unusualDocuments_areRefusedOrConvertedAsWithoutTheCache(@ForAll(supplier = GeneratedCredentials.Unusual.class) JsonObject first,
            @ForAll(supplier = GeneratedCredentials.Unusual.class) JsonObject second)
            throws Exception {
        FastJsonLd cached = cached();
        ParsedObject a = readStrictOrSkip(first);
        ParsedObject b = readStrictOrSkip(second);
        ParsedObject mixed = readStrictOrSkip(with(second, "credentialSubject", first.getOrDefault("credentialSubject", JsonValue.TRUE)));
        for (ParsedObject document : List.of(a, b, a, mixed, b)) {
            assertSameOutcome(cached, document);
        }
    }

    /**
     * Many more large parts than the cache has slots, met again and again in turn: entries are
     * replaced and kept, and every conversion stays what it is without the cache.
     */
    @Test
    void moreLargePartsThanSlots_convertAsWithoutTheCache() throws Exception {
        FastJsonLd cached = cached();
        JsonObject credential = TestSupport.json("/credentials/ob3-microcredential.json");
        JsonObject subject = credential.getJsonObject("credentialSubject");
        List<ParsedObject> documents = cohort(200, i -> with(credential, "credentialSubject", with(with(subject, "id",
                "did:example:learner-" + i), "achievement", with(subject.getJsonObject("achievement"), "name", "Course " + i % 97))));

        for (int round = 0; round < 3; round++) {
            for (ParsedObject document : documents) {
                assertSameOutcome(cached, document);
            }
        }

        assertThat(cached.subtreesReplayed()).isGreaterThan(0);
    }

    /**
     * A node described once in the cached part and, differently, in the document around it: found
     * whether the replayed description comes first or second.
     */
    @Test
    void aNodeDescribedDifferentlyOutsideAReplayedPart_isRefusedAsWithoutTheCache() throws Exception {
        FastJsonLd cached = cached();
        JsonObject credential = TestSupport.json("/credentials/ob3-microcredential.json");
        JsonObject achievement = credential.getJsonObject("credentialSubject").getJsonObject("achievement");
        JsonObject other = StrictJson.PROVIDER.createObjectBuilder().add("id", achievement.getString("id"))
                .add("type", StrictJson.PROVIDER.createArrayBuilder().add("Profile")).add("name", "Someone else").build();
        JsonObject before = reordered(with(credential, "issuer", other), "issuer");
        JsonObject after = with(credential, "evidence", other);

        for (JsonObject document : List.of(credential, before, after, credential, after, before)) {
            assertSameOutcome(cached, read(document));
        }

        assertThat(outcome(cached, read(before))).startsWith("NON_PLAIN at /credentialSubject/achievement")
                .contains(achievement.getString("id"));
        assertThat(outcome(cached, read(after))).startsWith("NON_PLAIN at /evidence").contains("/credentialSubject/achievement");
        assertThat(cached.subtreesReplayed()).isGreaterThan(0);
    }

    /**
     * The same bytes under the same property where a term means something else: an inline context
     * names a new IRI {@code grade} that the other document leaves undefined (refused there).
     */
    @Test
    void theSameBytesInAnotherContext_areNotTakenForEachOther() throws Exception {
        FastJsonLd cached = cached();
        JsonObject credential = TestSupport.json("/credentials/ob3-microcredential.json");
        JsonObject subject = with(credential.getJsonObject("credentialSubject"), "grade", "A");
        JsonObject undefined = with(credential, "credentialSubject", subject);
        JsonObject defined = with(undefined, "@context", StrictJson.PROVIDER.createArrayBuilder(credential.getJsonArray("@context"))
                .add(StrictJson.PROVIDER.createObjectBuilder().add("grade", "https://example.org/vocab#grade")).build());

        for (JsonObject document : List.of(defined, undefined, defined, undefined)) {
            assertSameOutcome(cached, read(document));
        }

        assertThat(outcome(cached, read(defined))).doesNotStartWith("NON_PLAIN").contains("https://example.org/vocab#grade");
        assertThat(outcome(cached, read(undefined))).startsWith("FALLBACK at /credentialSubject/grade");
    }

    /**
     * The same bytes in the same context under properties that read them differently: {@code cnf}
     * has a scoped context that maps {@code kid} to the JWT claim, elsewhere it is the JOSE header.
     */
    @Test
    void theSameBytesUnderAnotherProperty_areNotTakenForEachOther() throws Exception {
        FastJsonLd cached = cached();
        JsonObject credential = TestSupport.json("/credentials/ob3-microcredential.json");
        JsonObject key = StrictJson.PROVIDER.createObjectBuilder().add("kid", "did:example:issuer#key-1")
                .add("description", "A key confirmation long enough for the cache to look it up. ".repeat(6)).build();
        JsonObject confirmed = with(credential, "cnf", key);
        JsonObject evidenced = with(credential, "evidence", key);

        for (JsonObject document : List.of(confirmed, evidenced, evidenced, confirmed, evidenced)) {
            assertSameOutcome(cached, read(document));
        }

        assertThat(outcome(cached, read(confirmed))).contains("<https://www.iana.org/assignments/jwt#kid>").doesNotContain("jose#kid");
        assertThat(outcome(cached, read(evidenced))).contains("<https://www.iana.org/assignments/jose#kid>").doesNotContain("jwt#kid");
    }

    /** Limits on quads and on blank nodes just below, at and above what the document needs. */
    @Test
    void aReplayThatWouldPassALimit_isWalked_andStopsWhereTheWalkStops() throws Exception {
        JsonObject credential = TestSupport.json("/credentials/ob3-microcredential.json");
        int quads = UNCACHED.toRdf(credential).size();
        int blankNodes = Integer.parseInt(UNCACHED.toRdf(credential).toString().replaceAll(" blank nodes.*", ""));
        JsonObject longer = with(credential, "evidence", credential.get("issuer"));
        for (int[] limits : new int[][] {{quads - 1, 1_000}, {quads, 1_000}, {quads + 2, 1_000}, {1_000, blankNodes - 1},
            {1_000, blankNodes}, {1_000, blankNodes + 1}}) {
            FastJsonLd uncached = FastJsonLd.of(TestSupport.CONTEXTS, FULL::options, limits[0], limits[1]);
            FastJsonLd cached = uncached.withSubtreeCache();
            for (JsonObject document : List.of(credential, longer, credential, longer)) {
                assertThat(outcome(cached, read(document))).as("limits %d quads, %d blank nodes", limits[0], limits[1])
                        .isEqualTo(outcome(uncached, read(document)));
            }
        }
    }

    @Test
    void threadsSharingTheCache_eachGetTheirDocumentsDataset() throws Exception {
        FastJsonLd cached = cached();
        JsonObject credential = TestSupport.json("/credentials/ob3-microcredential.json");
        JsonObject subject = credential.getJsonObject("credentialSubject");
        List<ParsedObject> cohort = cohort(400, i -> with(with(credential, "id", "urn:uuid:" + i), "credentialSubject",
                i % 3 == 0 ? subject : with(subject, "id", "did:example:learner-" + i % 7)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (ParsedObject document : cohort) {
                results.add(pool.submit(() -> outcome(cached, document)));
            }
            for (int i = 0; i < cohort.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(outcome(UNCACHED, cohort.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cached.subtreesReplayed()).isGreaterThan(300);
    }

    /**
     * A signer keeps the quads of what it signed: after a cohort, each credential is signed byte for
     * byte as a fresh signer signs it (Ed25519 is deterministic), and a verifier, which keeps
     * nothing, accepts it.
     */
    @Test
    void aSignerThatSignedACohort_signsEachCredentialAsAFreshSignerDoes() throws Exception {
        JsonObject credential = TestSupport.json("/credentials/ob3-microcredential.json");
        JsonObject subject = credential.getJsonObject("credentialSubject");
        DataIntegritySigner warm = signer();
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS)
                .clock(DataIntegrityVerifierTest.LATER).build();
        List<byte[]> cohort = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            JsonObject learner = with(subject, "id", "did:example:learner-" + i % 4);
            JsonObject issued = with(with(with(credential, "id", "urn:uuid:" + i), "issuer", ED25519.publicKey().did().toString()),
                    "credentialSubject", learner);
            cohort.add(JsonText.pretty(issued).getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] unsigned : cohort) {
            warm.sign(unsigned);
        }

        for (byte[] unsigned : cohort) {
            byte[] signed = warm.sign(unsigned);
            assertThat(signed).isEqualTo(signer().sign(unsigned));
            assertThat(verifier.verify(signed).summary()).startsWith("VALID");
        }
        assertThat(warm.partsReplayed()).as("parts replayed by the signer").isGreaterThanOrEqualTo(cohort.size());
    }

    private static final SigningKey ED25519 = DataIntegrityVerifierTest.ED25519;

    private static DataIntegritySigner signer() {
        return DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, ED25519.signer()).contexts(TestSupport.CONTEXTS)
                .clock(DataIntegrityVerifierTest.SIGNING_TIME).build();
    }

    private static void assertSameOutcome(FastJsonLd cached, ParsedObject document) {
        assertThat(outcome(cached, document)).as("%s", document.object()).isEqualTo(outcome(UNCACHED, document));
    }

    /** The dataset as built, or the refusal. */
    private static String outcome(FastJsonLd fast, ParsedObject document) {
        try {
            return fast.toRdf(document.object(), document.spans()).toString();
        } catch (Unsupported e) {
            return e.kind() + " at " + e.pointer() + ": " + e.getMessage();
        } catch (RdfDataset.LimitExceeded e) {
            return "limit: " + e.getMessage();
        }
    }

    /** The document as the signer reads it: from bytes, with where its large objects were read from. */
    private static ParsedObject read(JsonObject document) throws Exception {
        return StrictJson.parseObjectAndForm(JsonText.pretty(document).getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT, true);
    }

    private static ParsedObject readCompact(JsonObject document) throws Exception {
        return StrictJson.parseObjectAndForm(JsonText.compact(document).getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT, true);
    }

    private static FastJsonLd cached() {
        return FastJsonLd.of(TestSupport.CONTEXTS, FULL::options).withSubtreeCache();
    }

    /** Unusual documents include some that strict JSON refuses (a NUL character): those are not converted at all. */
    private static ParsedObject readStrictOrSkip(JsonObject document) throws Exception {
        try {
            return read(document);
        } catch (CredentialParseException e) {
            Assume.that(false);
            throw e;
        }
    }

    private static JsonObject with(JsonObject object, String name, JsonValue value) {
        return StrictJson.PROVIDER.createObjectBuilder(object).add(name, value).build();
    }

    private static JsonObject with(JsonObject object, String name, String value) {
        return with(object, name, StrictJson.PROVIDER.createValue(value));
    }

    /** The object with one member moved to the front. */
    private static JsonObject reordered(JsonObject object, String first) {
        JsonObjectBuilder builder = StrictJson.PROVIDER.createObjectBuilder().add(first, object.get(first));
        object.forEach((name, value) -> {
            if (!name.equals(first)) {
                builder.add(name, value);
            }
        });
        return builder.build();
    }
}
