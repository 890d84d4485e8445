package org.equitylens.stats;

/**
 * The NHS Workforce Race Equality Standard (WRES) relative-likelihood indicators (NHS England WRES
 * indicator definitions). A relative likelihood is a ratio of two rates, events/at-risk in the
 * focus group over the same in the comparator group:
 * <ul>
 * <li>indicator 2 — White applicants appointed from shortlisting, over BME applicants (focus White);</li>
 * <li>indicator 3 — BME staff entering the formal disciplinary process, over White staff (focus BME);</li>
 * <li>indicator 4 — White staff accessing non-mandatory training and CPD, over BME staff (focus White).</li>
 * </ul>
 * It is numerically a risk ratio, so the interval is Katz's log interval (Katz et al. 1978; epitools
 * {@code riskratio.wald} with the comparator as reference): exp(ln RL ∓ z·√(1/a₁ − 1/n₁ + 1/a₀ − 1/n₀)).
 * No events in the comparator gives an infinite RL; none in the focus group gives 0. NHS England's
 * "A fair experience for all" (2019) treats 0.80–1.25 as the non-adverse band (the four-fifths
 * principle).
 */
public final class WorkforceRaceEquality {

    /** Lower edge of the non-adverse band. */
    public static final double NON_ADVERSE_LOWER = 0.80;
    /** Upper edge of the non-adverse band. */
    public static final double NON_ADVERSE_UPPER = 1.25;

    private WorkforceRaceEquality() {
    }

    /** Which group is the focus (numerator) of the relative likelihood for a WRES indicator. */
    public enum Focus { WHITE, BME }

    /** The focus group of indicators 2, 3 and 4; other indicators are not relative likelihoods. */
    public static Focus focus(int indicator) {
        return switch (indicator) {
            case 2, 4 -> Focus.WHITE;
            case 3 -> Focus.BME;
            default -> throw new IllegalArgumentException("WRES indicator " + indicator
                    + " is not a relative likelihood (only 2, 3 and 4 are)");
        };
    }

    /** The relative likelihood of the focus group over the comparator with its Katz interval. */
    public static Estimate relativeLikelihood(double focusEvents, double focusAtRisk, double comparatorEvents,
            double comparatorAtRisk, double confidence) {
        double rl = (focusEvents / focusAtRisk) / (comparatorEvents / comparatorAtRisk);
        double se = Math.sqrt(1 / focusEvents - 1 / focusAtRisk + 1 / comparatorEvents - 1 / comparatorAtRisk);
        double z = Distributions.twoSidedZ(confidence);
        double log = Math.log(rl);
        return Estimate.of(rl, Math.exp(log - z * se), Math.exp(log + z * se), confidence, "Katz");
    }

    /** True when a relative likelihood lies in the non-adverse band 0.80–1.25. */
    public static boolean nonAdverse(double relativeLikelihood) {
        return relativeLikelihood >= NON_ADVERSE_LOWER && relativeLikelihood <= NON_ADVERSE_UPPER;
    }
}
