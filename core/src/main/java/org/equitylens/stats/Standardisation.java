package org.equitylens.stats;

/**
 * Directly standardised rates (Dobson et al. 1991) and indirectly standardised ratios, as
 * PHEindicatormethods 2.1.0 computes them ({@code R/DSR.R}, {@code R/ISRatio.R}).
 */
public final class Standardisation {

    /** DSRs on fewer events than this are not published (value and limits missing). */
    public static final double DSR_MIN_EVENTS = 10;

    private Standardisation() {
    }

    /**
     * Directly standardised rate over strata i (age bands) with events x_i, population n_i and
     * standard population weights w_i (missing x_i count as 0):
     * <pre>
     *   DSR = Σ(x_i·w_i/n_i) / Σw_i × multiplier,   var = Σ(x_i·w_i²/n_i²) / (Σw_i)²
     *   limits = DSR + √(var/O)·(O_limit − O)·multiplier,  O = Σx_i, O_limit = Byar's limit of O
     * </pre>
     * (Dobson, Kuulasmaa, Eberle, Scherer 1991, Statistics in Medicine 10:457). Value and limits are
     * NaN when O &lt; 10, PHE's publication rule. Use it to compare areas or groups with different
     * age structures, e.g. mortality by ethnic group against ESP2013.
     */
    public static Estimate dsr(double[] x, double[] n, double[] w, double multiplier, double confidence) {
        return dsr(x, n, 0, w, multiplier, confidence);
    }

    /**
     * As {@link #dsr(double[], double[], double[], double, double)} for one group stored at
     * {@code offset} in flat arrays of events and populations (bands in the order of {@code w}),
     * so many groups can be standardised without copying.
     */
    public static Estimate dsr(double[] x, double[] n, int offset, double[] w, double multiplier,
            double confidence) {
        double events = 0;
        double weighted = 0;
        double variance = 0;
        double weights = 0;
        for (int i = 0; i < w.length; i++) {
            double xi = Double.isNaN(x[offset + i]) ? 0 : x[offset + i];
            double ni = n[offset + i];
            events += xi;
            weighted += xi * w[i] / ni;
            variance += xi * w[i] * w[i] / (ni * ni);
            weights += w[i];
        }
        return dobson(weighted / weights, variance / (weights * weights), events, multiplier, confidence);
    }

    /**
     * The Dobson interval for a DSR given on the per-person scale, its variance (per-person scale)
     * and the total event count; NaN when fewer than 10 events.
     */
    public static Estimate dobson(double rate, double variance, double events, double multiplier,
            double confidence) {
        if (events < DSR_MIN_EVENTS) {
            return Estimate.of(Double.NaN, Double.NaN, Double.NaN, confidence, "Dobson");
        }
        double scale = Math.sqrt(variance / events);
        double value = rate * multiplier;
        double lower = value + scale * (PoissonLimits.byarsLower(events, confidence) - events) * multiplier;
        double upper = value + scale * (PoissonLimits.byarsUpper(events, confidence) - events) * multiplier;
        return Estimate.of(value, lower, upper, confidence, "Dobson");
    }

    /**
     * Indirectly standardised ratio O/E × refvalue (refvalue 100 gives the familiar SMR × 100) with
     * the Poisson limits of O (exact below 10, Byar's from 10) divided by E. Use it when group
     * counts are too small for a DSR or when only the group's population by band is known.
     */
    public static Estimate indirectRatio(double observed, double expected, double refvalue, double confidence) {
        Estimate o = PoissonLimits.of(observed, confidence);
        return Estimate.of(observed / expected * refvalue, o.lower() / expected * refvalue,
                o.upper() / expected * refvalue, confidence, o.method());
    }
}
