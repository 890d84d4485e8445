package org.equitylens.stats.compare;

/**
 * An estimate with the two-sided p-value of the peer's test of no difference.
 *
 * @param estimate the estimate and its interval
 * @param pValue   the two-sided p-value
 */
public record TestedEstimate(Estimate estimate, double pValue) {
}
