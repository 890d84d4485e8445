package org.equitylens.stats;

/**
 * Confidence limits for a Poisson count O, as PHEindicatormethods computes them: exact (chi-square
 * form) below 10 events, Byar's approximation at 10 or more (Breslow &amp; Day 1987).
 */
public final class PoissonLimits {

    /** Counts from here on use Byar's approximation. */
    public static final double BYARS_FROM = 10;

    private PoissonLimits() {
    }

    /** Exact lower limit {@code qchisq((1−c)/2, 2O)/2} (0 for O = 0). */
    public static double exactLower(double o, double confidence) {
        return Distributions.qchisq((1 - confidence) / 2, 2 * o) / 2;
    }

    /** Exact upper limit {@code qchisq(c + (1−c)/2, 2O + 2)/2}. */
    public static double exactUpper(double o, double confidence) {
        return Distributions.qchisq(confidence + (1 - confidence) / 2, 2 * o + 2) / 2;
    }

    /** Byar's lower limit {@code O(1 − 1/(9O) − z/(3√O))³}. */
    public static double byarsLower(double o, double confidence) {
        double z = Distributions.twoSidedZ(confidence);
        return o * Math.pow(1 - 1 / (9 * o) - z / (3 * Math.sqrt(o)), 3);
    }

    /** Byar's upper limit {@code (O+1)(1 − 1/(9(O+1)) + z/(3√(O+1)))³}. */
    public static double byarsUpper(double o, double confidence) {
        double z = Distributions.twoSidedZ(confidence);
        double o1 = o + 1;
        return o1 * Math.pow(1 - 1 / (9 * o1) + z / (3 * Math.sqrt(o1)), 3);
    }

    /**
     * The limits for a count with PHE's switch: exact below 10, Byar's from 10 (method "Exact" or
     * "Byars"). Use for rates of events in a population (per 100,000) and for observed/expected ratios.
     */
    public static Estimate of(double o, double confidence) {
        if (o < BYARS_FROM) {
            return Estimate.of(o, exactLower(o, confidence), exactUpper(o, confidence), confidence, "Exact");
        }
        return Estimate.of(o, byarsLower(o, confidence), byarsUpper(o, confidence), confidence, "Byars");
    }
}
