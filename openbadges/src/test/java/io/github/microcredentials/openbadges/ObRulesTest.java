package io.github.microcredentials.openbadges;

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
import io.github.microcredentials.openbadges.internal.ObRules;
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

/** The Open Badges reader's findings are rules of the registry, set by policies, worded in every shipped language. */
class ObRulesTest {

    private static final RuleProvider PROVIDER = new ObRules();
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
    void theRules_areTheIdsTheReaderPublishes() throws IllegalAccessException {
        Set<String> published = new TreeSet<>();
        for (Field field : OpenBadgesReader.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
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

    static final List<String> SAMPLES = List.of("mynextid-open-badge-mc-example", "spec-basic-vc11", "spec-basic",
            "spec-complete", "spec-skill-assertion-case");

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = ObRulesTest.class.getResourceAsStream("/ob3/samples/" + name + ".json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyVariantTheReaderUses_hasAMessage() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (String name : SAMPLES) {
            findings.addAll(OpenBadgesReader.create().read(sample(name)).findings().findings());
            findings.addAll(OpenBadgesReader.create().withLocale(Locale.GERMAN).read(sample(name)).findings().findings());
        }
        assertThat(findings).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).as(f.toString()).doesNotStartWith(f.ruleId()));
    }

    @Test
    void aPolicy_setsTheSeverityOfTheReadersFindings() throws Exception {
        byte[] sample = sample("spec-complete");
        ReadResult<MicroCredential> byDefault = OpenBadgesReader.create().read(sample);
        assertThat(byDefault.findings().findings(OpenBadgesReader.UNMAPPED)).isNotEmpty();

        ReadResult<MicroCredential> strict = OpenBadgesReader.create()
                .withPolicy(Policy.builder().severity(OpenBadgesReader.UNMAPPED, Severity.ERROR).build()).read(sample);
        ReadResult<MicroCredential> silent = OpenBadgesReader.create()
                .withPolicy(Policy.builder().disable(OpenBadgesReader.UNMAPPED).build()).read(sample);

        assertThat(strict.findings().findings(OpenBadgesReader.UNMAPPED)).extracting(Finding::severity)
                .containsOnly(Severity.ERROR);
        assertThat(strict.findings().conforms()).isFalse();
        assertThat(silent.findings().findings(OpenBadgesReader.UNMAPPED)).isEmpty();
        assertThat(silent.findings().findings()).hasSize(byDefault.findings().findings().size()
                - byDefault.findings().findings(OpenBadgesReader.UNMAPPED).size());
        assertThat(silent.value()).isEqualTo(byDefault.value());
    }

    @Test
    void germanFindings_sayTheSameInGerman() throws Exception {
        byte[] sample = sample("spec-complete");
        List<Finding> english = OpenBadgesReader.create().read(sample).findings().findings();
        List<Finding> german = OpenBadgesReader.create().withLocale(Locale.GERMAN).read(sample).findings().findings();

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
