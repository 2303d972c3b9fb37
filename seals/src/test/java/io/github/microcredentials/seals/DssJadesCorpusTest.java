package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our "intact" against EU DSS 6.3's on every file of DSS's own JAdES validation folder
 * ({@code seals/dss-jades}, verdicts in its {@code VERDICTS.tsv}). Intact means what ETSI EN
 * 319 102-1 calls cryptographic verification: the signature value and every signed reference
 * (here the payload, or the detached documents of {@code sigD}) verify. A file in which DSS finds
 * no signature counts as not intact. A file with several signatures is intact when all are.
 */
class DssJadesCorpusTest {

    private static final String FOLDER = "/seals/dss-jades/";

    /**
     * The files on which we knowingly disagree with DSS, each with the reason. A file listed here
     * must still disagree: a fix that makes it agree must take it off the list.
     */
    static final Map<String, String> DISAGREEMENTS = Map.of();

    /** One row of VERDICTS.tsv. */
    record Row(String file, String dssIntact, String detached, String counterSignatures, String timestamps) {
        boolean dssSaysIntact() {
            return !dssIntact.equals("-") && Arrays.stream(dssIntact.split(";")).allMatch("true"::equals);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        for (String line : new String(resource("VERDICTS.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            List<String> names = Arrays.asList(header);
            rows.add(new Row(cells[names.indexOf("file")], cells[names.indexOf("intact")], cells[names.indexOf("detached")],
                    cells[names.indexOf("counterSignatures")], cells[names.indexOf("timestamps")]));
        }
        return rows;
    }

    static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(DssJadesCorpusTest.class.getResourceAsStream(FOLDER + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SealReport ours(Row row) {
        return SealVerifier.builder().build().verifyJades(resource(row.file()), detached(row));
    }

    static boolean oursSaysIntact(Row row) {
        return ours(row).intact();
    }

    /**
     * The detached documents DSS's own test gives the seal: {@code f:path|name} (a file of the
     * folder, under a name) or {@code m:text|name} (a text), joined by {@code " + "}.
     */
    static List<DetachedContent> detached(Row row) {
        List<DetachedContent> out = new ArrayList<>();
        if (!row.detached().startsWith("DSS test ")) {
            return out;
        }
        for (String spec : row.detached().substring(row.detached().indexOf(": ") + 2).split(" \\+ ")) {
            String[] parts = spec.substring(2).split("\\|", 2);
            String name = parts.length > 1 ? parts[1] : parts[0].substring(parts[0].lastIndexOf('/') + 1);
            byte[] content = spec.startsWith("m:") ? parts[0].getBytes(StandardCharsets.UTF_8) : resource(parts[0]);
            out.add(new DetachedContent(name, content));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void intact_agreesWithDss_exceptWhereListed(Row row) {
        boolean ours = oursSaysIntact(row);

        if (DISAGREEMENTS.containsKey(row.file())) {
            assertThat(ours).as("listed as a disagreement: " + DISAGREEMENTS.get(row.file())).isNotEqualTo(row.dssSaysIntact());
        } else {
            assertThat(ours).as("DSS says intact=" + row.dssIntact()).isEqualTo(row.dssSaysIntact());
        }
    }

    /** DSS's verdicts on counter-signatures ({@code 1:notIntact(TOTAL_FAILED/HASH_FAILURE)}), one per counter-signature, sorted. */
    static List<Boolean> dssCounterSignatures(Row row) {
        List<Boolean> out = new ArrayList<>();
        for (String perSignature : row.counterSignatures().split(";")) {
            if (perSignature.contains(":")) {
                for (String verdict : perSignature.substring(perSignature.indexOf(':') + 1).split(",")) {
                    out.add(verdict.startsWith("intact"));
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static void flatten(SealReport report, List<Boolean> out) {
        for (SealReport counter : report.counterSignatures()) {
            out.add(counter.intact());
            flatten(counter, out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void counterSignatures_areFoundAndJudgedAsDssJudgesThem(Row row) {
        SealReport report = ours(row);
        List<Boolean> counters = new ArrayList<>();
        flatten(report, counters);
        counters.sort(null);

        assertThat(counters).isEqualTo(dssCounterSignatures(row));
        boolean broken = counters.contains(false);
        boolean reported = java.util.stream.Stream.concat(report.problems().stream(), report.warnings().stream())
                .anyMatch(p -> p.code() == SealProblem.Code.COUNTER_SIGNATURE_INVALID);
        assertThat(reported).as("a broken counter-signature is reported on the seal").isEqualTo(broken);
    }

    @Test
    void agreement_isAtLeast97Percent_ofTheWholeFolder() {
        List<Row> rows = rows();
        long agree = rows.stream().filter(r -> oursSaysIntact(r) == r.dssSaysIntact()).count();

        assertThat(rows).hasSize(65);
        assertThat(agree * 100.0 / rows.size()).as(agree + "/" + rows.size()).isGreaterThanOrEqualTo(97.0);
    }
}
