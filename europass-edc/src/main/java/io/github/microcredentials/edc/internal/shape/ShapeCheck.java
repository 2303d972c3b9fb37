package io.github.microcredentials.edc.internal.shape;

import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.edc.internal.elm.RuleIds;
import io.github.microcredentials.edc.internal.graph.Graph;
import io.github.microcredentials.edc.internal.graph.Rdf;
import io.github.microcredentials.edc.internal.graph.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a document's statements against the constraints of the EU's EDC SHACL shapes
 * ({@link ShapeTable}) as a SHACL processor does without inference: a class matches only the
 * node's own types, counts are counts of distinct statements, a datatype needs a valid lexical
 * form. Each failed constraint is one {@code EDC-SHAPE} finding; no finding means the
 * document conforms to the shapes.
 */
public final class ShapeCheck {

    private final Graph graph;
    private final Map<String, String> pointers;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> hints;

    private ShapeCheck(Graph graph, Map<String, String> pointers, Map<String, String> hints) {
        this.graph = graph;
        this.pointers = pointers;
        this.hints = hints;
    }

    /**
     * Checks a document.
     *
     * @param graph its statements
     * @param pointers where each node is first written in the document (JSON Pointer), for the findings
     * @param hints extra words for the findings on some properties (property IRI → text)
     * @return the findings, empty when the document conforms
     */
    public static List<Finding> check(Graph graph, Map<String, String> pointers, Map<String, String> hints) {
        ShapeCheck check = new ShapeCheck(graph, pointers, hints);
        for (ShapeTable.Row row : ShapeTable.rows()) {
            for (String focus : check.focusNodes(row)) {
                check.row(row, focus);
            }
        }
        return List.copyOf(check.findings);
    }

    private Set<String> focusNodes(ShapeTable.Row row) {
        Set<String> nodes = new java.util.LinkedHashSet<>();
        for (String subject : graph.subjects()) {
            if (graph.types(subject).contains(row.focusClass())) {
                nodes.add(subject);
            }
        }
        for (String property : row.focusPath()) {
            Set<String> next = new java.util.LinkedHashSet<>();
            for (String node : nodes) {
                graph.values(node, property).forEach(v -> next.add(v instanceof Value.Ref ref ? ref.id() : "\u0000" + v));
            }
            nodes = next;
        }
        return nodes;
    }

    private void row(ShapeTable.Row row, String focus) {
        Set<Value> values = focus.startsWith("\u0000") ? Set.of() : graph.values(focus, row.path());
        row.min().ifPresent(min -> {
            if (values.size() < min) {
                report(row, focus, "needs at least " + min + " value" + (min == 1 ? "" : "s") + ", has " + values.size());
            }
        });
        row.max().ifPresent(max -> {
            if (values.size() > max) {
                report(row, focus, "takes at most " + max + " value" + (max == 1 ? "" : "s") + ", has " + values.size());
            }
        });
        for (Value value : values) {
            each(row, focus, value);
        }
        if (row.uniqueLang() && !uniqueLanguages(values)) {
            report(row, focus, "has two values in one language");
        }
        if (!row.hasValue().isEmpty() && !values.contains(new Value.Ref(row.hasValue()))) {
            report(row, focus, "must include " + row.hasValue());
        }
    }

    private void each(ShapeTable.Row row, String focus, Value value) {
        if (!row.classes().isEmpty() && row.classes().stream().noneMatch(c -> hasClass(value, c))) {
            report(row, focus, "value " + text(value) + " is not a " + names(row.classes()));
        }
        if (!row.datatype().isEmpty() && !hasDatatype(value, row.datatype())) {
            report(row, focus, "value " + text(value) + " is not a valid " + Rdf.localName(row.datatype()));
        }
        if (row.nodeKind().endsWith("#IRI") && !(value instanceof Value.Ref ref && !Rdf.isBlank(ref.id()))) {
            report(row, focus, "value " + text(value) + " is not an IRI");
        }
        if (row.nodeKind().endsWith("#Literal") && !(value instanceof Value.Literal)) {
            report(row, focus, "value " + text(value) + " is not a literal");
        }
        if (!row.maxInclusive().isEmpty()) {
            BigDecimal number = value instanceof Value.Literal literal ? Lexical.number(literal.lexical()) : null;
            if (number == null || number.compareTo(new BigDecimal(row.maxInclusive())) > 0) {
                report(row, focus, "value " + text(value) + " is above " + row.maxInclusive());
            }
        }
    }

    private boolean hasClass(Value value, String cls) {
        if (cls.startsWith("datatype=")) {
            return hasDatatype(value, cls.substring("datatype=".length()));
        }
        return value instanceof Value.Ref ref && graph.types(ref.id()).contains(cls);
    }

    private static boolean hasDatatype(Value value, String datatype) {
        if (!(value instanceof Value.Literal literal) || !literal.datatype().equals(datatype)) {
            return false;
        }
        return datatype.equals(Rdf.LANG_STRING) ? !literal.language().isEmpty() : Lexical.valid(literal.lexical(), datatype);
    }

    private static boolean uniqueLanguages(Set<Value> values) {
        Set<String> languages = new HashSet<>();
        for (Value value : values) {
            if (value instanceof Value.Literal literal && !literal.language().isEmpty()
                    && !languages.add(literal.language().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private void report(ShapeTable.Row row, String focus, String problem) {
        boolean literalFocus = focus.startsWith("\u0000");
        String node = literalFocus ? "a literal" : Rdf.isBlank(focus) ? "a node without identifier" : focus;
        String where = literalFocus ? "" : Optional.ofNullable(pointers.get(focus)).orElse("");
        String message = focusName(row) + " " + node + ": " + row.name() + " (" + shortName(row.path()) + ") " + problem
                + Optional.ofNullable(hints.get(row.path())).map(h -> "; " + h).orElse("");
        ReaderFindings.defaults().create(RuleIds.SHAPE, null, Severity.ERROR, where,
                literalFocus ? focus.substring(1) : focus, message).ifPresent(findings::add);
    }

    private static String focusName(ShapeTable.Row row) {
        StringBuilder name = new StringBuilder(Rdf.localName(row.focusClass()));
        row.focusPath().forEach(p -> name.append(' ').append(Rdf.localName(p)));
        return name.toString();
    }

    private static String shortName(String iri) {
        return Rdf.localName(iri);
    }

    private static String names(List<String> classes) {
        List<String> names = new ArrayList<>();
        classes.forEach(c -> names.add(c.startsWith("datatype=") ? Rdf.localName(c.substring(9)) : Rdf.localName(c)));
        return String.join(" or ", names);
    }

    private static String text(Value value) {
        if (value instanceof Value.Ref ref) {
            return Rdf.isBlank(ref.id()) ? "(a node without identifier)" : ref.id();
        }
        String lexical = ((Value.Literal) value).lexical();
        return "\"" + (lexical.length() > 60 ? lexical.substring(0, 60) + "…" : lexical) + "\"";
    }
}
