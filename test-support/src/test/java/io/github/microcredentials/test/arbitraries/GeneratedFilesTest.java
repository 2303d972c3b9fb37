package io.github.microcredentials.test.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.report.RuleDocumentation;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.Validator;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.edc.EdcWriter;
import io.github.microcredentials.openbadges.OpenBadgesReader;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import io.github.microcredentials.test.fixtures.Fixtures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.jqwik.api.Example;

/**
 * The checked-in fixture set ({@code src/main/resources/.../fixtures}) and rule documentation
 * ({@code docs/rules/}) are what the library generates today: a test fails when a rule has no page,
 * when a page or fixture is stale, or when a file is left over. Both come from the smallest
 * documents of the arbitraries, written by the library's own writers.
 */
class GeneratedFilesTest {

    private static final long SEED = 20260616L;
    private static final Path FIXTURES = Path.of("src/main/resources/io/github/microcredentials/test/fixtures");
    private static final Path DOCS = Path.of("../docs/rules");
    private static final NativeJson NATIVE = NativeJson.create();
    private static final EdcWriter EDC = EdcWriter.create();
    private static final OpenBadgesWriter OB3 = OpenBadgesWriter.builder()
            .issuerId(URI.create("did:web:www.example.eu")).saltSource(() -> "fixture-salt").build();

    /** The smallest valid credential, and how each profile's fixture trims it to what the profile asks. */
    private static final Map<String, Consumer<CredentialDraft>> PROFILE_TRIMS = Map.of(
            "council", GeneratedFilesTest::annexOnly,
            "ects", GeneratedFilesTest::annexOnly,
            "default", GeneratedFilesTest::annexOnly,
            "heroes", d -> {
                d.teachers = List.of();
                d.placeOfIssue = null;
                d.formOfStudy = null;
                d.confirmations = List.of();
            },
            "digiprof", d -> d.skills = List.of(),
            "all", d -> { });

    private static void annexOnly(CredentialDraft d) {
        d.languages = List.of();
        d.skills = List.of();
        d.teachers = List.of();
        d.placeOfIssue = null;
        d.formOfStudy = null;
        d.confirmations = List.of();
        d.fieldOfStudy = null;
        d.description = null;
    }

    @Example
    void theFixtureSet_isWhatTheLibraryGeneratesToday() throws Exception {
        GeneratedFiles files = new GeneratedFiles(FIXTURES);
        List<String> index = new ArrayList<>();
        index.add("# file\tkind\tprofile or rule\trules that fire on it (under the profile; violations under Violations.profile())");
        CredentialDraft smallest = Smallest.cached(MicroCredentials.drafts(), "drafts", SEED);
        for (String profile : Fixtures.profiles()) {
            CredentialDraft draft = smallest.copy();
            PROFILE_TRIMS.get(profile).accept(draft);
            if (profile.equals("council")) {
                draft.workload = Workload.of(draft.workload.credits().orElseThrow());
            }
            MicroCredential mc = draft.build();
            Validator validator = Validator.of(Profiles.byName(profile));
            assertThat(validator.validate(mc).findings()).as("valid fixture of %s", profile).isEmpty();
            credential(files, index, "valid/" + profile, "valid", profile, mc, validator);
        }
        for (String id : Violations.ruleIds()) {
            Document document = Smallest.cached(Violations.of(id), id, SEED);
            assertThat(Violations.validator().validateDocument(document).findings(id)).as(id).isNotEmpty();
            if (document instanceof MicroCredential mc) {
                credential(files, index, "violating/" + id, "violating", id, mc, Violations.validator());
            } else {
                byte[] json = NATIVE.writeBytes(document);
                files.put("violating/" + id + ".json", json);
                index.add("violating/" + id + ".json\tviolating\t" + id + "\t"
                        + fired(Violations.validator().validateDocument(document)));
            }
        }
        files.put("index.tsv", (String.join("\n", index) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(files.differences()).as(GeneratedFiles.HOW).isEmpty();
    }

    /** Writes a credential in the three formats, keeping EDC and Open Badges only where the intent survives a round trip. */
    private static void credential(GeneratedFiles files, List<String> index, String stem, String kind, String subject,
            MicroCredential mc, Validator validator) throws CredentialParseException {
        byte[] json = NATIVE.writeBytes(mc);
        files.put(stem + ".json", json);
        index.add(stem + ".json\t" + kind + "\t" + subject + "\t" + fired(validator.validate(mc)));
        try {
            byte[] edc = EDC.writeBytes(mc);
            ReadResult<MicroCredential> read = EdcReader.create().read(edc);
            keep(files, index, stem + ".edc.jsonld", kind, subject, edc, read.findings().merge(validator.validate(read.value())));
        } catch (IllegalArgumentException refused) {
            index.add("# not written: " + stem + ".edc.jsonld (the EDC writer refuses it: " + refused.getMessage() + ")");
        }
        try {
            byte[] ob3 = OB3.writeBytes(mc);
            ReadResult<MicroCredential> read = OpenBadgesReader.create().read(ob3);
            keep(files, index, stem + ".ob3.json", kind, subject, ob3, read.findings().merge(validator.validate(read.value())));
        } catch (IllegalArgumentException refused) {
            index.add("# not written: " + stem + ".ob3.json (the Open Badges writer refuses it: " + refused.getMessage() + ")");
        }
    }

    private static void keep(GeneratedFiles files, List<String> index, String name, String kind, String subject, byte[] bytes,
            Report roundTrip) {
        boolean intent = kind.equals("valid") ? roundTrip.conforms() : !roundTrip.findings(subject).isEmpty();
        if (intent) {
            files.put(name, bytes);
            index.add(name + "\t" + kind + "\t" + subject + "\t" + fired(roundTrip));
        } else {
            index.add("# not written: " + name + " (the format does not carry it; read back: " + fired(roundTrip) + ")");
        }
    }

    private static String fired(Report report) {
        TreeSet<String> ids = new TreeSet<>();
        report.findings().forEach(f -> ids.add(f.ruleId()));
        return ids.isEmpty() ? "-" : String.join(",", ids);
    }

    @Example
    void everyRule_hasAnUpToDatePageInDocsRules() throws Exception {
        GeneratedFiles pages = new GeneratedFiles(DOCS);
        StringBuilder readme = new StringBuilder("# Validation rules\n\n").append(GENERATED)
                .append("One page per validation rule (`Rule.validationRules()`), with its source, its severity in every shipped "
                        + "profile and a failing and a passing example.\n\n| rule | what it checks | source |\n|---|---|---|\n");
        for (Rule rule : Rule.validationRules()) {
            pages.put(RuleDocumentation.fileName(rule.id()), RulePage.of(rule, SEED).getBytes(StandardCharsets.UTF_8));
            readme.append("| [").append(rule.id()).append("](").append(RuleDocumentation.fileName(rule.id())).append(") | ")
                    .append(rule.title()).append(" | ").append(rule.source()).append(" |\n");
        }
        pages.put("README.md", readme.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(pages.differences()).as(GeneratedFiles.HOW).isEmpty();
        for (Rule rule : Rule.validationRules()) {
            assertThat(DOCS.resolve(RuleDocumentation.fileName(rule.id()))).as("page of %s", rule.id()).isRegularFile();
        }
    }

    static final String GENERATED = "<!-- Generated from the rule registry by GeneratedFilesTest (test-support); do not edit. -->\n\n";

}
