package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.RuleDefinition;
import io.github.microcredentials.core.validation.RuleProvider;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.edc.internal.read.EdcRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The EDC reader's findings are rules of the registry, set by policies, worded in every shipped language. */
class EdcRulesTest {

    private static final RuleProvider PROVIDER = new EdcRules();
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    static List<Locale> languages() {
        return RuleProvider.languages();
    }

    private static Set<String> ids() {
        return PROVIDER.rules().stream().map(d -> d.rule().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> bundle(Locale language) throws IOException {
        String file = language.equals(Locale.ENGLISH) ? "messages.properties" : "messages_" + language.getLanguage() + ".properties";
        try (InputStream in = PROVIDER.openMessages(file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            return map;
        }
    }

    @Test
    void theRules_areTheIdsEdcFindingsPublishes() throws IllegalAccessException {
        Set<String> published = new TreeSet<>();
        for (Field field : EdcFindings.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().endsWith("SOURCE")) {
                published.add((String) field.get(null));
            }
        }
        assertThat(ids()).isEqualTo(published);
    }

    @Test
    void theRules_areFoundByTheRegistry_andKnownToPolicies() {
        List<Rule> rules = PROVIDER.rules().stream().map(RuleDefinition::rule).toList();

        assertThat(Rule.all()).containsAll(rules);
        assertThat(ReaderFindings.rules()).containsAll(PROVIDER.rules());
        rules.forEach(rule -> assertThat(Policy.builder().severity(rule.id(), Severity.ERROR).build().overrides())
                .containsKey(rule.id()));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyRule_hasAMessage_andEveryKeyIsOfARule(Locale language) throws IOException {
        Map<String, String> messages = bundle(language);

        assertThat(messages.keySet()).as("main messages in %s", language).containsAll(ids());
        assertThat(messages.keySet()).allSatisfy(key -> assertThat(ids()).as("rule of %s", key)
                .contains(key.split("\\.", 2)[0]));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyMessage_hasTheKeysAndArgumentsOfTheEnglishOne_andIsTranslated(Locale language) throws IOException {
        Map<String, String> english = bundle(Locale.ENGLISH);
        Map<String, String> messages = bundle(language);

        assertThat(messages.keySet()).isEqualTo(english.keySet());
        messages.forEach((key, pattern) -> {
            assertThat(arguments(pattern)).as(key).isEqualTo(arguments(english.get(key)));
            assertThat(pattern.replace("''", "")).as("a lone apostrophe quotes the rest of %s", key).doesNotContain("'");
            if (!language.equals(Locale.ENGLISH)) {
                assertThat(pattern).as("%s in %s", key, language).isNotEqualTo(english.get(key));
            }
        });
    }

    @Test
    void everyVariantTheReaderUses_hasAMessage() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (String file : EdcReaderSamplesTest.EU_SAMPLES) {
            findings.addAll(EdcReader.create().read(Fixtures.bytes(file)).findings().findings());
            findings.addAll(EdcReader.create().withLocale(Locale.GERMAN).read(Fixtures.bytes(file)).findings().findings());
        }
        assertThat(findings).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).as(f.toString()).doesNotStartWith(f.ruleId()));
    }

    @Test
    void aPolicy_setsTheSeverityOfTheReadersFindings() throws Exception {
        byte[] sample = Fixtures.bytes("samples/Sample-MC-Annex1-signed.jsonld");
        ReadResult<MicroCredential> byDefault = EdcReader.create().read(sample);
        assertThat(byDefault.findings().findings(EdcFindings.UNMAPPED)).isNotEmpty();

        ReadResult<MicroCredential> strict = EdcReader.create()
                .withPolicy(Policy.builder().severity(EdcFindings.UNMAPPED, Severity.ERROR).build()).read(sample);
        ReadResult<MicroCredential> silent = EdcReader.create()
                .withPolicy(Policy.builder().disable(EdcFindings.UNMAPPED).build()).read(sample);

        assertThat(strict.findings().findings(EdcFindings.UNMAPPED)).extracting(Finding::severity)
                .containsOnly(Severity.ERROR);
        assertThat(strict.findings().conforms()).isFalse();
        assertThat(silent.findings().findings(EdcFindings.UNMAPPED)).isEmpty();
        assertThat(silent.value()).isEqualTo(byDefault.value());
    }

    @Test
    void germanFindings_sayTheSameInGerman() throws Exception {
        byte[] sample = Fixtures.bytes("samples/Sample-MC-Annex1-signed.jsonld");
        List<Finding> english = EdcReader.create().read(sample).findings().findings();
        List<Finding> german = EdcReader.create().withLocale(Locale.GERMAN).read(sample).findings().findings();

        assertThat(german).hasSameSizeAs(english);
        for (int i = 0; i < english.size(); i++) {
            assertThat(german.get(i).ruleId()).isEqualTo(english.get(i).ruleId());
            assertThat(german.get(i).pointer()).isEqualTo(english.get(i).pointer());
            assertThat(german.get(i).message()).isNotEqualTo(english.get(i).message());
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(Integer.valueOf(m.group(1)));
        }
        return args;
    }
}
