package org.equitylens.stats.compare;

import org.equitylens.stats.table.InputException;

/** Validation of counts and person-time, naming the row and field the peers would refuse. */
final class Counts {

    private Counts() {
    }

    /** A non-negative, finite value. */
    static double nonNegative(double value, int row, String field) {
        if (Double.isNaN(value)) {
            throw InputException.at(row, field, "is missing");
        }
        if (value < 0 || Double.isInfinite(value)) {
            throw InputException.at(row, field, "must be a non-negative finite number, got " + value);
        }
        return value;
    }

    /** A non-negative, finite value, or missing ({@code NaN}) where the peer propagates NA. */
    static double nonNegativeOrMissing(double value, int row, String field) {
        return Double.isNaN(value) ? value : nonNegative(value, row, field);
    }

    /** A non-negative count for an exact method, rounded to an integer as R's exact tests do. */
    static int count(double value, int row, String field) {
        nonNegative(value, row, field);
        if (value > Integer.MAX_VALUE) {
            throw InputException.at(row, field, "count too large for an exact method: " + value);
        }
        return (int) Math.rint(value);
    }

    /** A part that cannot exceed its whole (cases within those at risk). */
    static void notAbove(double part, double whole, int row, String field, String wholeField) {
        if (part > whole) {
            throw InputException.at(row, field, "exceeds " + wholeField + " (" + part + " > " + whole + ")");
        }
    }

    static void confidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw InputException.field("conf.level", "confidence level must lie strictly between 0 and 1, got " + level);
        }
    }
}
