package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.batch.BatchResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkIssuanceTest {

    @TempDir
    Path dir;

    @Test
    void cohort_isSignedInOrder_withTheBrokenCredentialReported() throws Exception {
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        Stream<byte[]> cohort = IntStream.rangeClosed(1, 25).mapToObj(i -> i == 7
                ? "{\"not\": \"a credential\"}".getBytes(StandardCharsets.UTF_8)
                : SignAndVerify.credential(key).replace("did:example:learner", "did:example:learner-" + i).getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("cohort.jsonl");

        BatchResult result = BulkIssuance.signCohort(key, cohort, file);

        assertThat(result.signed()).isEqualTo(24);
        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.item()).isEqualTo(7));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(24);
        assertThat(lines.get(6)).contains("did:example:learner-8\"");
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().build();
        assertThat(lines).allSatisfy(line -> assertThat(verifier.verify(line).isValid()).isTrue());
    }
}
