package io.github.microcredentials.edc.internal.shape;

import io.github.microcredentials.edc.internal.graph.Rdf;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The constraints of the EU's EDC SHACL shapes as a table ({@code edc-shapes.tsv}, generated from
 * the shapes and checked against them by a test). Loaded once, immutable.
 */
final class ShapeTable {

    /**
     * One constraint.
     *
     * @param focusClass the class whose nodes (or whose nodes' values along {@code focusPath}) it applies to
     * @param focusPath the properties from such a node to the focus nodes, usually none
     * @param path the property constrained
     * @param min the least number of values
     * @param max the greatest number of values
     * @param classes the classes one of which each value must have (a {@code datatype=} entry: a literal of that datatype)
     * @param datatype the datatype of each value
     * @param nodeKind {@code sh:IRI} or {@code sh:Literal}
     * @param uniqueLang whether no two values may share a language
     * @param hasValue a value the property must have
     * @param maxInclusive the greatest numeric value
     * @param name the shapes' name of the property
     */
    record Row(String focusClass, List<String> focusPath, String path, OptionalInt min, OptionalInt max,
            List<String> classes, String datatype, String nodeKind, boolean uniqueLang, String hasValue,
            String maxInclusive, String name) {
    }

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("elm", Rdf.ELM), Map.entry("dc", "http://purl.org/dc/terms/"), Map.entry("skos", Rdf.SKOS),
            Map.entry("cred", "https://www.w3.org/2018/credentials#"), Map.entry("adms", "http://www.w3.org/ns/adms#"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"), Map.entry("rdf", Rdf.RDF), Map.entry("xsd", Rdf.XSD),
            Map.entry("org", "http://www.w3.org/ns/org#"), Map.entry("rov", "http://www.w3.org/ns/regorg#"),
            Map.entry("person", "http://www.w3.org/ns/person#"), Map.entry("locn", "http://www.w3.org/ns/locn#"),
            Map.entry("sh", "http://www.w3.org/ns/shacl#"));

    private static final class Holder {
        static final List<Row> ROWS = load();
    }

    private ShapeTable() {
    }

    static List<Row> rows() {
        return Holder.ROWS;
    }

    private static List<Row> load() {
        try (InputStream in = ShapeTable.class.getResourceAsStream("edc-shapes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("edc-shapes.tsv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(row(line.split("\t", -1)));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read edc-shapes.tsv", e);
        }
    }

    private static Row row(String[] cells) {
        String[] focus = cells[0].split(" ");
        List<String> path = new ArrayList<>();
        for (int i = 1; i < focus.length; i++) {
            path.add(expand(focus[i]));
        }
        List<String> classes = new ArrayList<>();
        for (String alternative : cells[4].isEmpty() ? new String[0] : cells[4].split("\\|")) {
            classes.add(alternative.startsWith("datatype=") ? "datatype=" + expand(alternative.substring(9)) : expand(alternative));
        }
        return new Row(expand(focus[0]), List.copyOf(path), expand(cells[1]), count(cells[2]), count(cells[3]),
                List.copyOf(classes), expand(cells[5]), expand(cells[6]), cells[7].equals("true"), expand(cells[8]),
                cells[9], cells[10]);
    }

    private static OptionalInt count(String cell) {
        return cell.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cell));
    }

    private static String expand(String name) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            String prefix = PREFIXES.get(name.substring(0, colon));
            if (prefix != null) {
                return prefix + name.substring(colon + 1);
            }
        }
        return name;
    }
}
