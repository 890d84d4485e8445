package org.equitylens.spc;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An ordered series of dated values for an XmR chart (one value per period; for a rate, the rate).
 * Points are kept in date order; {@link #sourceIndex(int)} maps back to the input order. Missing
 * values and duplicate dates are refused with a message naming the date: SPC rules on a series with
 * gaps would silently mean something else.
 */
public final class Series {

    private final String name;
    private final LocalDate[] dates;
    private final double[] values;
    private final int[] sourceIndex;

    private Series(String name, LocalDate[] dates, double[] values, int[] sourceIndex) {
        this.name = name;
        this.dates = dates;
        this.values = values;
        this.sourceIndex = sourceIndex;
    }

    /**
     * A series from parallel lists of dates and values, in any order (sorted here by date).
     *
     * @throws IllegalArgumentException on differing lengths, a missing date or value, a non-finite
     *     value, or a duplicate date
     */
    public static Series of(String name, List<LocalDate> dates, double[] values) {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(values, "values");
        if (dates.size() != values.length) {
            throw new IllegalArgumentException(name + ": " + dates.size() + " dates but " + values.length + " values");
        }
        int n = values.length;
        LocalDate[] d = new LocalDate[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            d[i] = dates.get(i);
            if (d[i] == null) {
                throw new IllegalArgumentException(name + ": point " + (i + 1) + " has no date");
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + ": missing or non-finite value on " + d[i]
                        + " (SPC needs one value per period; fill or remove the gap explicitly)");
            }
            if (i > 0 && d[i].compareTo(d[i - 1]) <= 0) {
                sorted = false;
            }
        }
        if (sorted) {
            return new Series(name, d, values.clone(), null);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> d[i]));
        LocalDate[] sd = new LocalDate[n];
        double[] sv = new double[n];
        int[] source = new int[n];
        for (int k = 0; k < n; k++) {
            sd[k] = d[order[k]];
            sv[k] = values[order[k]];
            source[k] = order[k];
            if (k > 0 && sd[k].equals(sd[k - 1])) {
                throw new IllegalArgumentException(name + ": duplicate date " + sd[k]
                        + " (one value per period; aggregate duplicates first)");
            }
        }
        return new Series(name, sd, sv, source);
    }

    /**
     * A series of rates {@code multiplier × numerator / denominator} (e.g. per 1,000), one per period,
     * charted as an XmR chart as Making Data Count does for proportions and rates.
     *
     * @throws IllegalArgumentException on differing lengths, a missing count, or a denominator ≤ 0
     */
    public static Series ofRates(String name, List<LocalDate> dates, double[] numerators, double[] denominators,
            double multiplier) {
        if (numerators.length != denominators.length) {
            throw new IllegalArgumentException(name + ": " + numerators.length + " numerators but "
                    + denominators.length + " denominators");
        }
        double[] rates = new double[numerators.length];
        for (int i = 0; i < rates.length; i++) {
            if (!(denominators[i] > 0) || !Double.isFinite(numerators[i])) {
                throw new IllegalArgumentException(name + ": " + (i < dates.size() ? dates.get(i) : "point " + (i + 1))
                        + " needs a numerator and a positive denominator");
            }
            rates[i] = multiplier * numerators[i] / denominators[i];
        }
        return of(name, dates, rates);
    }

    public String name() {
        return name;
    }

    public int size() {
        return values.length;
    }

    /** Date of the i-th point in date order. */
    public LocalDate date(int i) {
        return dates[i];
    }

    /** Value of the i-th point in date order. */
    public double value(int i) {
        return values[i];
    }

    /** Position in the input lists of the i-th point in date order. */
    public int sourceIndex(int i) {
        return sourceIndex == null ? i : sourceIndex[i];
    }

    /** The values in date order (a copy). */
    public double[] values() {
        return values.clone();
    }

    double[] valuesInternal() {
        return values;
    }

    LocalDate[] datesInternal() {
        return dates;
    }
}
