package io.github.microcredentials.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of batch runs, shared by sign, verify and convert. */
final class BatchOptions {

    @Option(names = "--batch", description = "Process many items: FILE is a folder (one item per file) or a JSON Lines "
            + "file (one item per line). Items run in parallel, results keep the input order, a bad item is "
            + "reported and the batch goes on (exit code 1 if any failed).")
    boolean enabled;

    @Option(names = "--failures", paramLabel = "FILE", description = "With --batch: write the failed items here, one "
            + "JSON object per line (default: OUT.failures.jsonl beside --out).")
    Path failures;

    @Option(names = "--resume", description = "With --batch and --out: continue a batch that was interrupted (killed, "
            + "power cut) from its journal OUT.journal; finished items are not done again.")
    boolean resume;

    @Option(names = "--overwrite", description = "With --batch and --out: start again, replacing the output, journal "
            + "and failures of an earlier batch.")
    boolean overwrite;

    @Option(names = "--progress", description = "With --batch: show the progress bar even when standard error is not "
            + "a terminal.")
    boolean progress;
}
