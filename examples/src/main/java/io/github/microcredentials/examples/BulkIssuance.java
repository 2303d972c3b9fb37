package io.github.microcredentials.examples;

import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.batch.BatchResult;
import io.github.microcredentials.signing.batch.BatchSigner;
import io.github.microcredentials.signing.batch.BatchSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** Signing a whole cohort at once: parallel, in order, in constant memory, failures per credential. */
public final class BulkIssuance {

    private BulkIssuance() {
    }

    /**
     * Signs credentials into a JSON Lines file.
     *
     * @param key the issuer's key (its did:key is the credentials' issuer)
     * @param cohort the credentials, as JSON, produced lazily (from a database cursor, for example)
     * @param file the JSON Lines file to write
     * @return what happened
     * @throws IOException if the file cannot be written
     * @throws InterruptedException if the thread is interrupted
     */
    static BatchResult signCohort(SigningKey key, Stream<byte[]> cohort, Path file) throws IOException, InterruptedException {
        // tag::bulk-issuance[]
        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build();
        BatchSigner batch = BatchSigner.builder(signer)                  // every core; one signed credential per line
                .onFailure(failure -> System.err.println(failure))      // "item 17 at /credentialSubject: …"; the batch goes on
                .progress(progress -> System.err.println(progress), Duration.ofSeconds(5)) // "120000 done (3 failed), 10532/s"
                .build();
        try (OutputStream out = Files.newOutputStream(file)) {
            BatchResult result = batch.run(cohort, BatchSink.jsonLines(out));   // input order; bounded memory
            System.out.printf("%d signed, %d failed, %.0f/s%n", result.signed(), result.failed(), result.perSecond());
            return result;
        }
        // end::bulk-issuance[]
    }
}
