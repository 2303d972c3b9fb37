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
    /** Computed when first needed: most terms are never hashed. */
    private int hash;

    private RdfTerm(byte @Nullable [] text, int blank) {
        this.text = text;
        this.blank = blank;
    }

    /**
     * An IRI. It is written as it is, between angle brackets: callers pass only IRIs they checked.
     *
     * @param iri the absolute IRI
     * @return the term
     */
    public static RdfTerm iri(String iri) {
        int n = iri.length();
        byte[] text = new byte[n + 2];
        text[0] = '<';
        for (int i = 0; i < n; i++) {
            char c = iri.charAt(i);
            if (c >= 0x80) {
                // Rare in IRIs: the general encoder (a sink and a copy); the ASCII form needs one array only.
                return new RdfTerm(new ByteSink(n + 8).put('<').utf8(iri).put('>').toArray(), -1);
            }
            text[i + 1] = (byte) c;
        }
        text[n + 1] = '>';
        return new RdfTerm(text, -1);
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
        return literal(lexical, language != null ? languageSuffix(language) : datatypeSuffix(datatype), scratch);
    }

    /**
     * A literal with its suffix ready.
     *
     * @param lexical the lexical form
     * @param suffix what follows the quoted form: {@link #datatypeSuffix} or {@link #languageSuffix}
     * @param scratch a buffer to build the N-Quads form in
     * @return the term
     */
    public static RdfTerm literal(String lexical, byte[] suffix, ByteSink scratch) {
        scratch.reset();
        scratch.put('"').escaped(lexical).put('"').put(suffix);
        return new RdfTerm(scratch.toArray(), -1);
    }

    /**
     * What follows a literal of a datatype in N-Quads: {@code ^^<datatype>}, nothing for {@code xsd:string}.
     *
     * @param datatype the datatype IRI
     * @return UTF-8 bytes
     */
    public static byte[] datatypeSuffix(String datatype) {
        return XSD_STRING.equals(datatype) ? new byte[0] : new ByteSink(datatype.length() + 4).put('^').put('^').put('<').utf8(datatype).put('>').toArray();
    }

    /**
     * What follows a language-tagged string in N-Quads: {@code @tag}.
     *
     * @param language the tag
     * @return UTF-8 bytes
     */
    public static byte[] languageSuffix(String language) {
        return new ByteSink(language.length() + 1).put('@').utf8(language).toArray();
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
        return other instanceof RdfTerm t && t.blank == blank && Arrays.equals(t.text, text);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = text == null ? blank : Arrays.hashCode(text);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return text == null ? "_:" + blank : new String(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
