package io.github.microcredentials.openbadges;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdError;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.MicroCredential;
import java.net.URI;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The writer and the reader are inverses, and the writer's output is always valid Open Badges 3.0. */
class RoundTripPropertiesTest {

    private final OpenBadgesReader reader = OpenBadgesReader.create();
    private final OpenBadgesWriter plain = OpenBadgesWriter.builder().identityDisclosure(IdentityDisclosure.PLAIN).build();
    private final OpenBadgesWriter withDid = OpenBadgesWriter.builder().identityDisclosure(IdentityDisclosure.PLAIN)
            .issuerId(URI.create("did:web:issuer.example.eu")).build();
    private final OpenBadgesWriter hashing = OpenBadgesWriter.builder().saltSource(() -> "salt").build();

    @Provide
    Arbitrary<MicroCredential> credentials() {
        return MicroCredentials.any();
    }

    @Property(tries = 400)
    void readOfWrite_isTheCredential_withoutFindings(@ForAll("credentials") MicroCredential mc)
            throws CredentialParseException {
        for (OpenBadgesWriter writer : new OpenBadgesWriter[] {plain, withDid}) {
            ReadResult<MicroCredential> read = reader.read(writer.write(mc));

            assertThat(read.findings().findings()).isEmpty();
            assertThat(read.value()).isEqualTo(mc);
        }
    }

    @Property(tries = 200)
    void hashedIdentities_areTheOnlyLoss(@ForAll("credentials") MicroCredential mc) throws CredentialParseException {
        ReadResult<MicroCredential> read = reader.read(hashing.write(mc));

        Learner learner = mc.learner().orElseThrow();
        Learner withoutHashed = learner.toBuilder().email(null).nationalId(null).build();
        // The hashes themselves are kept as preserved data, so that writing the credential again keeps them.
        assertThat(read.value().toBuilder().preserved(java.util.List.of()).build()).isEqualTo(mc.toBuilder().learner(
                withoutHashed.equals(Learner.builder().build()) ? null : withoutHashed).build());
        assertThat(read.findings().findings(OpenBadgesReader.HASHED_IDENTITY)).hasSize((learner.email().isPresent() ? 1 : 0)
                + (learner.nationalId().isPresent() ? 1 : 0));
        assertThat(read.findings().findings()).allSatisfy(f -> assertThat(f.ruleId())
                .isIn(OpenBadgesReader.HASHED_IDENTITY, OpenBadgesReader.PRESERVED));
    }

    @Property(tries = 60)
    void output_validatesAgainstTheOfficialSchema_andExpandsInSafeMode(@ForAll("credentials") MicroCredential mc)
            throws JsonLdError {
        String json = hashing.write(mc);

        assertThat(OfficialSchema.errors(json)).isEmpty();
        assertThat(SafeMode.expand(json)).isNotEmpty();
    }
}
