package io.github.microcredentials.cli;

/** A failure the CLI reports as one line, with its exit code. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final boolean alreadyReported;

    CliException(int exitCode, String message) {
        this(exitCode, message, null, false);
    }

    CliException(int exitCode, String message, Throwable cause) {
        this(exitCode, message, cause, false);
    }

    /**
     * A failure; {@code alreadyReported} when the command has told the user already, so that only
     * the exit code remains to be given.
     */
    CliException(int exitCode, String message, Throwable cause, boolean alreadyReported) {
        super(message, cause);
        this.exitCode = exitCode;
        this.alreadyReported = alreadyReported;
    }

    int exitCode() {
        return exitCode;
    }

    boolean alreadyReported() {
        return alreadyReported;
    }
}
