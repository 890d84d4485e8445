package org.equitylens.spc.qic;

/**
 * One input row of a qicharts2 chart.
 *
 * @param x subgroup key (rows with equal keys form one subgroup; subgroups are ordered by key)
 * @param y value, or numerator for charts with denominators; NaN when missing
 * @param n denominator or exposure; NaN when missing or not applicable
 */
public record QicObservation(double x, double y, double n) {

    /** A row without a denominator. */
    public static QicObservation of(double x, double y) {
        return new QicObservation(x, y, Double.NaN);
    }

    /** A row with a denominator (or exposure). */
    public static QicObservation of(double x, double y, double n) {
        return new QicObservation(x, y, n);
    }
}
