package org.equitylens.engine.importer;

import java.util.List;

/**
 * An extract loaded as text into a staging table: one VARCHAR column per file column (trimmed, blank
 * as NULL), in file order.
 *
 * @param table the qualified table name
 * @param headers the headers as in the file
 * @param columns the safe column names, parallel to {@code headers}
 * @param rows the number of data rows
 * @param firstRowId the rowid of the first data row (rows inserted in an open transaction are numbered
 *     from a large offset, so row numbers are computed relative to it)
 */
public record RawTable(String table, List<String> headers, List<String> columns, long rows, long firstRowId) {

    public RawTable {
        headers = List.copyOf(headers);
        columns = List.copyOf(columns);
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
}
