package io.github.microcredentials.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.testing.ModelArbitraries;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trip over generated credentials, and robustness of the reader against mangled input. */
class NativeJsonPropertiesTest {

    private final NativeJson json = NativeJson.create();

    @Provide
    Arbitrary<MicroCredential> credentials() {
        return ModelArbitraries.microCredential();
    }

    @Property(tries = 500)
    void readOfWrite_isTheSameCredential(@ForAll("credentials") MicroCredential credential) throws CredentialParseException {
        byte[] written = json.writeBytes(credential);

        MicroCredential back = json.read(written, MicroCredential.class);

        assertThat(back).isEqualTo(credential);
        assertThat(json.writeBytes(back)).isEqualTo(written);
    }

    @Provide
    Arbitrary<String> mangled() {
        String valid = json.write(Samples.microCredential());
        return Arbitraries.integers().between(0, valid.length() - 1).flatMap(at ->
                Arbitraries.oneOf(
                        Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "null", "1e999", "\\u0000", "true", "\"x\":1,")
                                .map(insert -> valid.substring(0, at) + insert + valid.substring(at)),
                        Arbitraries.integers().between(1, 20).map(n -> valid.substring(0, at)
                                + valid.substring(Math.min(valid.length(), at + n)))));
    }

    @Property(tries = 1500)
    void anyMangledInput_eitherReadsOrFailsWithTheLibraryException(@ForAll("mangled") String input) {
        try {
            json.read(input.getBytes(StandardCharsets.UTF_8), MicroCredential.class);
        } catch (CredentialParseException e) {
            assertThat(e.getMessage()).startsWith("at ");
            assertThat(e.location()).matches("(/[^/]*)*");
        }
    }
}
