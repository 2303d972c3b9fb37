package io.github.microcredentials.core.validation;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.ects.HoursPerCredit;
import io.github.microcredentials.core.internal.validation.Sources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bundled institution limits, {@code data/institutions.tsv}: HEROES D6.1 Table 1. Columns:
 * name, minimum ECTS, maximum ECTS (empty when the institution sets none), fewest and most hours
 * per credit, then other names (comma-separated). A {@code #source} line gives the citation.
 * Loaded once, on first use.
 */
final class Institutions {

    private static final String RESOURCE = "data/institutions.tsv";

    private Institutions() {
    }

    /** Lazily loaded, so that validators without an institution never read the file. */
    private static final class Holder {
        static final List<InstitutionPolicy> ALL;
        static final Map<String, InstitutionPolicy> BY_NAME = new HashMap<>();

        static {
            List<InstitutionPolicy> all = new ArrayList<>();
            load(all, BY_NAME);
            ALL = List.copyOf(all);
        }
    }

    /**
     * Every bundled institution.
     *
     * @return the institutions, in the table's order
     */
    static List<InstitutionPolicy> all() {
        return Holder.ALL;
    }

    /**
     * An institution by its short or other name, ignoring case and extra spaces.
     *
     * @param name the name
     * @return the institution, or empty
     */
    static Optional<InstitutionPolicy> byName(String name) {
        return Optional.ofNullable(Holder.BY_NAME.get(normal(name)));
    }

    /** Lower case, single spaces: the lookup key of a name. */
    private static String normal(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static void load(List<InstitutionPolicy> all, Map<String, InstitutionPolicy> byName) {
        try (InputStream in = Institutions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled data missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String source = Sources.HEROES + " §1.1, Table 1";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#source\t")) {
                    source = line.substring("#source\t".length()).strip();
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", -1);
                    InstitutionPolicy policy = parse(cells, source);
                    all.add(policy);
                    byName.put(normal(policy.name()), policy);
                    if (cells.length > 5) {
                        for (String alias : cells[5].split(",")) {
                            byName.putIfAbsent(normal(alias), policy);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data " + RESOURCE, e);
        }
    }

    private static InstitutionPolicy parse(String[] cells, String source) {
        return InstitutionPolicy.builder(cells[0].strip())
                .minimumCredits(credits(cells[1]))
                .maximumCredits(credits(cells[2]))
                .hoursPerCredit(HoursPerCredit.of(Integer.parseInt(cells[3].strip())),
                        HoursPerCredit.of(Integer.parseInt(cells[4].strip())))
                .source(source)
                .build();
    }

    private static @Nullable EctsCredits credits(String cell) {
        return cell.isBlank() ? null : EctsCredits.of(new BigDecimal(cell.strip()));
    }
}
