package io.github.microcredentials.core.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A controlled vocabulary: the bundled values of one {@link Term} subclass, and parsing of codes
 * and URIs into terms.
 *
 * <p>The values are read once from a tab-separated file bundled in this module (columns: code,
 * URI, EU concept, Open Badges term, English label, then {@code key=value} attributes). Instances
 * are immutable and thread-safe.
 *
 * @param <T> the term type
 */
public final class Vocabulary<T extends Term> {

    private final String name;
    private final @Nullable URI scheme;
    private final Function<Term.Definition, T> factory;
    private final Map<String, T> byCode;
    private final Map<URI, T> byUri;

    private Vocabulary(String name, @Nullable URI scheme, Function<Term.Definition, T> factory, List<T> terms) {
        this.name = name;
        this.scheme = scheme;
        this.factory = factory;
        Map<String, T> codes = new LinkedHashMap<>();
        Map<URI, T> uris = new LinkedHashMap<>();
        for (T term : terms) {
            if (codes.put(term.code(), term) != null) {
                throw new IllegalStateException("duplicate code " + term.code() + " in vocabulary " + name);
            }
            term.uri().ifPresent(uri -> uris.put(uri, term));
        }
        this.byCode = java.util.Collections.unmodifiableMap(codes);
        this.byUri = Map.copyOf(uris);
    }

    /**
     * Loads a bundled vocabulary file; only vocabulary classes call this, from their static
     * initialiser.
     */
    static <T extends Term> Vocabulary<T> load(String name, Function<Term.Definition, T> factory) {
        String resource = "data/" + name + ".tsv";
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled vocabulary missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            URI scheme = null;
            List<T> terms = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#scheme\t")) {
                    scheme = URI.create(line.substring("#scheme\t".length()).trim());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    terms.add(factory.apply(parseLine(line)));
                }
            }
            return new Vocabulary<>(name, scheme, factory, terms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled vocabulary " + resource, e);
        }
    }

    private static Term.Definition parseLine(String line) {
        String[] cells = line.split("\t", -1);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 5; i < cells.length; i++) {
            int eq = cells[i].indexOf('=');
            if (eq > 0) {
                attributes.put(cells[i].substring(0, eq), cells[i].substring(eq + 1));
            }
        }
        return new Term.Definition(cells[0], uriOrNull(cell(cells, 1)), uriOrNull(cell(cells, 2)),
                cell(cells, 3), cell(cells, 4), true, attributes);
    }

    private static @Nullable String cell(String[] cells, int index) {
        return index < cells.length && !cells[index].isBlank() ? cells[index].trim() : null;
    }

    private static @Nullable URI uriOrNull(@Nullable String text) {
        return text == null ? null : URI.create(text);
    }

    /**
     * The vocabulary's name, which is also the name of its data file.
     *
     * @return for example {@code "eqf"}
     */
    public String name() {
        return name;
    }

    /**
     * The URI of the concept scheme the bundled values belong to.
     *
     * @return the scheme URI, or empty when the vocabulary has none
     */
    public Optional<URI> scheme() {
        return Optional.ofNullable(scheme);
    }

    /**
     * The bundled values, in their defined order.
     *
     * @return an unmodifiable list
     */
    public List<T> values() {
        return List.copyOf(byCode.values());
    }

    /**
     * Finds a bundled value by its code.
     *
     * @param code a code such as {@code "6"}
     * @return the value, or empty when the code is not bundled
     */
    public Optional<T> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds a bundled value by its canonical URI.
     *
     * @param uri a URI such as {@code http://data.europa.eu/snb/eqf/6}
     * @return the value, or empty when no bundled value has that URI
     */
    public Optional<T> byUri(URI uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    /**
     * Finds the bundled values whose closest EU concept is the given one.
     *
     * @param concept an EU vocabulary concept URI
     * @return the matching values, possibly empty
     */
    public List<T> byEuropassConcept(URI concept) {
        return byCode.values().stream().filter(t -> t.europassConcept().filter(concept::equals).isPresent()).toList();
    }

    /**
     * Finds the bundled value that carries the given Open Badges 3.0 term.
     *
     * @param term an Open Badges term such as {@code "MicroCredential"}
     * @return the first matching value, or empty
     */
    public Optional<T> byOpenBadgesTerm(String term) {
        return byCode.values().stream().filter(t -> t.openBadgesTerm().filter(term::equals).isPresent()).findFirst();
    }

    /**
     * Parses a code or a URI. Unknown values are kept (see {@link Term#isKnown()}).
     *
     * @param codeOrUri a bundled code, a bundled term's URI, or any other non-blank text
     * @return the bundled value, or an unknown value that carries the text unchanged
     * @throws IllegalArgumentException if the text is blank
     */
    public T parse(String codeOrUri) {
        Objects.requireNonNull(codeOrUri, "codeOrUri");
        if (codeOrUri.isBlank()) {
            throw new IllegalArgumentException("empty value for vocabulary " + name);
        }
        T known = byCode.get(codeOrUri);
        URI uri = known == null ? Term.Definition.asUri(codeOrUri) : null;
        if (uri != null) {
            known = byUri.get(uri);
        }
        return known != null ? known : factory.apply(Term.Definition.unknown(codeOrUri));
    }

    /** Returns the bundled value with this code; for the constants of the vocabulary classes. */
    T require(String code) {
        T term = byCode.get(code);
        if (term == null) {
            throw new IllegalStateException("bundled vocabulary " + name + " lacks code " + code);
        }
        return term;
    }
}
