package org.equitylens.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;

/** Confidence intervals for a proportion x/n. */
public final class Proportions {

    private Proportions() {
    }

    /**
     * Wilson score interval (Wilson 1927; Newcombe &amp; Altman 2000, as PHEindicatormethods
     * {@code wilson_lower}/{@code wilson_upper}):
     * {@code (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²))}, z = Φ⁻¹(c + (1−c)/2). Confidence 1 gives
     * [0, 1]. Use it for proportions (screening uptake, detention as a share of a population): it
     * behaves well near 0 and 1 and for small n, unlike the Wald interval.
     */
    public static Estimate wilson(double x, double n, double confidence) {
        double p = x / n;
        if (confidence == 1) {
            return Estimate.of(p, 0, 1, confidence, "Wilson");
        }
        double z = Distributions.twoSidedZ(confidence);
        return Estimate.of(p, wilsonLower(x, n, z), wilsonUpper(x, n, z), confidence, "Wilson");
    }

    /** Lower Wilson limit for critical value z (the order of operations follows the peer's). */
    public static double wilsonLower(double x, double n, double z) {
        return (2 * x + z * z - z * Math.sqrt(z * z + 4 * x * (1 - x / n))) / 2 / (n + z * z);
    }

    /** Upper Wilson limit for critical value z. */
    public static double wilsonUpper(double x, double n, double z) {
        return (2 * x + z * z + z * Math.sqrt(z * z + 4 * x * (1 - x / n))) / 2 / (n + z * z);
    }

    /**
     * Clopper–Pearson exact interval (Clopper &amp; Pearson 1934; R's {@code binom.test}):
     * lower = Beta⁻¹((1−c)/2; x, n − x + 1) (0 when x = 0), upper = Beta⁻¹(1 − (1−c)/2; x + 1, n − x)
     * (1 when x = n). Conservative; use it when an exact guarantee of coverage is needed.
     */
    public static Estimate clopperPearson(double x, double n, double confidence) {
        double alpha = (1 - confidence) / 2;
        double lower = x == 0 ? 0 : BetaDistribution.of(x, n - x + 1).inverseCumulativeProbability(alpha);
        double upper = x == n ? 1 : BetaDistribution.of(x + 1, n - x).inverseCumulativeProbability(1 - alpha);
        return Estimate.of(x / n, lower, upper, confidence, "Clopper-Pearson");
    }
}
