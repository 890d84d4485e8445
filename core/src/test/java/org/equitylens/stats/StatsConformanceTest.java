package org.equitylens.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.equitylens.stats.table.CsvTables;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.MethodRegistry;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of the statistics test vectors ({@code manifest.json} in the folder named by the
 * system property {@code stats.vectors}, default {@code ../shared/vectors/stats/public} beside the
 * project) through the method registered under {@code <peer>::<fn>}, writes what we produced to
 * {@code core/target/conformance/stats/<id>.csv} (or {@code <id>.error.txt} where we refused the
 * input) and compares it with the peer's output:
 * <ul>
 * <li>same columns in the same order, same number of rows;</li>
 * <li>numbers within {@code max(abs, rel·|expected|)} of the case's tolerance; NA and NaN alike;
 *     text and logicals exactly;</li>
 * <li>simulated confidence limits listed in {@code ci_tolerances.csv}: within
 *     {@code suggested_abs_tol} of the official value or of the spread over other seeds;</li>
 * <li>an expected {@code <id>.error.txt}: we must refuse the input too.</li>
 * </ul>
 * A case whose method is not registered fails. {@code -Dstats.cases=<regex>} runs only the matching
 * case ids.
 */
class StatsConformanceTest {

    private record SimTolerance(String key, String column, double official, double min, double max, double tol) {
    }

    @Test
    void everyCaseAgreesWithThePeer() throws IOException {
        Path vectors = vectorsDir();
        Path out = Path.of(System.getProperty("basedir", ".")).resolve("target/conformance/stats");
        Files.createDirectories(out);
        Pattern only = Pattern.compile(System.getProperty("stats.cases", ".*"));
        Map<String, List<SimTolerance>> sim = simTolerances(vectors.resolve("ci_tolerances.csv"));
        MethodRegistry registry = MethodRegistry.standard();

        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) Json.parse(
                Files.readString(vectors.resolve("manifest.json"), StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cases = (List<Map<String, Object>>) manifest.get("cases");

        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> c : cases) {
            String id = (String) c.get("id");
            if (!only.matcher(id).matches()) {
                continue;
            }
            String name = c.get("peer") + "::" + c.get("fn");
            Optional<TableMethod> method = registry.find(name);
            if (method.isEmpty()) {
                failures.add(id + ": no method registered for " + name);
                continue;
            }
            String problem = runCase(c, method.get(), vectors, out, sim.getOrDefault(id, List.of()));
            if (problem == null) {
                passed++;
            } else {
                failures.add(id + ": " + problem);
            }
        }
        failures.forEach(f -> System.out.println("FAIL " + f));
        System.out.println("stats conformance: " + passed + " passed, " + failures.size() + " failed");
        assertThat(failures).as("failing statistics conformance cases").isEmpty();
    }

    private static Path vectorsDir() {
        String configured = System.getProperty("stats.vectors");
        if (configured != null) {
            return Path.of(configured);
        }
        // Tests run in the module folder (core/); the project root is its parent.
        Path cwd = Path.of("").toAbsolutePath();
        Path root = Files.exists(cwd.resolve("core")) ? cwd : cwd.getParent();
        return root.resolve("../shared/vectors/stats/public").normalize();
    }

    /** Runs one case; returns null when it passes, else what went wrong. */
    @SuppressWarnings("unchecked")
    private static String runCase(Map<String, Object> c, TableMethod method, Path vectors, Path out,
            List<SimTolerance> sim) throws IOException {
        String id = (String) c.get("id");
        Files.deleteIfExists(out.resolve(id + ".csv"));
        Files.deleteIfExists(out.resolve(id + ".error.txt"));
        Table input = CsvTables.read(vectors.resolve("inputs").resolve((String) c.get("input")));
        Params params = params(c, vectors);
        boolean expectError = Files.exists(vectors.resolve("expected").resolve(id + ".error.txt"));

        Table actual;
        try {
            actual = method.apply(input, params);
        } catch (InputException e) {
            Files.writeString(out.resolve(id + ".error.txt"), e.getMessage() + "\n", StandardCharsets.UTF_8);
            return expectError ? null : "refused the input: " + e.getMessage();
        } catch (RuntimeException e) {
            return "crashed: " + e;
        }
        CsvTables.write(actual, out.resolve(id + ".csv"));
        if (expectError) {
            return "accepted input the peer refuses";
        }
        Table expected = CsvTables.read(vectors.resolve("expected").resolve(id + ".csv"));
        Map<String, Object> tolerance = (Map<String, Object>) c.getOrDefault("tolerance", Map.of());
        double rel = ((Number) tolerance.getOrDefault("rel", 1e-9)).doubleValue();
        double abs = ((Number) tolerance.getOrDefault("abs", 1e-12)).doubleValue();
        List<String> groupBy = (List<String>) c.getOrDefault("group_by", List.of());
        return compare(expected, actual, rel, abs, sim, groupBy);
    }

