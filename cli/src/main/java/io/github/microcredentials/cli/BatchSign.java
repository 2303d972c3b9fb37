package io.github.microcredentials.cli;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VcJwtSigner;
import io.github.microcredentials.signing.batch.BatchResult;
import io.github.microcredentials.signing.batch.BatchSigner;
import io.github.microcredentials.signing.batch.BatchSink;
import io.github.microcredentials.signing.batch.ItemFailure;
import io.github.microcredentials.signing.batch.ItemSigner;
import io.github.microcredentials.signing.batch.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * {@code sign --batch}: one credential per input line (JSON Lines), signed in parallel with
 * {@link BatchSigner}, written as JSON Lines in input order to standard output or {@code --out};
 * failures go to standard error with their line numbers, and a progress bar when standard error
 * is a terminal (or {@code --progress}). Exit code 1 if any line failed.
 */
final class BatchSign {

    private final PrintWriter out;
    private final PrintWriter err;
    private final ProgressBar bar;

    BatchSign(PrintWriter out, PrintWriter err, boolean showProgress) {
        this.out = out;
        this.err = err;
        this.bar = new ProgressBar(err, showProgress);
    }

    /**
     * Runs the batch.
     *
     * @param key the signing key; its did:key becomes the issuer id of credentials without one
     * @param format {@code di} or {@code jwt}
     * @param suite the Data Integrity suite ({@code di} only)
     * @param contexts the JSON-LD contexts credentials may use
     * @param input the JSON Lines file, or {@code -} for standard input
     * @param output the output file, or {@code null} for standard output
     * @return the exit code
     */
    int run(SigningKey key, String format, @Nullable Cryptosuite suite, JsonLdContexts contexts, Path input, @Nullable Path output)
            throws IOException, InterruptedException {
        ItemSigner signer = signer(key, format, suite, contexts);
        boolean stdin = input.toString().equals("-");
        BatchSigner.Builder builder = BatchSigner.builder(signer).onFailure(this::failure).progress(bar::show, Duration.ofMillis(250));
        if (bar.enabled() && !stdin) {
            builder.expectedItems(countLines(input));
        }
        BatchResult result;
        try (InputStream in = stdin ? System.in : new BufferedInputStream(open(input), 1 << 16);
                OutputStream file = output == null ? null : Files.newOutputStream(output)) {
            BatchSink sink = file == null ? stdoutSink() : BatchSink.jsonLines(file);
            result = builder.build().runJsonLines(in, sink);
        }
        bar.finish();
        err.printf("signed %d credential%s, %d failed, in %.1f s (%.0f/s)%n", result.signed(), result.signed() == 1 ? "" : "s",
                result.failed(), result.elapsed().toNanos() / 1e9, result.perSecond());
        err.flush();
        return result.failed() == 0 ? Main.OK : Main.FINDINGS;
    }

    private static ItemSigner signer(SigningKey key, String format, @Nullable Cryptosuite suite, JsonLdContexts contexts) {
        URI did = key.publicKey().did();
        switch (format) {
            case "di": {
                DataIntegritySigner signer = DataIntegritySigner.builder(suite, key.signer()).contexts(contexts).build();
                return credential -> signer.signCompact(SignCommand.withIssuer(credential, did));
            }
            case "jwt": {
                VcJwtSigner signer = VcJwtSigner.withKeyId(key.signer());
                return credential -> signer.sign(SignCommand.withIssuer(credential, did)).getBytes(StandardCharsets.US_ASCII);
            }
            default:
                throw new CliException(Main.USAGE, "unknown --format '" + format + "' (expected di or jwt)");
        }
    }

    private BatchSink stdoutSink() {
        return new BatchSink() {
            @Override
            public void accept(long item, byte[] signed) {
                out.write(new String(signed, StandardCharsets.UTF_8));
                out.write('\n');
            }

            @Override
            public void finish() {
                out.flush();
            }
        };
    }

    private void failure(ItemFailure failure) {
        bar.print("line " + failure.item() + (failure.location().isEmpty() ? "" : " at " + failure.location()) + ": " + failure.message());
    }

    private static InputStream open(Path file) throws IOException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new CliException(Main.USAGE, "no such file: " + file, e);
        }
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        boolean open = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = open(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        open = false;
                    } else {
                        open = true;
                    }
                }
            }
        }
        return open ? lines + 1 : lines;
    }

    /** A one-line progress bar on standard error, redrawn in place; failure lines are printed above it. */
    private static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final boolean enabled;
        private String shown = "";

        ProgressBar(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        boolean enabled() {
            return enabled;
        }

        synchronized void show(Progress progress) {
            if (!enabled) {
                return;
            }
            StringBuilder line = new StringBuilder("\r[");
            long total = progress.total().orElse(0);
            int filled = total > 0 ? (int) Math.min(WIDTH, progress.done() * WIDTH / total) : 0;
            line.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ").append(progress);
            shown = line.toString();
            err.print(shown + "\u001B[K");
            err.flush();
        }

        synchronized void print(String message) {
            if (enabled && !shown.isEmpty()) {
                err.print("\r\u001B[K");
            }
            err.println(message);
            if (enabled && !shown.isEmpty()) {
                err.print(shown);
            }
            err.flush();
        }

        synchronized void finish() {
            if (enabled && !shown.isEmpty()) {
                err.println();
            }
        }
    }
}
