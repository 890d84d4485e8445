package org.equitylens.stats.table;

import java.util.Optional;

/**
 * Thrown when a statistical method refuses its input (negative counts, a numerator above its
 * denominator, a zero population, a missing band, an impossible confidence level...). The message
 * names the offending data row (1-based, as a spreadsheet user counts data rows below the header)
 * and field where there is one, so an analyst can find it; methods never answer bad input with NaN.
 */
public final class InputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Integer row;
    private final String field;

    private InputException(Integer row, String field, String problem) {
        super(describe(row, field, problem));
        this.row = row;
        this.field = field;
    }

    /** A problem with one cell: {@code row} is the 1-based data row of the input table. */
    public static InputException at(int row, String field, String problem) {
        return new InputException(row, field, problem);
    }

    /** A problem with a whole field (a column or a parameter). */
    public static InputException field(String field, String problem) {
        return new InputException(null, field, problem);
    }

    /** A problem with the call as a whole. */
    public static InputException of(String problem) {
        return new InputException(null, null, problem);
    }

    /** The 1-based data row, if the problem is in one row. */
    public Optional<Integer> row() {
        return Optional.ofNullable(row);
    }

    /** The column or parameter at fault, if any. */
    public Optional<String> fieldName() {
        return Optional.ofNullable(field);
    }

    private static String describe(Integer row, String field, String problem) {
        StringBuilder where = new StringBuilder();
        if (row != null) {
            where.append("row ").append(row);
        }
        if (field != null) {
            where.append(where.length() == 0 ? "" : ", ").append("field '").append(field).append('\'');
        }
        return where.length() == 0 ? problem : where + ": " + problem;
    }
}
