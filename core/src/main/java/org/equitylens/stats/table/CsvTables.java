package org.equitylens.stats.table;

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
        try {
            Records records = new Records(reader);
            List<Object> first = records.next();
            if (first == null) {
                throw InputException.of("the CSV file is empty (a header row is required)");
            }
            List<String> header = new ArrayList<>();
            for (Object name : first) {
                header.add(name == null ? "NA" : name.toString());
            }
            Table.Builder rows = Table.builder(header);
            Object[] cells = new Object[header.size()];
            int row = 0;
            for (List<Object> record = records.next(); record != null; record = records.next()) {
                row++;
                if (record.size() != header.size()) {
                    throw InputException.at(row, null, "has " + record.size() + " cells but the header has "
                            + header.size());
                }
                rows.add(record.toArray(cells));
            }
            return rows.build();
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

    /**
     * The records of a CSV text one at a time, read through a buffer of characters: a quote opens
     * quoted text only at the start of a cell, {@code ""} inside it is a quote, a record ends at
     * {@code \n}, {@code \r} or {@code \r\n}, and blank lines are skipped.
     */
    private static final class Records {
        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int length;
        private final List<Object> record = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();

        Records(Reader in) {
            this.in = in;
        }

        /** The next record's cells (the same list each time), or null at the end. */
        List<Object> next() throws IOException {
            record.clear();
            cell.setLength(0);
            boolean quoted = false;
            boolean inQuotes = false;
            boolean any = false;
            int ch;
            while ((ch = read()) != -1) {
                char c = (char) ch;
                if (inQuotes) {
                    if (c != '"') {
                        cell.append(c);
                    } else if (peek() == '"') {
                        read();
                        cell.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else if (c == '"' && cell.length() == 0) {
                    inQuotes = true;
                    quoted = true;
                    any = true;
                } else if (c == ',') {
                    record.add(value(cell.toString(), quoted));
                    cell.setLength(0);
                    quoted = false;
                    any = true;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    if (any || cell.length() > 0) {
                        record.add(value(cell.toString(), quoted));
                        return record;
                    }
                } else {
                    cell.append(c);
                    any = true;
                }
            }
            if (any || cell.length() > 0) {
                record.add(value(cell.toString(), quoted));
                return record;
            }
            return null;
        }

        private int read() throws IOException {
            return fill() ? buffer[position++] : -1;
        }

        private int peek() throws IOException {
            return fill() ? buffer[position] : -1;
        }

        private boolean fill() throws IOException {
            while (position == length) {
                length = in.read(buffer, 0, buffer.length);
                position = 0;
                if (length < 0) {
                    length = 0;
                    return false;
                }
            }
            return true;
        }
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
