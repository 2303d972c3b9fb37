package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.validation.RuleProvider;
import io.github.microcredentials.signing.internal.vcdm.VcdmRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The VC Data Model rules are worded in every shipped language, with the same keys and arguments. */
class VcdmMessagesTest {

    private static final RuleProvider PROVIDER = new VcdmRules();
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

    @ParameterizedTest
    @MethodSource("languages")
    void everyRule_hasAMessage_andEveryKeyIsOfARule(Locale language) throws IOException {
        Map<String, String> messages = bundle(language);

        assertThat(messages.keySet()).containsAll(ids());
        assertThat(messages.keySet()).allSatisfy(key -> assertThat(ids()).contains(key.split("\\.", 2)[0]));
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

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(Integer.valueOf(m.group(1)));
        }
        return args;
    }
}
