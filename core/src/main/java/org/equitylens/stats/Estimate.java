package org.equitylens.stats;

/**
 * A statistic with its confidence interval: what every EquityLens statistic returns.
 *
 * @param value      the point estimate (NaN when it cannot be given, e.g. a suppressed DSR)
 * @param lower      lower confidence limit (NaN when there is none)
 * @param upper      upper confidence limit (NaN when there is none)
 * @param confidence the two-sided confidence level as a fraction, e.g. 0.95 (NaN when no interval)
 * @param method     how the interval was computed, e.g. "Wilson", "Byars", "Exact", "Dobson"
 */
public record Estimate(double value, double lower, double upper, double confidence, String method) {

    /** An estimate with a confidence interval. */
    public static Estimate of(double value, double lower, double upper, double confidence, String method) {
        return new Estimate(value, lower, upper, confidence, method);
    }
}
