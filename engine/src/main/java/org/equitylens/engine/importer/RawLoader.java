package org.equitylens.engine.importer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.store.Sql;

/**
 * Opens an extract as text. CSV and Parquet become a scan that DuckDB itself runs when queried
 * (parallel, streaming, nothing passes through the JVM heap); XLSX is streamed row by row through
 * fastexcel into a DuckDB appender and a staging table. Values are trimmed and blanks become NULL, so the three
 * formats give the same staging table for the same content. A CSV or Parquet scan can also be read
 * with the date and number columns typed by DuckDB's reader ({@link Extract#forRoles}).
 */
public final class RawLoader {

    private final Connection connection;
    private final Path tmpDir;

    RawLoader(Connection connection, Path tmpDir) {
        this.connection = connection;
        this.tmpDir = tmpDir;
    }

    /**
     * An extract as read: its text, and for a streaming scan the column types its reader offers
     * ({@link ValueType}), so that once roles are known it can be read again with dates and numbers
     * typed by the reader ({@link #forRoles}).
     *
     * @param offered DuckDB's type for each column (sniffed for CSV, declared by Parquet); empty when the extract is only text
     * @param typedScan the scan that reads the file with the given DuckDB type per column
     * @param expectedRows the data rows, estimated from the sniffed start of a streamed CSV, for progress reports
     */
    record Extract(RawTable text, List<String> offered, Function<List<String>, String> typedScan, long expectedRows) {

        /**
         * The extract with the columns of date and number roles read as dates and numbers where the
         * reader offers that type, the rest as text; the text itself when no column would be typed.
         */
        RawTable forRoles(ColumnMapping mapping) {
            if (offered.isEmpty()) {
                return text;
            }
            List<ValueType> types = new ArrayList<>();
            List<String> readAs = new ArrayList<>();
            for (int i = 0; i < text.headers().size(); i++) {
                ColumnRole role = mapping.roles().getOrDefault(text.headers().get(i), ColumnRole.IGNORE);
                ValueType type = ValueType.forRole(role, ValueType.ofDuckDb(offered.get(i)));
                types.add(type);
                readAs.add(type == ValueType.TEXT ? "VARCHAR" : offered.get(i));
            }
            if (types.stream().allMatch(t -> t == ValueType.TEXT)) {
                return text;
            }
            return new RawTable(relation(typedScan.apply(readAs), text.headers(), text.columns(), types), text.headers(),
                    text.columns(), false, 0, types);
        }
    }

    Extract load(Path file, SourceFormat format, ImportOptions options, String table) throws SQLException, IOException {
        return switch (format) {
            case CSV -> loadCsv(file, options, table);
            case PARQUET -> {
                String scan = "read_parquet(" + Sql.str(file.toAbsolutePath().toString()) + ")";
                List<String[]> described = describe(file, scan);
                List<String> headers = described.stream().map(d -> d[0]).toList();
                // Parquet keeps row counts in its footer, so this reads no data.
                yield new Extract(loadScan(file, scan, headers, table, false), described.stream().map(d -> d[1]).toList(),
                        types -> scan, count(scan));
            }
            case XLSX -> {
                RawTable text = loadXlsx(file, options, table);
                yield new Extract(text, List.of(), types -> {
                    throw new IllegalStateException("XLSX is read as text");
                }, count(text.table()));
            }
        };
    }

