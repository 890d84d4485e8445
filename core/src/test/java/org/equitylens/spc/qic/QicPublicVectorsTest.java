package org.equitylens.spc.qic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every qicharts2 series of the public vectors, point by point and part by part. */
class QicPublicVectorsTest {

    private static final Path VECTORS = Path.of(System.getProperty("spc.vectors", "../../shared/vectors/spc/public"));

    @Test
    void reproducesThePeerOnEveryPublicSeries() throws IOException {
        Map<String, List<Map<String, String>>> rows = groupBySeries(read(VECTORS.resolve("series.csv")));
        Map<String, List<Map<String, String>>> expectedPoints =
            groupBySeries(read(VECTORS.resolve("expected/qic_points.csv")));
        Map<String, List<Map<String, String>>> expectedParts =
            groupBySeries(read(VECTORS.resolve("expected/qic_charts.csv")));
        List<String> failures = new ArrayList<>();
        int series = 0;
        for (Map<String, String> meta : read(VECTORS.resolve("series_meta.csv"))) {
            if (!meta.get("peer").equals("qicharts2")) {
                continue;
            }
            series++;
            String id = meta.get("series_id");
            QicChart chart = QicChart.of(observations(rows.get(id)), options(meta));
            List<String> problems = new ArrayList<>();
            comparePoints(chart, expectedPoints.get(id), problems);
            compareParts(chart, expectedParts.get(id), problems);
            if (!problems.isEmpty()) {
                failures.add(id + ": " + problems.stream().limit(6).collect(Collectors.joining("; ")));
            }
        }
        assertThat(series).isEqualTo(37);
        assertThat(failures).isEmpty();
    }

    private static void comparePoints(QicChart chart, List<Map<String, String>> expected, List<String> problems) {
        if (expected.size() != chart.points().size()) {
            problems.add("points " + chart.points().size() + " != " + expected.size());
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> e = expected.get(i);
            QicPoint p = chart.points().get(i);
            RunsAnalysis r = p.runs();
            String where = "row " + (i + 1) + " ";
            exact(where + "part", e.get("part"), Integer.toString(p.part()), problems);
            exact(where + "xx", e.get("xx"), Integer.toString(p.position()), problems);
            exact(where + "baseline", e.get("baseline"), bool(p.baseline()), problems);
            exact(where + "include", e.get("include"), bool(p.include()), problems);
            near(where + "y_sum", e.get("y_sum"), p.subgroup().ySum(), problems);
            exact(where + "y_length", e.get("y_length"), Integer.toString(p.subgroup().yLength()), problems);
            near(where + "y_mean", e.get("y_mean"), p.subgroup().yMean(), problems);
            near(where + "y_sd", e.get("y_sd"), p.subgroup().ySd(), problems);
            near(where + "n", e.get("n"), p.subgroup().n(), problems);
            near(where + "y", e.get("y"), p.y(), problems);
            near(where + "cl", e.get("cl"), p.cl(), problems);
            near(where + "lcl", e.get("lcl"), p.lcl(), problems);
            near(where + "lcl_95", e.get("lcl_95"), p.lcl95(), problems);
            near(where + "ucl_95", e.get("ucl_95"), p.ucl95(), problems);
            near(where + "ucl", e.get("ucl"), p.ucl(), problems);
            exact(where + "sigma_signal", e.get("sigma_signal"), bool(p.sigmaSignal()), problems);
            exact(where + "runs_signal", e.get("runs_signal"), bool(r.signal()), problems);
            exact(where + "n_obs", e.get("n_obs"), Integer.toString(r.nObs()), problems);
            exact(where + "n_useful", e.get("n_useful"), Integer.toString(r.nUseful()), problems);
            exact(where + "longest_run", e.get("longest_run"), text(r.longestRun()), problems);
            exact(where + "longest_run_max", e.get("longest_run_max"), text(r.longestRunMax()), problems);
            exact(where + "n_crossings", e.get("n_crossings"), text(r.nCrossings()), problems);
            exact(where + "n_crossings_min", e.get("n_crossings_min"), text(r.nCrossingsMin()), problems);
        }
    }

