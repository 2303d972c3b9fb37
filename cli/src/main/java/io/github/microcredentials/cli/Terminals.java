package io.github.microcredentials.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, for progress bars that would garble a log file. */
final class Terminals {

    private Terminals() {
    }

    /**
     * Standard error is a terminal: on Linux, descriptor 2 links to a tty; elsewhere, Java has a
     * console (standard input and output are terminals, a fair guess for standard error).
     *
     * @return {@code true} if a progress bar can be drawn
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