    private Extract loadCsv(Path file, ImportOptions options, String table) throws SQLException, IOException {
        Path utf8 = file;
        CsvSniffer.Sample sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = CsvSniffer.Sample.read(in);
        }
        CsvSniffer.Format format = CsvSniffer.sniff(sample, options.encoding().map(e -> e.toLowerCase(Locale.ROOT)), options.delimiter());
        long expectedRows = sample.estimatedRows(Files.size(file));
        String encoding = format.encoding();
        if (encoding.equals(CsvSniffer.WINDOWS_1252) || encoding.equals("cp1252")) {
            // DuckDB reads only UTF-8 (and Latin-1, which differs from Windows-1252 in 0x80–0x9F), so transcode.
            utf8 = Files.createTempFile(tmpDir, "transcoded-", ".csv");
            transcode(file, utf8, Charset.forName(CsvSniffer.WINDOWS_1252));
        } else if (!encoding.equals(CsvSniffer.UTF_8) && !encoding.equals("utf8")) {
            throw new IllegalArgumentException("encoding must be UTF-8 or windows-1252, not " + encoding);
        }
        try {
            StringBuilder common = new StringBuilder("read_csv(").append(Sql.str(utf8.toAbsolutePath().toString()))
                    .append(", header = true, quote = '\"', escape = '\"'");
            common.append(", delim = ").append(Sql.str(String.valueOf(format.delimiter())));
            String text = common + ", all_varchar = true)";
            if (!utf8.equals(file)) {
                // A transcoded copy is deleted below, so it is read into a table now, as text.
                List<String> headers = describe(file, text).stream().map(d -> d[0]).toList();
                RawTable loaded = loadScan(file, text, headers, table, true);
                return new Extract(loaded, List.of(), types -> text, count(loaded.table()));
            }
            // Dates are typed only in ISO form, which is how the rules' own parse reads them first.
            String typed = common + ", dateformat = '%Y-%m-%d'";
            List<String[]> described;
            try {
                described = describeOrFail(typed + ")");
            } catch (SQLException e) {
                // The type sniffer gave up on this file; reading it as text reports the problem, if there is one.
                List<String> headers = describe(file, text).stream().map(d -> d[0]).toList();
                return new Extract(loadScan(file, text, headers, table, false), List.of(), types -> text, expectedRows);
            }
            List<String> headers = described.stream().map(d -> d[0]).toList();
            return new Extract(loadScan(file, text, headers, table, false), described.stream().map(d -> d[1]).toList(),
                    types -> typed + ", types = [" + types.stream().map(Sql::str).collect(Collectors.joining(", ")) + "])",
                    expectedRows);
        } finally {
            if (!utf8.equals(file)) {
                Files.deleteIfExists(utf8);
            }
        }
    }

    private long count(String relation) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + relation)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void transcode(Path from, Path to, Charset charset) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(from, charset);
             BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            char[] buffer = new char[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        }
    }

    /** Name and DuckDB type of each column of a scan; a file DuckDB cannot read is refused. */
    private List<String[]> describe(Path file, String scan) {
        try {
            return describeOrFail(scan);
        } catch (SQLException e) {
            throw EngineException.refused("Cannot read " + file.getFileName() + ": " + withoutRowValues(e.getMessage()));
        }
    }

    private List<String[]> describeOrFail(String scan) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + scan)) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString("column_name"), rs.getString("column_type")});
            }
        }
        return columns;
    }

    private RawTable loadScan(Path file, String scan, List<String> headers, String table, boolean materialize) throws SQLException {
        List<String> columns = safeNames(headers);
        List<ValueType> text = Collections.nCopies(headers.size(), ValueType.TEXT);
        String relation = relation(scan, headers, columns, text);
        if (!materialize) {
            return new RawTable(relation, headers, columns, false, 0);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE " + table + " AS SELECT * FROM " + relation);
        } catch (SQLException e) {
            throw EngineException.refused("Cannot read " + file.getFileName() + ": " + withoutRowValues(e.getMessage()));
        }
        return new RawTable(table, headers, columns, true, firstRowId(table));
    }

    /** The scan's columns under their safe names: typed ones as read, the rest as {@link #text} values. */
    private static String relation(String scan, List<String> headers, List<String> columns, List<ValueType> types) {
        String select = IntStream.range(0, headers.size())
                .mapToObj(i -> (types.get(i) == ValueType.TEXT ? text("CAST(" + Sql.id(headers.get(i)) + " AS VARCHAR)")
                        : Sql.id(headers.get(i))) + " AS " + Sql.id(columns.get(i)))
                .collect(Collectors.joining(", "));
        return "(SELECT " + select + " FROM " + scan + ")";
    }

    /**
     * A text value trimmed, blank as NULL. trim() removes spaces and the other Unicode space
     * separators, all of which are non-ASCII; most values have neither, so they are recognised cheaply
     * (an ASCII value has as many bytes as characters) and kept as they are, without building a new string.
     */
    static String text(String value) {
        return "CASE WHEN prefix(" + value + ", ' ') OR suffix(" + value + ", ' ') OR strlen(" + value + ") <> length(" + value
                + ") THEN NULLIF(trim(" + value + "), '') ELSE NULLIF(" + value + ", '') END";
    }

    private RawTable loadXlsx(Path file, ImportOptions options, String table) throws SQLException, IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Sheet sheet = options.sheet()
                    .map(name -> workbook.findSheet(name).orElseThrow(() -> EngineException.refused(
                            "No sheet named '" + name + "' in " + file.getFileName())))
                    .orElseGet(workbook::getFirstSheet);
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                if (!it.hasNext()) {
                    throw EngineException.refused("Sheet '" + sheet.getName() + "' of " + file.getFileName() + " is empty");
                }
                Row headerRow = it.next();
                List<String> headers = new ArrayList<>();
                for (int i = 0; i < headerRow.getCellCount(); i++) {
                    String text = cellText(headerRow.getCell(i));
                    headers.add(text == null ? "column" + (i + 1) : text);
                }
                List<String> columns = safeNames(headers);
                try (Statement st = connection.createStatement()) {
                    st.execute("CREATE TABLE " + table + " (" + columns.stream().map(c -> Sql.id(c) + " VARCHAR")
                            .collect(Collectors.joining(", ")) + ")");
                }
                String[] parts = table.split("\\.");
                try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(parts[0], parts[1].replace("\"", ""))) {
                    String[] values = new String[columns.size()];
                    while (it.hasNext()) {
                        Row row = it.next();
                        boolean blank = true;
                        for (int i = 0; i < values.length; i++) {
                            values[i] = i < row.getCellCount() ? cellText(row.getCell(i)) : null;
                            blank &= values[i] == null;
                        }
                        if (blank) {
                            continue;
                        }
                        appender.beginRow();
                        for (String value : values) {
                            if (value == null) {
                                appender.appendNull();
                            } else {
                                appender.append(value);
                            }
                        }
                        appender.endRow();
                    }
                }
                return new RawTable(table, headers, columns, true, firstRowId(table));
            }
        }
    }

    /** A cell as the text a CSV export of it would hold: dates ISO, numbers without trailing zeros. */
    private static String cellText(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> isDateFormat(cell.getDataFormatString())
                    ? cell.asDate().toLocalDate().toString()
                    : plain(cell.asNumber());
            case BOOLEAN -> cell.asBoolean().toString();
            default -> cell.getText();
        };
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return f.contains("d") || f.contains("y") || (f.contains("m") && !f.contains("0") && !f.contains("#"));
    }

    public static List<String> safeNames(List<String> headers) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String header : headers) {
            String base = Sql.safeName(header);
            String name = base;
            for (int i = 2; !seen.add(name); i++) {
                name = base + "_" + i;
            }
            names.add(name);
        }
        return names;
    }

    private long firstRowId(String table) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(min(rowid), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** DuckDB's CSV errors quote the offending line; keep only the lines that describe the problem. */
    static String withoutRowValues(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.lines()
                .filter(l -> !l.isBlank())
                .filter(l -> !l.toLowerCase(Locale.ROOT).contains("original line"))
                .filter(l -> !l.contains("\""))
                .limit(3)
                .collect(Collectors.joining(" "));
    }
}
