package org.equitylens.stats.compare;

/**
 * A point estimate with its confidence interval.
 *
 * @param value      the estimate (ratio, difference or proportion)
 * @param lower      the lower confidence limit ({@code NaN} where none applies, e.g. a reference row)
 * @param upper      the upper confidence limit
 * @param confidence the confidence level, e.g. 0.95
 * @param method     how the estimate and interval were obtained, in words
 */
public record Estimate(double value, double lower, double upper, double confidence, String method) {

    /** The estimate of a reference group compared with itself: 1 without limits. */
    static Estimate reference(double confidence, String method) {
        return new Estimate(1, Double.NaN, Double.NaN, confidence, method);
    }
}