    private static void compareParts(QicChart chart, List<Map<String, String>> expected, List<String> problems) {
        if (expected.size() != chart.parts().size()) {
            problems.add("parts " + chart.parts().size() + " != " + expected.size());
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> e = expected.get(i);
            QicPartSummary s = chart.parts().get(i);
            String where = "part " + (i + 1) + " ";
            exact(where + "runs_signal", e.get("runs_signal"), s.runs().signal() ? "1" : "0", problems);
            exact(where + "longest_run", e.get("longest_run"), text(s.runs().longestRun()), problems);
            exact(where + "n_crossings", e.get("n_crossings"), text(s.runs().nCrossings()), problems);
            near(where + "aLCL", e.get("aLCL"), s.meanLcl(), problems);
            near(where + "aLCL_95", e.get("aLCL_95"), s.meanLcl95(), problems);
            near(where + "CL", e.get("CL"), s.meanCl(), problems);
            near(where + "aUCL_95", e.get("aUCL_95"), s.meanUcl95(), problems);
            near(where + "aUCL", e.get("aUCL"), s.meanUcl(), problems);
            exact(where + "sigma_signal", e.get("sigma_signal"), Integer.toString(s.sigmaSignals()), problems);
        }
    }

    private static List<QicObservation> observations(List<Map<String, String>> rows) {
        return rows.stream().map(r -> new QicObservation(Double.parseDouble(r.get("x")), number(r.get("y")),
            number(r.get("n")))).toList();
    }

    private static QicOptions options(Map<String, String> meta) {
        QicOptions options = QicOptions.of(QicChartType.fromCode(meta.get("chart")))
            .withScreenedMr(Boolean.parseBoolean(meta.get("screenedmr")));
        if (!meta.get("freeze").equals("NA")) {
            options = options.withFreeze(Integer.parseInt(meta.get("freeze")));
        }
        if (!meta.get("part").equals("NA")) {
            options = options.withParts(positions(meta.get("part")));
        }
        if (!meta.get("exclude").equals("NA")) {
            options = options.withExclude(Set.copyOf(positions(meta.get("exclude"))));
        }
        if (!meta.get("cl").equals("NA")) {
            options = options.withCentreLine(Double.parseDouble(meta.get("cl")));
        }
        if (!meta.get("multiply").equals("NA")) {
            options = options.withMultiply(Double.parseDouble(meta.get("multiply")));
        }
        if (!meta.get("agg_fun").equals("NA")) {
            options = options.withAggregate(AggregateFunction.fromName(meta.get("agg_fun")));
        }
        return options;
    }

    private static List<Integer> positions(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static double number(String text) {
        return text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }

    private static String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    private static String text(Integer value) {
        return value == null ? "NA" : value.toString();
    }

    private static void exact(String what, String expected, String actual, List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add(what + " " + actual + " != " + expected);
        }
    }

    private static void near(String what, String expected, double actual, List<String> problems) {
        if (expected.equals("NA") || expected.equals("NaN")) {
            if (!Double.isNaN(actual)) {
                problems.add(what + " " + actual + " != " + expected);
            }
            return;
        }
        double e = Double.parseDouble(expected);
        if (!(Math.abs(actual - e) <= 1e-9 * Math.max(1, Math.abs(e)))) {
            problems.add(what + " " + actual + " != " + expected);
        }
    }

    private static Map<String, List<Map<String, String>>> groupBySeries(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> bySeries = new HashMap<>();
        for (Map<String, String> row : rows) {
            bySeries.computeIfAbsent(row.get("series_id"), k -> new ArrayList<>()).add(row);
        }
        return bySeries;
    }

    /** Reads a CSV whose fields may be double-quoted (with commas inside quotes). */
    private static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> values = fields(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), values.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
