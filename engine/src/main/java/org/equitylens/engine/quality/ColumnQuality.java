package org.equitylens.engine.quality;

/**
 * Completeness and validity of one column.
 *
 * @param column the header as in the file
 * @param role the column role
 * @param rows rows in the extract
 * @param present rows with a non-blank value
 * @param valid rows whose value passes the column's rules
 */
public record ColumnQuality(String column, String role, long rows, long present, long valid) {

    /** Percentage of rows with a value. */
    public double completeness() {
        return Percent.of(present, rows);
    }

    /** Percentage of present values that are valid. */
    public double validity() {
        return Percent.of(valid, present);
    }
}
