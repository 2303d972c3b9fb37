package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** read(write(mc)) equals mc, and the output conforms to the EDC shapes and JSON-LD safe mode. */
class RoundTripPropertyTest {

    @Property(tries = 300)
    void anyCredential_readsBackEqual_withoutFindings(@ForAll("any") MicroCredential mc) throws CredentialParseException {
        ReadResult<MicroCredential> read = EdcReader.create().read(EdcWriter.create().writeBytes(mc));

        assertThat(read.findings().findings()).isEmpty();
        assertThat(read.value()).isEqualTo(mc);
    }

    @Property(tries = 300)
    void anyCredential_issuedForm_readsBackEqual(@ForAll("any") MicroCredential mc) throws CredentialParseException {
        ReadResult<MicroCredential> read = EdcReader.create().read(EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(mc));

        assertThat(read.value()).isEqualTo(mc);
        assertThat(read.findings().findings()).isEmpty();
    }

    /** SHACL per try is slow (about 0.1 s), hence fewer tries. */
    @Property(tries = 50)
    void completeCredential_issuedForm_conformsToShapes_andSafeMode(@ForAll("complete") MicroCredential mc) {
        byte[] edc = EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(mc);

        assertThat(Shacl.violations(Shacl.validate(edc))).isEmpty();
        assertThat(SafeMode.check(edc)).isEmpty();
    }

    @Property(tries = 30)
    void completeCredential_unsealed_lacksOnlyWhatTheSealerAdds(@ForAll("complete") MicroCredential mc) {
        List<String> violations = Shacl.violations(Shacl.validate(EdcWriter.create().writeBytes(mc)));

        assertThat(violations).allSatisfy(v -> assertThat(v).containsAnyOf("credentials#issued>", "IssuerNodeShape"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("credentials#issued>"));
    }

    @Provide
    Arbitrary<MicroCredential> any() {
        return Credentials.any();
    }

    @Provide
    Arbitrary<MicroCredential> complete() {
        return Credentials.complete();
    }
}
