package org.equitylens.engine.importer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import org.equitylens.engine.sql.Dialect;

/**
 * An extract: one column per file column, in file order — text (trimmed, blank as NULL) unless
 * {@link #types} says the reader typed it as a date or a number. Either a table (XLSX and transcoded
 * CSV are loaded first) or a streaming scan of the file itself (CSV and Parquet), which costs nothing
 * until queried and keeps memory flat however large the file.
 *
 * @param relation a table name, or a parenthesised SELECT over the file
 * @param headers the headers as in the file
 * @param columns the safe column names, parallel to {@code headers}
 * @param materialized true when {@code relation} is a table (then row numbers are available)
 * @param firstRowId the rowid of the first data row of a table (rows inserted in an open transaction
 *     are numbered from a large offset, so row numbers are computed relative to it)
 * @param types how each column was read, parallel to {@code headers}
 */
public record RawTable(String relation, List<String> headers, List<String> columns, boolean materialized, long firstRowId,
        List<ValueType> types) {

    public RawTable {
        headers = List.copyOf(headers);
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        if (types.size() != headers.size()) {
            throw new IllegalArgumentException("one type per column");
        }
    }

    /** Every column read as text. */
    public RawTable(String relation, List<String> headers, List<String> columns, boolean materialized, long firstRowId) {
        this(relation, headers, columns, materialized, firstRowId, Collections.nCopies(headers.size(), ValueType.TEXT));
    }

    /** True when every column is text, as the row-level {@code Validator} needs. */
    public boolean allText() {
        return types.stream().allMatch(t -> t == ValueType.TEXT);
    }

    /** How the column holding the file column {@code header} was read. */
    public ValueType type(String header) {
        return types.get(index(header));
    }

    /**
     * The column as a DATE: itself when it was read as one, else its text parsed as the rules parse
     * it ({@link Dialect#date}). {@code ref} is the column's (qualified, quoted) reference.
     */
    public String date(Dialect sql, String header, String ref) {
        return type(header) == ValueType.DATE ? ref : sql.date(ref);
    }

    /** The column as a DOUBLE: itself when read as a number, else its text parsed ({@link Dialect#number}). */
    public String number(Dialect sql, String header, String ref) {
        return type(header) == ValueType.NUMBER ? "CAST(" + ref + " AS DOUBLE)" : sql.number(ref);
    }

    /** The relation as a table name; only for materialized tables. */
    public String table() {
        if (!materialized) {
            throw new IllegalStateException("a streaming scan has no table name");
        }
        return relation;
    }

    /** SQL for the row number a user sees: the header is row 1, the first data row is row 2. */
    public String rowNumber() {
        return "(rowid - " + firstRowId + " + 2)";
    }

    /** The staging column holding the file column {@code header}. */
    public String column(String header) {
        return columns.get(index(header));
    }

    private int index(String header) {
        int i = headers.indexOf(header);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + header);
        }
        return i;
    }

    /** The first {@code rows} rows as a temporary table, for guesses that need not read the whole extract. */
    public RawTable head(Connection connection, String name, int rows) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE " + name + " AS SELECT * FROM " + relation + " LIMIT " + rows);
        }
        return new RawTable(name, headers, columns, true, 0, types);
    }

    /** This extract as a temporary table (read once more), for row-level reports. */
    public RawTable materialize(Connection connection, String name) throws SQLException {
        if (materialized) {
            return this;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE " + name + " AS SELECT * FROM " + relation);
            try (ResultSet rs = st.executeQuery("SELECT coalesce(min(rowid), 0) FROM " + name)) {
                rs.next();
                return new RawTable(name, headers, columns, true, rs.getLong(1), types);
            }
        }
    }
}
