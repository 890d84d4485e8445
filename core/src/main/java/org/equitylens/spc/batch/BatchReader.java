package org.equitylens.spc.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the long format of the SPC vectors: {@code series.csv} (one row per observation) and
 * {@code series_meta.csv} (one row per series), into one {@link BatchSeries} per meta row, in meta
 * order. Columns are found by header name; unknown columns are kept in {@link SeriesMeta#columns()}.
 */
public final class BatchReader {

    private BatchReader() {
    }

    /** Reads both files; a malformed field fails with its file, line and column. */
    public static List<BatchSeries> read(Path seriesCsv, Path metaCsv) throws IOException {
        List<SeriesMeta> metas = readMeta(metaCsv);
        Map<String, List<SeriesRow>> rows = readRows(seriesCsv);
        List<BatchSeries> batch = new ArrayList<>(metas.size());
        for (SeriesMeta meta : metas) {
            batch.add(new BatchSeries(meta, rows.getOrDefault(meta.seriesId(), List.of())));
        }
        return batch;
    }

    /** Reads {@code series_meta.csv}. */
    public static List<SeriesMeta> readMeta(Path metaCsv) throws IOException {
        Table table = Table.read(metaCsv);
        List<SeriesMeta> metas = new ArrayList<>();
        for (int r = 0; r < table.rows.size(); r++) {
            Field f = table.field(r);
            metas.add(new SeriesMeta(
                    f.required("series_id"),
                    f.text("peer"),
                    f.text("chart"),
                    lower(f.text("improvement_direction")),
                    f.parse("target", Values::parseDouble),
                    f.list("rebase_dates", LocalDate::parse),
                    f.parse("fix_after_n_points", BatchReader::parseInt),
                    f.parse("screen_outliers", BatchReader::parseBoolean),
                    f.parse("freeze", BatchReader::parseInt),
                    f.list("part", BatchReader::parseInt),
                    f.list("exclude", BatchReader::parseInt),
                    f.parse("cl", Values::parseDouble),
                    f.parse("multiply", Values::parseDouble),
                    f.parse("screenedmr", BatchReader::parseBoolean),
                    f.text("agg_fun"),
                    f.text("description"),
                    f.all()));
        }
        return metas;
    }

    /** Reads {@code series.csv}, grouped by series id, rows in file order. */
    public static Map<String, List<SeriesRow>> readRows(Path seriesCsv) throws IOException {
        Table table = Table.read(seriesCsv);
        Map<String, List<SeriesRow>> bySeries = new LinkedHashMap<>();
        for (int r = 0; r < table.rows.size(); r++) {
            Field f = table.field(r);
            String id = f.required("series_id");
            List<SeriesRow> rows = bySeries.computeIfAbsent(id, k -> new ArrayList<>());
            Integer row = f.parse("row", BatchReader::parseInt);
            rows.add(new SeriesRow(
                    row == null ? rows.size() + 1 : row,
                    f.text("x"),
                    f.parse("date", LocalDate::parse),
                    nanIfNull(f.parse("y", Values::parseDouble)),
                    nanIfNull(f.parse("n", Values::parseDouble))));
        }
        return bySeries;
    }

    private static double nanIfNull(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static Integer parseInt(String text) {
        double value = Double.parseDouble(text);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("not an integer: " + text);
        }
        return (int) value;
    }

    private static Boolean parseBoolean(String text) {
        switch (text.toUpperCase(Locale.ROOT)) {
            case "TRUE":
            case "T":
                return Boolean.TRUE;
            case "FALSE":
            case "F":
                return Boolean.FALSE;
            default:
                throw new IllegalArgumentException("not TRUE/FALSE: " + text);
        }
    }

    /** A parsed CSV file with its header index. */
    private static final class Table {
        final Path file;
        final Map<String, Integer> header = new HashMap<>();
        final List<String[]> rows;

        private Table(Path file, List<String[]> records) {
            this.file = file;
            if (records.isEmpty()) {
                throw new IllegalArgumentException(file + ": empty file, expected a header row");
            }
            String[] names = records.get(0);
            for (int i = 0; i < names.length; i++) {
                header.put(names[i].strip(), i);
            }
            this.rows = records.subList(1, records.size());
        }

        static Table read(Path file) throws IOException {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return new Table(file, Csv.parse(in));
            }
        }

        Field field(int r) {
            return new Field(this, r);
        }
    }

    /** Typed access to the fields of one record, with file/line/column in every error. */
    private static final class Field {
        private final Table table;
        private final int r;

        Field(Table table, int r) {
            this.table = table;
            this.r = r;
        }

        String text(String column) {
            Integer i = table.header.get(column);
            String[] record = table.rows.get(r);
            if (i == null || i >= record.length) {
                return null;
            }
            String value = record[i].strip();
            return Values.isNa(value) ? null : value;
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw error(column, "missing value");
            }
            return value;
        }

        <T> T parse(String column, Function<String, T> parser) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw error(column, "cannot read '" + value + "': " + e.getMessage());
            }
        }

        <T> List<T> list(String column, Function<String, T> parser) {
            String value = text(column);
            if (value == null) {
                return List.of();
            }
            List<T> items = new ArrayList<>();
            for (String item : value.split(";")) {
                if (!item.isBlank()) {
                    try {
                        items.add(parser.apply(item.strip()));
                    } catch (IllegalArgumentException | DateTimeParseException e) {
                        throw error(column, "cannot read '" + item + "': " + e.getMessage());
                    }
                }
            }
            return items;
        }

        Map<String, String> all() {
            Map<String, String> all = new LinkedHashMap<>();
            String[] record = table.rows.get(r);
            table.header.forEach((name, i) -> all.put(name, i < record.length ? record[i] : Values.NA));
            return all;
        }

        IllegalArgumentException error(String column, String message) {
            return new IllegalArgumentException(
                    table.file.getFileName() + " line " + (r + 2) + ", column " + column + ": " + message);
        }
    }
}
