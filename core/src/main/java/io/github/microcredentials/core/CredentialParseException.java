package io.github.microcredentials.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Input that cannot be read as a credential, a learning opportunity or another document of this
 * library: malformed JSON, a duplicate key, a wrong type, a missing required property, a value out
 * of range, input over a size or nesting limit.
 *
 * <p>This is the one exception every reader of the library throws for bad input, whatever the
 * format (native JSON, Europass EDC, Open Badges 3.0, XML). Its message names the location (a JSON
 * Pointer such as {@code /learningOutcomes/2/text}, or an XPath) and the problem; it never carries
 * a raw parser exception's message alone. It is checked because bad input is an expected event
 * that callers must handle (report it to a user, reject an upload).
 */
public class CredentialParseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the input. */
    public enum Problem {
        /** Not well-formed JSON (or XML). */
        MALFORMED,
        /** An object has two members with the same key. */
        DUPLICATE_KEY,
        /** A property that the format does not define. */
        UNKNOWN_PROPERTY,
        /** A value of the wrong JSON type, for example a number where text is expected. */
        WRONG_TYPE,
        /** A required property is absent. */
        MISSING_PROPERTY,
        /** A value of the right type that is not allowed, for example a negative ECTS amount. */
        INVALID_VALUE,
        /** The input exceeds a size limit (document, string or number length). */
        TOO_LARGE,
        /** The input nests deeper than the nesting limit. */
        TOO_DEEP,
        /** The input is of a kind or version this reader does not support. */
        UNSUPPORTED
    }

    private final Problem problem;
    private final String location;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong
     * @param location where: a JSON Pointer ({@code ""} for the whole document) or an XPath
     * @param detail the problem in words, without the location
     */
    public CredentialParseException(Problem problem, String location, String detail) {
        this(problem, location, detail, null);
    }

    /**
     * Creates the exception with the underlying cause.
     *
     * @param problem what is wrong
     * @param location where: a JSON Pointer ({@code ""} for the whole document) or an XPath
     * @param detail the problem in words, without the location
     * @param cause the underlying exception, or {@code null}
     */
    public CredentialParseException(Problem problem, String location, String detail, @Nullable Throwable cause) {
        super(message(location, detail), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * What is wrong with the input.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }

    /**
     * Where the problem is: a JSON Pointer (RFC 6901; {@code ""} means the whole document) or an
     * XPath for XML input.
     *
     * @return the location
     */
    public String location() {
        return location;
    }

    private static String message(String location, String detail) {
        return (location.isEmpty() ? "at document root" : "at " + location) + ": " + detail;
    }
}
