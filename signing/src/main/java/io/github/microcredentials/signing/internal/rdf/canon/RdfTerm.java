package io.github.microcredentials.signing.internal.rdf.canon;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A term of a quad: an IRI or a literal, kept as its canonical N-Quads form (UTF-8), or a blank
 * node, kept as a number local to its {@link RdfDataset}. Immutable.
 */
public final class RdfTerm {

    /** The datatype canonical N-Quads leaves implicit. */
    public static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    private final byte @Nullable [] text;
    private final int blank;
    private final int hash;

    private RdfTerm(byte @Nullable [] text, int blank) {
        this.text = text;
        this.blank = blank;
        this.hash = text == null ? blank : Arrays.hashCode(text);
    }

    /**
     * An IRI. It is written as it is, between angle brackets: callers pass only IRIs they checked.
     *
     * @param iri the absolute IRI
     * @return the term
     */
    public static RdfTerm iri(String iri) {
        return new RdfTerm(new ByteSink(iri.length() + 2).put('<').utf8(iri).put('>').toArray(), -1);
    }

    /**
     * A literal.
     *
     * @param lexical the lexical form
     * @param datatype the datatype IRI; ignored when a language is given
     * @param language the language tag, or {@code null}
     * @param scratch a buffer to build the N-Quads form in
     * @return the term
     */
    public static RdfTerm literal(String lexical, String datatype, @Nullable String language, ByteSink scratch) {
        scratch.reset();
        scratch.put('"').escaped(lexical).put('"');
        if (language != null) {
            scratch.put('@').utf8(language);
        } else if (!XSD_STRING.equals(datatype)) {
            scratch.put('^').put('^').put('<').utf8(datatype).put('>');
        }
        return new RdfTerm(scratch.toArray(), -1);
    }

    static RdfTerm blank(int number) {
        return new RdfTerm(null, number);
    }

    /**
     * Whether this is a blank node.
     *
     * @return {@code true} for a blank node
     */
    public boolean isBlank() {
        return text == null;
    }

    /** The blank node number, or -1. */
    int blankNumber() {
        return blank;
    }

    /** The N-Quads form of an IRI or literal; not for blank nodes. */
    byte[] text() {
        if (text == null) {
            throw new IllegalStateException("a blank node has no fixed N-Quads form");
        }
        return text;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RdfTerm t && t.hash == hash && t.blank == blank && Arrays.equals(t.text, text);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return text == null ? "_:" + blank : new String(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
