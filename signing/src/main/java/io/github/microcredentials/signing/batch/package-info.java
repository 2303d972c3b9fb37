/**
 * Bulk issuance: signing a stream of credentials (a graduating cohort, the end of a MOOC) in
 * parallel across cores, with bounded memory, in input order, with per-item failures and progress.
 *
 * <pre>{@code
 * BatchSigner batch = BatchSigner.builder(signer)        // a DataIntegritySigner
 *         .progress(p -> System.err.println(p), Duration.ofSeconds(1))
 *         .build();
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     BatchResult result = batch.run(credentials, BatchSink.jsonLines(out));
 * }
 * }</pre>
 */
@NullMarked
package io.github.microcredentials.signing.batch;

import org.jspecify.annotations.NullMarked;
