package org.equitylens.engine.importer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * An extract as text: one VARCHAR column per file column (trimmed, blank as NULL), in file order.
 * Either a table (XLSX and transcoded CSV are loaded first) or a streaming scan of the file itself
 * (CSV and Parquet), which costs nothing until queried and keeps memory flat however large the file.
 *
 * @param relation a table name, or a parenthesised SELECT over the file
 * @param headers the headers as in the file
 * @param columns the safe column names, parallel to {@code headers}
 * @param materialized true when {@code relation} is a table (then row numbers are available)
 * @param firstRowId the rowid of the first data row of a table (rows inserted in an open transaction
 *     are numbered from a large offset, so row numbers are computed relative to it)
 */
public record RawTable(String relation, List<String> headers, List<String> columns, boolean materialized, long firstRowId) {

    public RawTable {
        headers = List.copyOf(headers);
        columns = List.copyOf(columns);
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
        int i = headers.indexOf(header);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + header);
        }
        return columns.get(i);
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
                return new RawTable(name, headers, columns, true, rs.getLong(1));
            }
        }
    }
}
