package io.github.microcredentials.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/** A holder discloses any subset of the Annex I elements; the verifier sees exactly that subset. */
class AnnexSubsetPropertyTest {

    private static final SigningKey HOLDER = SigningKey.generate(KeyType.P256);
    private static final String CREDENTIAL;

    static {
        try {
            CREDENTIAL = TestIssuer.INSTANCE.issuer().build().issue(Samples.microCredential(), HOLDER.publicKey(), null);
        } catch (SdJwtException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Set<String> ALWAYS_VISIBLE = Set.of("iss", "nbf", "exp", "vct", "vct#integrity", "cnf");

    @Property(tries = 60)
    void verifierSeesExactlyTheDisclosedElements(@ForAll @UniqueElements @Size(max = 16) List<AnnexElement> chosen) throws Exception {
        List<String> claims = new ArrayList<>();
        chosen.forEach(e -> claims.addAll(MicroCredentialClaims.claimNames(e)));
        String presentation = SdJwtHolder.present(CREDENTIAL, claims, HOLDER.signer(), "https://employer.example", "nonce", Instant.now());

        SdJwtVerification result = TestIssuer.INSTANCE.verifier().build()
                .verifyPresentation(presentation, "https://employer.example", "nonce");

        assertThat(result.problems()).isEmpty();
        Set<AnnexElement> seen = new HashSet<>();
        for (String claim : result.claims().orElseThrow().keySet()) {
            if (!ALWAYS_VISIBLE.contains(claim)) {
                seen.add(MicroCredentialClaims.elementOf(claim).orElseThrow(() -> new AssertionError("unexpected claim " + claim)));
            }
        }
        assertThat(seen).isEqualTo(new HashSet<>(chosen));
    }
}
