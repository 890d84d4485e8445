package org.equitylens.spc.batch;

import java.util.Arrays;
import java.util.Objects;

/**
 * One row being written to a {@link BatchTable}, filled column by column with the vectors' text
 * conventions. {@code series_id} is set on creation; every other column must be set before the row
 * is added (checked by {@link BatchOutput#add}). Nullable overloads write {@code NA} for null.
 */
public final class OutputRow {

    private final BatchTable table;
    private final String[] cells;

    OutputRow(BatchTable table, String seriesId) {
        this.table = table;
        this.cells = new String[table.columns().size()];
        cells[0] = Objects.requireNonNull(seriesId, "seriesId");
    }

    public BatchTable table() {
        return table;
    }

    /** A double in shortest round-trip form; NaN is written {@code NaN}. */
    public OutputRow set(String column, double value) {
        return text(column, Values.format(value));
    }

    /** A whole number. */
    public OutputRow set(String column, long value) {
        return text(column, Long.toString(value));
    }

    /** {@code TRUE}/{@code FALSE}. */
    public OutputRow set(String column, boolean value) {
        return text(column, Values.format(value));
    }

    /** A double, or {@code NA} when null. */
    public OutputRow set(String column, Double value) {
        return text(column, value == null ? Values.NA : Values.format(value));
    }

    /** A whole number, or {@code NA} when null. */
    public OutputRow set(String column, Integer value) {
        return text(column, value == null ? Values.NA : value.toString());
    }

    /** {@code TRUE}/{@code FALSE}, or {@code NA} when null. */
    public OutputRow set(String column, Boolean value) {
        return text(column, value == null ? Values.NA : Values.format(value));
    }

    /** Text as is, or {@code NA} when null (use {@code ""} for an empty field). */
    public OutputRow set(String column, String value) {
        return text(column, value == null ? Values.NA : value);
    }

    /** {@code NA}. */
    public OutputRow na(String column) {
        return text(column, Values.NA);
    }

    private OutputRow text(String column, String text) {
        int i = table.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(table.fileName() + " has no column " + column);
        }
        cells[i] = text;
        return this;
    }

    /** The cells in column order; fails if any column is unset. */
    String[] cells() {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                throw new IllegalStateException(
                        table.fileName() + ": column " + table.columns().get(i) + " not set for " + cells[0]);
            }
        }
        return Arrays.copyOf(cells, cells.length);
    }
}
