package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.Indication;
import io.github.microcredentials.signing.identity.ControllerDocument;
import io.github.microcredentials.signing.identity.DocumentStore;
import io.github.microcredentials.signing.identity.IdentifierResolver;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issuer binding of a VC-JWT, the same policy as a Data Integrity proof's: a valid token signed by
 * a stranger's {@code did:key} for an {@code https} issuer whose document the verifier lacks is
 * INDETERMINATE (VALID with a warning when the policy accepts it); a key the issuer is known not to
 * hold is CONTROLLER_MISMATCH under either policy.
 */
class VcJwtIssuerBindingTest {

    private static final URI ISSUER = URI.create("https://www.ucn.dk/issuers/1");
    private static final SigningKey STRANGER = SigningKey.generate(KeyType.ED25519);

    private static VcJwtVerifier.Builder verifier() {
        return VcJwtVerifier.builder().clock(VcJwtTest.LATER);
    }

    /** A token for {@code issuer} signed with the stranger's did:key, which the signer is told (wrongly) the issuer controls. */
    private static String strangerToken(URI issuer) throws Exception {
        JsonObject credential = DataIntegrityVerifierTest.set(DataIntegrityVerifierTest.credentialFor(STRANGER), "issuer", issuer.toString());
        KeyResolver misinformed = KeyResolver.of(List.of(new VerificationMethod(STRANGER.publicKey().didKeyVerificationMethod(),
                issuer, STRANGER.publicKey())));
        return VcJwtSigner.withKeyId(STRANGER.signer()).withKeyResolver(misinformed).sign(TestSupport.toBytes(credential));
    }

    /** A key resolver that knows the issuer's document (a minimal one, with its own key) and did:key. */
    private static KeyResolver issuerDocumentWith(VerificationKey key) {
        return IdentifierResolver.offline(DocumentStore.of(Map.of(ISSUER,
                ControllerDocument.minimal(ISSUER, key).getBytes(StandardCharsets.UTF_8)))).keys().orElse(KeyResolver.didKey());
    }

    @Test
    void strangersDidKey_forAnHttpsIssuer_isIndeterminate_byDefault() throws Exception {
        VerificationReport report = verifier().build().verify(strangerToken(ISSUER));

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.isValid()).isFalse();
        assertThat(report.credential()).isEmpty();
        assertThat(VcJwtTest.codes(report)).containsExactly(FailureCode.ISSUER_BINDING_UNESTABLISHED);
        assertThat(report.allFailures().get(0).location()).isEqualTo("header/kid");
        assertThat(report.allFailures().get(0).message()).contains(STRANGER.publicKey().did().toString()).contains(ISSUER.toString());
    }

    @Test
    void strangersDidKey_forAnHttpsIssuer_isValidWithAWarning_whenRelaxed() throws Exception {
        VerificationReport report = verifier().issuerBinding(IssuerBinding.ACCEPT_UNESTABLISHED).build().verify(strangerToken(ISSUER));

        assertThat(report.indication()).isEqualTo(Indication.VALID);
        assertThat(report.allFailures()).isEmpty();
        assertThat(report.credential().orElseThrow().issuer()).isEqualTo(ISSUER);
        assertThat(report.warnings()).singleElement().asString().contains("cannot be established").contains("accepted by policy");
    }

    @Test
    void tamperedToken_withAnUnestablishedBinding_isInvalid_underEitherPolicy() throws Exception {
        String[] parts = strangerToken(ISSUER).split("\\.");
        JsonObject payload = StrictJson.parseObject(Multibase.decodeBase64url(parts[1]));
        JsonObject changed = StrictJson.PROVIDER.createObjectBuilder(payload).add("name", "Forged").build();
        String forged = parts[0] + "." + Multibase.base64url(JsonText.compact(changed).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        for (IssuerBinding policy : IssuerBinding.values()) {
            VerificationReport report = verifier().issuerBinding(policy).build().verify(forged);

            assertThat(report.indication()).as(policy.name()).isEqualTo(Indication.INVALID);
            assertThat(VcJwtTest.codes(report)).as(policy.name()).contains(FailureCode.SIGNATURE_INVALID);
        }
    }

    @Test
    void didKeyIssuer_signedWithAnotherKey_isControllerMismatch_underEitherPolicy() throws Exception {
        URI issuer = SigningKey.generate(KeyType.ED25519).publicKey().did();
        String token = strangerToken(issuer);

        for (IssuerBinding policy : IssuerBinding.values()) {
            VerificationReport report = verifier().issuerBinding(policy).build().verify(token);

            assertThat(report.indication()).as(policy.name()).isEqualTo(Indication.INVALID);
            assertThat(VcJwtTest.codes(report)).as(policy.name()).containsExactly(FailureCode.CONTROLLER_MISMATCH);
            assertThat(report.allFailures().get(0).location()).isEqualTo("header/kid");
        }
    }

    @Test
    void issuersKnownDocument_notListingTheKey_isControllerMismatch_underEitherPolicy() throws Exception {
        KeyResolver resolver = issuerDocumentWith(SigningKey.generate(KeyType.P256).publicKey());
        String token = strangerToken(ISSUER);

        for (IssuerBinding policy : IssuerBinding.values()) {
            VerificationReport report = verifier().keyResolver(resolver).issuerBinding(policy).build().verify(token);

            assertThat(report.indication()).as(policy.name()).isEqualTo(Indication.INVALID);
            assertThat(VcJwtTest.codes(report)).as(policy.name()).containsExactly(FailureCode.CONTROLLER_MISMATCH);
        }
    }

    @Test
    void issuersKnownDocument_listingItsOwnKey_isValid() throws Exception {
        SigningKey key = SigningKey.generate(KeyType.P256);
        KeyResolver resolver = issuerDocumentWith(key.publicKey());
        JsonObject credential = DataIntegrityVerifierTest.set(DataIntegrityVerifierTest.credentialFor(key), "issuer", ISSUER.toString());
        String token = VcJwtSigner.withKeyId(key.signer(), URI.create(ISSUER + "#key-1")).withKeyResolver(resolver)
                .sign(TestSupport.toBytes(credential));

        VerificationReport report = verifier().keyResolver(resolver).build().verify(token);

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.indication()).isEqualTo(Indication.VALID);
        assertThat(report.warnings()).isEmpty();
    }
}
