package io.github.microcredentials.signing.internal.rdf.canon;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quad of a dataset; {@code graph} is {@code null} for the default graph.
 *
 * @param subject an IRI or blank node
 * @param predicate an IRI
 * @param object an IRI, blank node or literal
 * @param graph an IRI or blank node, or {@code null}
 */
record Quad(RdfTerm subject, RdfTerm predicate, RdfTerm object, @Nullable RdfTerm graph) {

    /** Whether a blank node is one of the components (subject, object or graph). */
    boolean mentions(int blank) {
        return subject.blankNumber() == blank || object.blankNumber() == blank
                || graph != null && graph.blankNumber() == blank;
    }

    @Override
    public int hashCode() {
        return ((subject.hashCode() * 31 + predicate.hashCode()) * 31 + object.hashCode()) * 31 + Objects.hashCode(graph);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Quad q && q.subject.equals(subject) && q.predicate.equals(predicate)
                && q.object.equals(object) && Objects.equals(q.graph, graph);
    }
}
