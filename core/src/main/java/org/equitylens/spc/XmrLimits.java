package org.equitylens.spc;

/**
 * Centre line and process limits of one group of an XmR chart.
 *
 * <p>Formulas (NHS England Making Data Count; NHSRplotthedots {@code ptd_spc_standard()}):
 * {@code mean = x̄} of the baseline points; moving ranges {@code mR_k = |x_k − x_(k−1)|} between
 * consecutive baseline points; {@code amr = mean(mR)}; optionally screened once (Nelson 1982): moving
 * ranges {@code ≥ 3.267·amr} are dropped and {@code amr} recomputed. Limits {@code mean ± 2.66·amr}
 * (2.66 = 3/d₂, d₂ = 1.128 rounded as MDC does), 2σ lines {@code mean ± 2·(2.66/3)·amr}. No clamping.
 * A group of one point, or one whose moving ranges are all screened out, has NaN limits.
 *
 * @param mean centre line
 * @param amr mean moving range after screening
 * @param lpl lower process limit
 * @param upl upper process limit
 * @param lowerTwoSigma lower 2σ line
 * @param upperTwoSigma upper 2σ line
 */
public record XmrLimits(double mean, double amr, double lpl, double upl, double lowerTwoSigma, double upperTwoSigma) {

    /** Limit multiplier on the mean moving range. */
    public static final double LIMIT = 2.66;
    /** 2σ multiplier, written as NHSRplotthedots writes it so the double is the same. */
    public static final double TWO_SIGMA = 2 * (LIMIT / 3);
    /** Moving ranges at or above this multiple of their mean are screened out. */
    public static final double SCREEN = 3.267;

    /** Limits from a centre line and a mean moving range. */
    public static XmrLimits of(double mean, double amr) {
        return new XmrLimits(mean, amr, mean - LIMIT * amr, mean + LIMIT * amr,
                mean - TWO_SIGMA * amr, mean + TWO_SIGMA * amr);
    }

    /**
     * Limits from the baseline points {@code y[baseline[0..count)]} (in date order).
     *
     * @param scratch work space of at least {@code count} doubles (reused to avoid allocation)
     */
    public static XmrLimits compute(double[] y, int[] baseline, int count, boolean screen, double[] scratch) {
        double mean = ExtendedPrecision.mean(y, baseline, count);
        int m = 0;
        for (int k = 1; k < count; k++) {
            scratch[m++] = Math.abs(y[baseline[k]] - y[baseline[k - 1]]);
        }
        double amr = ExtendedPrecision.mean(scratch, 0, m);
        if (screen) {
            double threshold = SCREEN * amr;
            int kept = 0;
            for (int k = 0; k < m; k++) {
                if (scratch[k] < threshold) {
                    scratch[kept++] = scratch[k];
                }
            }
            amr = ExtendedPrecision.mean(scratch, 0, kept);
        }
        return of(mean, amr);
    }

    /** False when the limits are NaN (no usable moving range). */
    public boolean defined() {
        return !Double.isNaN(upl);
    }
}
