package org.equitylens.stats.heat;

/**
 * One WHO HEAT summary measure with its uncertainty, as healthequal returns it
 * ({@code data.frame(measure, estimate, se, lowerci, upperci)}).
 *
 * @param measure    the peer's label ({@code "d"}, {@code "cov"}, {@code "par"}, ...)
 * @param estimate   the point estimate
 * @param se         the standard error on the scale the peer reports it (see each measure), or
 *                   {@code NaN} where the peer gives none (simulation intervals, missing SEs)
 * @param lower      the lower confidence limit, or {@code NaN} when it cannot be computed
 * @param upper      the upper confidence limit, or {@code NaN} when it cannot be computed
 * @param confidence the confidence level of the limits, e.g. 0.95
 * @param method     how the limits were obtained, in words
 */
public record SummaryMeasure(String measure, double estimate, double se, double lower, double upper,
        double confidence, String method) {

    /** Whether limits are available. */
    public boolean hasInterval() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
}
