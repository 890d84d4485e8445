package org.equitylens.stats.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@link Table}s as tidy CSV the way R's {@code write.csv}/{@code read.csv} exchange
 * them: a header row, {@code NA} for missing, {@code NaN}, {@code Inf}, {@code -Inf},
 * {@code TRUE}/{@code FALSE}, quoted text ({@code ""} escapes a quote). An unquoted cell that parses
 * as a number is a number; a quoted cell is always text.
 */
public final class CsvTables {

    private CsvTables() {
    }

    public static Table read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Table read(Reader reader) {
        BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        try {
            List<List<Object>> records = parse(in);
            if (records.isEmpty()) {
                throw InputException.of("the CSV file is empty (a header row is required)");
            }
            List<String> header = new ArrayList<>();
            for (Object name : records.get(0)) {
                header.add(name == null ? "NA" : name.toString());
            }
            List<Object[]> rows = new ArrayList<>(records.size() - 1);
            for (int r = 1; r < records.size(); r++) {
                List<Object> record = records.get(r);
                if (record.size() != header.size()) {
                    throw InputException.at(r, null, "has " + record.size() + " cells but the header has "
                            + header.size());
                }
                rows.add(record.toArray());
            }
            return Table.of(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Table table, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Table table, Writer out) {
        try {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < table.columns().size(); c++) {
                line.append(c == 0 ? "" : ",").append(quote(table.columns().get(c)));
            }
            out.write(line.append('\n').toString());
            for (int r = 0; r < table.rowCount(); r++) {
                line.setLength(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    line.append(c == 0 ? "" : ",").append(format(table.get(r, c)));
                }
                out.write(line.append('\n').toString());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as written: integers without a decimal point, other doubles round-trip exactly. */
    public static String format(Object cell) {
        if (cell == null) {
            return "NA";
        }
        if (cell instanceof Double) {
            double d = (Double) cell;
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "Inf" : "-Inf";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        if (cell instanceof Boolean) {
            return (Boolean) cell ? "TRUE" : "FALSE";
        }
        return quote(cell.toString());
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static List<List<Object>> parse(BufferedReader in) throws IOException {
        List<List<Object>> records = new ArrayList<>();
        List<Object> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        boolean any = false;
        int ch;
        while ((ch = in.read()) != -1) {
            char c = (char) ch;
            if (inQuotes) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        inQuotes = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    cell.append(c);
                }
                continue;
            }
            if (c == '"' && cell.length() == 0) {
                inQuotes = true;
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(value(cell.toString(), quoted));
                cell.setLength(0);
                quoted = false;
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                if (any || cell.length() > 0) {
                    record.add(value(cell.toString(), quoted));
                    records.add(record);
                }
                record = new ArrayList<>();
                cell.setLength(0);
                quoted = false;
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (any || cell.length() > 0) {
            record.add(value(cell.toString(), quoted));
            records.add(record);
        }
        return records;
    }

    private static Object value(String text, boolean quoted) {
        if (quoted) {
            return text;
        }
        String t = text.strip();
        switch (t) {
            case "":
            case "NA":
                return null;
            case "NaN":
                return Double.NaN;
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            case "TRUE":
                return Boolean.TRUE;
            case "FALSE":
                return Boolean.FALSE;
            default:
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    return t;
                }
        }
    }
}
