package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Sign→verify holds for generated credentials; any mutation of a signed credential fails. */
class SignVerifyPropertiesTest {

    private static final DataIntegritySigner SIGNER = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022,
            DataIntegrityVerifierTest.ED25519.signer()).contexts(TestSupport.CONTEXTS).clock(DataIntegrityVerifierTest.SIGNING_TIME).build();
    private static final DataIntegrityVerifier VERIFIER = DataIntegrityVerifierTest.verifier(DataIntegrityVerifierTest.LATER);

    record Generated(String name, String description, String subject, String narrative) {
        JsonObject toCredential() {
            JsonObject base = DataIntegrityVerifierTest.credentialFor(DataIntegrityVerifierTest.ED25519);
            JsonObject subjectObject = StrictJson.PROVIDER.createObjectBuilder(base.getJsonObject("credentialSubject"))
                    .add("id", "urn:example:" + subject).build();
            return StrictJson.PROVIDER.createObjectBuilder(base).add("name", name).add("description", description)
                    .add("credentialSubject", subjectObject).build();
        }
    }

    enum Mutation { CHANGE_VALUE, REMOVE_PROPERTY, ADD_PROPERTY, CHANGE_PROOF_FIELD }

    @Provide
    Arbitrary<Generated> credentials() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("éøæ€中").ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> token = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(text, text, token, text).as(Generated::new);
    }

    @Property(tries = 40)
    void signThenVerify_holds(@ForAll("credentials") Generated generated) throws Exception {
        byte[] signed = SIGNER.sign(TestSupport.toBytes(generated.toCredential()));

        assertThat(VERIFIER.verify(signed).isValid()).isTrue();
    }

    @Property(tries = 60)
    void anyMutation_failsVerification(@ForAll("credentials") Generated generated, @ForAll Mutation mutation,
            @ForAll("credentials") Generated other) throws Exception {
        JsonObject signed = StrictJson.parseObject(SIGNER.sign(TestSupport.toBytes(generated.toCredential())));
        JsonObject mutant;
        switch (mutation) {
            case CHANGE_VALUE:
                mutant = DataIntegrityVerifierTest.set(signed, "name", generated.name().equals(other.name()) ? other.name() + "!" : other.name());
                break;
            case REMOVE_PROPERTY:
                mutant = StrictJson.PROVIDER.createObjectBuilder(signed).remove("description").build();
                break;
            case ADD_PROPERTY:
                mutant = StrictJson.PROVIDER.createObjectBuilder(signed).add("awardedDate", "2026-07-01T00:00:00Z").build();
                break;
            default:
                mutant = DataIntegrityVerifierTest.editProof(signed, p -> DataIntegrityVerifierTest.set(p, "created", "2026-06-30T08:00:01Z"));
        }

        VerificationReport report = VERIFIER.verify(TestSupport.toBytes(mutant));

        assertThat(report.isValid()).isFalse();
        assertThat(report.allFailures()).extracting(Failure::code).contains(FailureCode.SIGNATURE_INVALID);
    }
}
