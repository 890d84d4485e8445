package org.equitylens.spc.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares batch output with expected tables (the vectors' {@code expected/} folder), series by
 * series. Rows are matched by {@code series_id} and the table's key columns. Text, labels, flags,
 * icons and counts must be equal; numbers may differ by {@code 1e-9·max(1, |expected|)}; {@code NA},
 * {@code NaN}, {@code Inf} only match themselves.
 */
public final class BatchComparison {

    /** Relative tolerance for real numbers. */
    public static final double TOLERANCE = 1e-9;

    private final Map<BatchTable, Map<String, List<String[]>>> expected = new LinkedHashMap<>();

    private BatchComparison(Map<BatchTable, List<String[]>> tables) {
        tables.forEach((table, rows) -> expected.put(table, bySeries(rows)));
    }

    /** Reads the expected tables from a folder holding the five CSV files. */
    public static BatchComparison readExpected(Path dir) throws IOException {
        Map<BatchTable, List<String[]>> tables = new LinkedHashMap<>();
        for (BatchTable table : BatchTable.values()) {
            tables.put(table, readTable(dir.resolve(table.fileName()), table));
        }
        return new BatchComparison(tables);
    }

    /**
     * Reads a table written in the batch format, reordering columns to {@link BatchTable#columns()};
     * fails if the header's column set differs.
     */
    public static List<String[]> readTable(Path file, BatchTable table) throws IOException {
        List<String[]> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = Csv.parse(in);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + ": no header row");
        }
        String[] header = records.get(0);
        if (!new HashSet<>(List.of(header)).equals(new HashSet<>(table.columns()))
                || header.length != table.columns().size()) {
            throw new IllegalArgumentException(file + ": columns " + List.of(header) + " differ from " + table.columns());
        }
        int[] position = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            position[i] = table.indexOf(header[i]);
        }
        List<String[]> rows = new ArrayList<>(records.size() - 1);
        for (String[] record : records.subList(1, records.size())) {
            String[] row = new String[header.length];
            for (int i = 0; i < header.length; i++) {
                row[position[i]] = i < record.length ? record[i] : "";
            }
            rows.add(row);
        }
        return rows;
    }

    /** Differences for one series, one line each; empty when the series conforms. */
    public List<String> compare(String seriesId, BatchOutput actual) {
        List<String> differences = new ArrayList<>();
        for (BatchTable table : BatchTable.values()) {
            List<String[]> want = expected.get(table).getOrDefault(seriesId, List.of());
            List<String[]> got = new ArrayList<>();
            for (String[] row : actual.rows(table)) {
                if (row[0].equals(seriesId)) {
                    got.add(row);
                }
            }
            compareTable(table, want, got, differences);
        }
        return differences;
    }

    private static void compareTable(BatchTable table, List<String[]> want, List<String[]> got, List<String> out) {
        Map<String, String[]> gotByKey = new HashMap<>();
        for (String[] row : got) {
            if (gotByKey.put(key(table, row), row) != null) {
                out.add(table.fileStem() + " " + key(table, row) + ": duplicate row");
            }
        }
        for (String[] wantRow : want) {
            String key = key(table, wantRow);
            String[] gotRow = gotByKey.remove(key);
            if (gotRow == null) {
                out.add(table.fileStem() + " " + key + ": missing row");
                continue;
            }
            for (int c = 1; c < wantRow.length; c++) {
                if (!cellsMatch(wantRow[c], gotRow[c])) {
                    out.add(table.fileStem() + " " + key + " " + table.columns().get(c)
                            + ": expected " + wantRow[c] + ", got " + gotRow[c]);
                }
            }
        }
        for (String key : gotByKey.keySet()) {
            out.add(table.fileStem() + " " + key + ": unexpected row");
        }
    }

    private static String key(BatchTable table, String[] row) {
        StringBuilder key = new StringBuilder("[");
        for (String column : table.keyColumns()) {
            key.append(column).append('=').append(row[table.indexOf(column)]).append(' ');
        }
        return key.toString().strip() + "]";
    }

    /** Equal text, or two finite numbers within the tolerance. */
    public static boolean cellsMatch(String expected, String actual) {
        if (Objects.equals(expected, actual)) {
            return true;
        }
        Double e = finiteNumber(expected);
        Double a = finiteNumber(actual);
        if (e == null || a == null) {
            return false;
        }
        return Math.abs(e - a) <= TOLERANCE * Math.max(1.0, Math.abs(e));
    }

    private static Double finiteNumber(String text) {
        if (text == null || text.isEmpty() || !(Character.isDigit(text.charAt(text.length() - 1)) || text.endsWith("."))) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, List<String[]>> bySeries(List<String[]> rows) {
        Map<String, List<String[]>> map = new LinkedHashMap<>();
        for (String[] row : rows) {
            map.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
        }
        return map;
    }
}
