package io.github.microcredentials.signing.internal.di;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.internal.jsonld.Iris;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The IRI shortcut the data model check takes never accepts what {@link URI} refuses or finds
 * relative, and the check answers exactly as parsing does.
 */
class AbsoluteUriPropertiesTest {

    private static boolean parsesAbsolute(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> uriLike() {
        Arbitrary<String> prefix = Arbitraries.of("", "https:", "https://", "http://a", "urn:uuid:", "did:key:z6Mk", "a:", "a+b-c.d:",
                "1a:", ":", "x:#", "x://", "x:///", "x:?", "HTTP://Ex.org");
        Arbitrary<String> body = Arbitraries.strings().withChars("aZ09-_.!~*'();/?:@&=+$,#%[] \"<>\\^`{|}é\u0000\t").ofMaxLength(24);
        return prefix.flatMap(p -> body.map(b -> p + b));
    }

    @Property(tries = 5000)
    void theShortcut_acceptsOnlyWhatParsesAsAbsolute(@ForAll("uriLike") String text) {
        if (Iris.isAbsolute(text)) {
            assertThat(parsesAbsolute(text)).as(text).isTrue();
        }
    }

    @Property(tries = 2000)
    void isAbsoluteUri_answersAsParsing(@ForAll("uriLike") String text) {
        assertThat(CredentialChecks.isAbsoluteUri(text)).as(text).isEqualTo(parsesAbsolute(text));
    }

    @Example
    void commonIds_takeTheShortcut_andOddOnesAreParsed() {
        for (String plain : List.of("https://www.w3.org/ns/credentials/v2", "urn:uuid:3978344f-8596-4c3a-a978-8fcaba3903c5",
                "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
                "https://example.edu/credentials/1872?x=1#frag")) {
            assertThat(Iris.isAbsolute(plain)).as(plain).isTrue();
        }
        for (String parsed : List.of("http://[::1]/", "https://exämple.org/")) {
            assertThat(Iris.isAbsolute(parsed)).as(parsed).isFalse();
            assertThat(CredentialChecks.isAbsoluteUri(parsed)).as(parsed).isTrue();
        }
        for (String refused : List.of("https://", "relative/path", "x:", "a b:c", "https://a b/", "x:a#b#c")) {
            assertThat(CredentialChecks.isAbsoluteUri(refused)).as(refused).isFalse();
        }
    }
}
