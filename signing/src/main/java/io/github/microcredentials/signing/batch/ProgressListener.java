package io.github.microcredentials.signing.batch;

/**
 * Receives the progress of a batch: at most once per interval while it runs, and once at the end.
 * Called from the batch's writer thread; keep it short.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Reports progress.
     *
     * @param progress the progress so far
     */
    void progress(Progress progress);
}
