/**
 * Bulk issuance: signing a stream of credentials (a graduating cohort, the end of a MOOC) in
 * parallel across cores, with bounded memory, in input order, with per-item failures and progress.
 *
 * <pre>{@code
 * BatchSigner batch = BatchSigner.builder(signer)        // a DataIntegritySigner
 *         .progress(progressBar::show, Duration.ofSeconds(1))  // count, rate, ETA
 *         .build();
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     BatchResult result = batch.run(credentials, BatchSink.jsonLines(out));
 * }
 * }</pre>
 */
@NullMarked
package io.github.microcredentials.signing.batch;

import org.jspecify.annotations.NullMarked;
