package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.status.StatusResult;
import io.github.microcredentials.status.VerificationWithStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStatusTest {

    @TempDir
    Path dir;

    @Test
    void issuedOpenBadgeWithStatus_signs_andOnceRevokedVerifiesInvalid() throws Exception {
        VerificationWithStatus result = CredentialStatus.issueRevokeVerify(dir);
        assertThat(result.proofs().isValid()).as(result.proofs().summary()).isTrue();
        assertThat(result.indication()).isEqualTo(StatusResult.Indication.INVALID);
        assertThat(result.status().orElseThrow().isRevoked()).isTrue();
        assertThat(result.summary()).startsWith("INVALID: revoked (revocation, index ");
    }
}
