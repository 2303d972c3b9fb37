package io.github.microcredentials.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.validation.Rule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule ids and bundle keys match in both directions, in every shipped bundle. */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final Map<String, String> ENGLISH = Messages.read("messages");

    static Stream<String> bundles() {
        return Messages.SHIPPED.stream().map(l -> l.equals(Locale.ENGLISH) ? "messages" : "messages_" + l.getLanguage());
    }

    /** The bundles that translate the English one: comparing English with itself proves nothing. */
    static Stream<String> translations() {
        return bundles().filter(b -> !b.equals("messages"));
    }

    private static Set<String> ruleIds() {
        return Rule.all().stream().map(Rule::id).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyRule_hasAMessage(String bundle) {
        Map<String, String> messages = Messages.read(bundle);

        assertThat(messages.keySet()).as(bundle).containsAll(ruleIds());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noKey_isAnOrphan(String bundle) {
        Set<String> ids = ruleIds();

        assertThat(Messages.read(bundle).keySet()).as(bundle)
                .allSatisfy(key -> assertThat(ids).as("rule of key %s", key).contains(key.split("\\.", 2)[0]));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyTranslation_hasTheKeysOfTheEnglishOne(String bundle) {
        assertThat(new TreeSet<>(Messages.read(bundle).keySet())).isEqualTo(new TreeSet<>(ENGLISH.keySet()));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyTranslatedPattern_hasTheEnglishArguments(String bundle) {
        Messages.read(bundle).forEach((key, pattern) ->
                assertThat(arguments(pattern)).as("%s in %s", key, bundle).isEqualTo(arguments(ENGLISH.get(key))));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyPattern_numbersItsArgumentsFromZero_andRendersEachOfThem(String bundle) {
        Messages.read(bundle).forEach((key, pattern) -> {
            Set<Integer> numbers = arguments(pattern);
            assertThat(numbers).as("arguments of %s in %s, none skipped", key, bundle)
                    .isEqualTo(IntStream.range(0, numbers.size()).boxed().collect(Collectors.toSet()));
            assertThat(pattern.replace("''", "")).as("a lone apostrophe quotes the rest of %s", key).doesNotContain("'");
            Object[] args = numbers.stream().map(i -> "<" + i + ">").toArray();
            String rendered = new MessageFormat(pattern, Locale.ROOT).format(args);
            for (Object arg : args) {
                assertThat(rendered).as(key).contains(String.valueOf(arg));
            }
        });
    }

    @Test
    void english_rendersASentenceForEveryRule_notItsKey_andNoPlaceholderIsLeft() {
        // The English bundle is the reference the translations are compared with, so it is checked on its own:
        // through the renderer the reports use, with as many arguments as each pattern numbers.
        Messages english = new Messages(Locale.ENGLISH, ENGLISH);
        Set<String> ids = ruleIds();
        ENGLISH.forEach((key, pattern) -> {
            Object[] args = arguments(pattern).stream().map(i -> "<" + i + ">").toArray();
            String rendered = english.format(key, args);
            assertThat(rendered).as(key).isNotBlank().doesNotStartWith(key).endsWith(".")
                    .doesNotContain("{", "}", "%s", "''");
            assertThat(Character.isUpperCase(rendered.charAt(0)) || rendered.startsWith("<") || rendered.startsWith("\""))
                    .as("%s starts a sentence: %s", key, rendered).isTrue();
            assertThat(ids).as("%s is not a rule id used as words", rendered).doesNotContain(rendered.replace(".", ""));
        });
    }

    @Test
    void german_isATranslationOfEveryMessage() {
        Map<String, String> german = Messages.read("messages_de");

        ENGLISH.forEach((key, english) -> assertThat(german.get(key)).as(key).isNotEqualTo(english));
    }

    @Test
    void onlyTheListedBundles_areShipped() throws IOException, URISyntaxException {
        Path dir = Path.of(Messages.class.getResource("messages.properties").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> shipped = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("messages"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).collect(Collectors.toSet());
            assertThat(shipped).isEqualTo(bundles().collect(Collectors.toSet()));
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
