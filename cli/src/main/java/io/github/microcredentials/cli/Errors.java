package io.github.microcredentials.cli;

import io.github.microcredentials.core.CredentialParseException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** One-line descriptions of errors, for standard error. */
final class Errors {

    private Errors() {
    }

    static String oneLine(Throwable e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (e instanceof CredentialParseException || e instanceof CliException) {
            return e.getMessage();
        }
        if (e instanceof IOException) {
            return "cannot read or write: " + e.getMessage();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
