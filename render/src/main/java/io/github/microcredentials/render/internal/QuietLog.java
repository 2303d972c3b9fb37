package io.github.microcredentials.render.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Keeps openhtmltopdf quiet during this library's renders: openhtmltopdf logs through one
 * JVM-wide logger (to standard error by default) and hands the same messages to a per-thread
 * diagnostic consumer, which {@link Layout} collects. This logger drops messages on threads that
 * are rendering a certificate and passes every other message to the logger that was installed
 * before, so an application that uses openhtmltopdf itself keeps its logging.
 */
final class QuietLog implements XRLogger {

    private static final ThreadLocal<Boolean> RENDERING = new ThreadLocal<>();

    private final XRLogger previous;

    private QuietLog(XRLogger previous) {
        this.previous = previous;
    }

    /** Installs the quiet logger in front of the current one, once. */
    static synchronized void install() {
        XRLogger current = XRLog.getLoggerImpl();
        if (!(current instanceof QuietLog)) {
            XRLog.setLoggerImpl(new QuietLog(current));
        }
    }

    /** Marks the current thread as rendering, until {@link #done()}. */
    static void rendering() {
        install();
        RENDERING.set(Boolean.TRUE);
    }

    /** Ends {@link #rendering()} on the current thread. */
    static void done() {
        RENDERING.remove();
    }

    private static boolean quiet() {
        return RENDERING.get() != null;
    }

    @Override
    public void log(String where, Level level, String message) {
        if (!quiet()) {
            previous.log(where, level, message);
        }
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
        if (!quiet()) {
            previous.log(where, level, message, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        previous.setLevel(logger, level);
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return !quiet() && previous.isLogLevelEnabled(diagnostic);
    }

    @Override
    public void log(Diagnostic diagnostic) {
        if (!quiet()) {
            previous.log(diagnostic);
        }
    }
}
