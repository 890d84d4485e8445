package org.equitylens.spc.qic;

import java.util.Locale;

/**
 * How several values with the same subgroup key become one plotted value when no denominators
 * are given (qicharts2 {@code agg.fun}). Missing values are ignored.
 */
public enum AggregateFunction {
    MEAN, MEDIAN, SUM, SD;

    /**
     * Looks a function up by its R name ({@code mean}, {@code median}, {@code sum}, {@code sd}).
     *
     * @param name the name, case-insensitive
     * @return the function
     * @throws IllegalArgumentException for an unknown name
     */
    public static AggregateFunction fromName(String name) {
        for (AggregateFunction function : values()) {
            if (function.rName().equalsIgnoreCase(name.strip())) {
                return function;
            }
        }
        throw new IllegalArgumentException("unknown agg_fun '" + name + "': use mean, median, sum or sd");
    }

    /** The R function's name: {@code mean}, {@code median}, {@code sum}, {@code sd}. */
    public String rName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Applies the function to the non-missing values (NaN = missing); as in R, a sum of none is 0, the rest NaN. */
    double apply(double[] values) {
        return switch (this) {
            case MEAN -> ExactStats.mean(values);
            case MEDIAN -> ExactStats.median(values);
            case SUM -> ExactStats.sum(values);
            case SD -> ExactStats.sd(values);
        };
    }
}
