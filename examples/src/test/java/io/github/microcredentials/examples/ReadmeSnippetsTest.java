package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.json.NativeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: every {@code <!-- snippet: File.java#tag -->} block must equal the
 * tagged region of that example file, and the native JSON example must be what the library writes.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path EXAMPLES = ROOT.resolve("examples/src/main/java/io/github/microcredentials/examples");
    /** The example test suites a consumer would write (the snippets of microcredentials-test). */
    private static final Path EXAMPLE_TESTS = ROOT.resolve("examples/src/test/java/io/github/microcredentials/examples");
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: ([A-Za-z]+\\.java)#([a-z-]+) -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everySnippet_equalsItsExampleRegion() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = SNIPPET.matcher(readme);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            Path example = Files.exists(EXAMPLES.resolve(m.group(1))) ? EXAMPLES.resolve(m.group(1))
                    : EXAMPLE_TESTS.resolve(m.group(1));
            String region = region(Files.readString(example), m.group(2));
            assertThat(m.group(3)).as("README snippet %s#%s", m.group(1), m.group(2)).isEqualTo(region);
            checked.add(m.group(2));
        }
        assertThat(checked).as("snippets found in the README").isNotEmpty();
    }

    @Test
    void nativeJsonExample_isWhatTheLibraryWrites() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = Pattern.compile("<!-- example: native-json -->\\n```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("native JSON example in the README").isTrue();

        assertThat(m.group(1)).isEqualTo(NativeJson.create().write(BuildAndExchange.build()));
    }

    /** The lines between {@code // tag::name[]} and {@code // end::name[]}, common indentation removed. */
    static String region(String source, String tag) {
        Matcher m = Pattern.compile("// tag::" + Pattern.quote(tag) + "\\[\\]\\n(.*?)\\n[ \\t]*// end::"
                + Pattern.quote(tag) + "\\[\\]", Pattern.DOTALL).matcher(source);
        assertThat(m.find()).as("region %s", tag).isTrue();
        List<String> lines = m.group(1).lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
    }
}