    @SuppressWarnings("unchecked")
    private static Params params(Map<String, Object> c, Path vectors) {
        Params.Builder b = Params.builder();
        Object raw = c.get("params");
        if (raw instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) raw).entrySet()) {
                Object v = e.getValue();
                if (v instanceof Map) {
                    Map<String, Object> m = (Map<String, Object>) v;
                    if (m.containsKey("col")) {
                        b.column(e.getKey(), (String) m.get("col"));
                    } else if (m.containsKey("csv")) {
                        b.table(e.getKey(), CsvTables.read(vectors.resolve("inputs").resolve((String) m.get("csv"))));
                    } else if (Boolean.TRUE.equals(m.get("na"))) {
                        b.na(e.getKey());
                    } else {
                        throw new IllegalArgumentException("unknown parameter form: " + m);
                    }
                } else {
                    b.value(e.getKey(), v);
                }
            }
        }
        if (c.containsKey("seed")) {
            b.value("seed", c.get("seed"));
        }
        b.groupBy((List<String>) c.getOrDefault("group_by", List.of()));
        return b.build();
    }

    private static String compare(Table expected, Table actual, double rel, double abs, List<SimTolerance> sim,
            List<String> groupBy) {
        if (!expected.columns().equals(actual.columns())) {
            return "columns differ: expected " + expected.columns() + ", got " + actual.columns();
        }
        if (expected.rowCount() != actual.rowCount()) {
            return "expected " + expected.rowCount() + " rows, got " + actual.rowCount();
        }
        List<String> diffs = new ArrayList<>();
        for (int r = 0; r < expected.rowCount(); r++) {
            for (int col = 0; col < expected.columns().size(); col++) {
                Object e = expected.get(r, col);
                Object a = actual.get(r, col);
                if (cellMatches(e, a, rel, abs)) {
                    continue;
                }
                String column = expected.columns().get(col);
                SimTolerance t = simTolerance(sim, column, expected, r, groupBy);
                if (t != null && a instanceof Double && withinSimulation((Double) a, t)) {
                    continue;
                }
                diffs.add("row " + (r + 1) + " " + column + ": expected " + CsvTables.format(e)
                        + ", got " + CsvTables.format(a));
            }
        }
        if (diffs.isEmpty()) {
            return null;
        }
        return diffs.size() + " cells differ, e.g. " + String.join("; ", diffs.subList(0, Math.min(4, diffs.size())));
    }

    static boolean cellMatches(Object e, Object a, double rel, double abs) {
        boolean eMissing = e == null || (e instanceof Double && ((Double) e).isNaN());
        boolean aMissing = a == null || (a instanceof Double && ((Double) a).isNaN());
        if (eMissing || aMissing) {
            return eMissing && aMissing;
        }
        if (e instanceof Double && a instanceof Double) {
            double ev = (Double) e;
            double av = (Double) a;
            if (Double.isInfinite(ev) || Double.isInfinite(av)) {
                return ev == av;
            }
            return Math.abs(av - ev) <= Math.max(abs, rel * Math.abs(ev));
        }
        if (e instanceof String && a instanceof Double || e instanceof Double && a instanceof String) {
            // a key column written quoted by one side and bare by the other
            return CsvTables.format(e instanceof Double ? e : a).equals(e instanceof String ? e : a);
        }
        return e.equals(a);
    }

    private static SimTolerance simTolerance(List<SimTolerance> sim, String column, Table expected, int row,
            List<String> groupBy) {
        for (SimTolerance t : sim) {
            if (t.column().equals(column) && keyMatches(t.key(), expected, row, groupBy)) {
                return t;
            }
        }
        return null;
    }

    private static boolean keyMatches(String key, Table expected, int row, List<String> groupBy) {
        if (groupBy.isEmpty()) {
            return key.isEmpty();
        }
        List<String> parts = new ArrayList<>();
        for (String g : groupBy) {
            Object v = expected.get(row, g);
            parts.add(v instanceof String ? (String) v : CsvTables.format(v));
        }
        for (String sep : List.of(" ", "|", ", ", ",", "_", "/", ":", ".")) {
            if (key.equals(String.join(sep, parts))) {
                return true;
            }
        }
        return false;
    }

    private static boolean withinSimulation(double actual, SimTolerance t) {
        if (Math.abs(actual - t.official()) <= t.tol()) {
            return true;
        }
        return actual >= t.min() - t.tol() && actual <= t.max() + t.tol();
    }

    private static Map<String, List<SimTolerance>> simTolerances(Path file) {
        Map<String, List<SimTolerance>> byCase = new HashMap<>();
        if (!Files.exists(file)) {
            return byCase;
        }
        Table t = CsvTables.read(file);
        for (int r = 0; r < t.rowCount(); r++) {
            Object key = t.get(r, "key");
            byCase.computeIfAbsent((String) t.get(r, "case_id"), k -> new ArrayList<>()).add(new SimTolerance(
                    key == null ? "" : key.toString(), (String) t.get(r, "column"),
                    num(t, r, "official"), num(t, r, "spread_min"), num(t, r, "spread_max"),
                    num(t, r, "suggested_abs_tol")));
        }
        return byCase;
    }

    private static double num(Table t, int r, String column) {
        Double v = t.number(r, column);
        return v == null ? Double.NaN : v;
    }
}
