package org.equitylens.stats.compare;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.equitylens.stats.Distributions;

/**
 * Two-group comparisons as fmsb 0.7.6 computes them ({@code R/fmsb.R}): exposed group first, then
 * unexposed. All intervals are Wald-type with {@code z = Φ⁻¹(1 − (1 − c)/2)}; p-values are
 * {@code 2(1 − Φ(|Z|))} (computed that way, so very small p-values come out as 0, as in the peer).
 * Zero cells give the infinite or undefined results IEEE arithmetic gives, as in R, and a missing
 * input gives a missing result (R's NA propagates); negative inputs are refused.
 */
public final class Fmsb {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Fmsb() {
    }

    /**
     * Incidence rate ratio {@code IRR = (a/PT1)/(b/PT0)}, limits {@code IRR·exp(∓z√(1/a + 1/b))};
     * p from the score statistic {@code (a − PT1/T·M)/√(M·PT1/T·PT0/T)}, {@code M = a + b},
     * {@code T = PT1 + PT0}.
     */
    public static TestedEstimate rateRatio(double a, double b, double pt1, double pt0, double confidence, int row) {
        check(confidence, row, a, "a", b, "b", pt1, "PT1", pt0, "PT0");
        double m = a + b;
        double t = pt1 + pt0;
        double estimate = (a / pt1) / (b / pt0);
        double z = z(confidence);
        double chi = (a - (pt1 / t) * m) / Math.sqrt(m * (pt1 / t) * (pt0 / t));
        double se = Math.sqrt(1 / a + 1 / b);
        return new TestedEstimate(new Estimate(estimate, estimate * Math.exp(-z * se), estimate * Math.exp(z * se),
                confidence, "Wald interval on the log scale; score test"), p(chi));
    }

    /** Incidence rate difference {@code a/PT1 − b/PT0 ∓ z√(a/PT1² + b/PT0²)}; p from the Wald statistic. */
    public static TestedEstimate rateDifference(double a, double b, double pt1, double pt0, double confidence, int row) {
        check(confidence, row, a, "a", b, "b", pt1, "PT1", pt0, "PT0");
        double estimate = a / pt1 - b / pt0;
        double se = Math.sqrt(a / (pt1 * pt1) + b / (pt0 * pt0));
        double z = z(confidence);
        return new TestedEstimate(new Estimate(estimate, estimate - z * se, estimate + z * se, confidence,
                "Wald interval"), p(estimate / se));
    }

    /**
     * Risk ratio {@code RR = (X/m1)/(Y/m2)} with the Katz log interval
     * {@code RR·exp(∓z√(1/X − 1/m1 + 1/Y − 1/m2))}; p from the independence test with the
     * hypergeometric variance {@code (X − n1·m1/N)/√(n1 n2 m1 m2/N²/(N − 1))}, {@code n1 = X + Y}.
     */
    public static TestedEstimate riskRatio(double x, double y, double m1, double m2, double confidence, int row) {
        return riskRatio(x, y, m1, m2, confidence, true, row);
    }

    /**
     * As {@link #riskRatio(double, double, double, double, double, int)}; with
     * {@code pByIndependence} false the p-value is instead the Wald test of ln RR,
     * {@code 2(1 − Φ(|ln RR|/SE))} (fmsb's {@code p.calc.by.independence = FALSE}).
     */
    public static TestedEstimate riskRatio(double x, double y, double m1, double m2, double confidence,
            boolean pByIndependence, int row) {
        check(confidence, row, x, "X", y, "Y", m1, "m1", m2, "m2");
        Counts.notAbove(x, m1, row, "X", "m1");
        Counts.notAbove(y, m2, row, "Y", "m2");
        double estimate = (x / m1) / (y / m2);
        double n1 = x + y;
        double total = m1 + m2;
        double n2 = total - n1;
        double z = z(confidence);
        double chi = (x - n1 * m1 / total) / Math.sqrt(n1 * n2 * m1 * m2 / total / total / (total - 1));
        double se = Math.sqrt(1 / x - 1 / m1 + 1 / y - 1 / m2);
        double pValue = pByIndependence ? p(chi) : p(Math.log(estimate > 1 ? estimate : 1 / estimate) / se);
        return new TestedEstimate(new Estimate(estimate, estimate * Math.exp(-z * se), estimate * Math.exp(z * se),
                confidence, "Katz log interval; " + (pByIndependence ? "independence test" : "Wald test")), pValue);
    }

    /** Risk difference {@code a/N1 − b/N0 ∓ z√(a(N1 − a)/N1³ + b(N0 − b)/N0³)}; p from the Wald statistic. */
    public static TestedEstimate riskDifference(double a, double b, double n1, double n0, double confidence, int row) {
        check(confidence, row, a, "a", b, "b", n1, "N1", n0, "N0");
        Counts.notAbove(a, n1, row, "a", "N1");
        Counts.notAbove(b, n0, row, "b", "N0");
        double estimate = a / n1 - b / n0;
        double se = Math.sqrt(a * (n1 - a) / Math.pow(n1, 3) + b * (n0 - b) / Math.pow(n0, 3));
        double z = z(confidence);
        return new TestedEstimate(new Estimate(estimate, estimate - z * se, estimate + z * se, confidence,
                "Wald interval"), p(estimate / se));
    }

    /**
     * Odds ratio {@code OR = ad/(bc)} (a = exposed cases, b = unexposed cases, c/d = non-cases) with
     * the Woolf interval {@code OR·exp(∓z√(1/a + 1/b + 1/c + 1/d))}; p from the independence test
     * with the hypergeometric variance.
     */
    public static TestedEstimate oddsRatio(double a, double b, double c, double d, double confidence, int row) {
        return oddsRatio(a, b, c, d, confidence, true, row);
    }

    /**
     * As {@link #oddsRatio(double, double, double, double, double, int)}; with
     * {@code pByIndependence} false the p-value is the Wald test of ln OR.
     */
    public static TestedEstimate oddsRatio(double a, double b, double c, double d, double confidence,
            boolean pByIndependence, int row) {
        check(confidence, row, a, "a", b, "b", c, "c", d, "d");
        double m1 = a + b;
        double m0 = c + d;
        double n1 = a + c;
        double n0 = b + d;
        double total = a + b + c + d;
        double estimate = (a * d) / (b * c);
        double z = z(confidence);
        double chi = (a - n1 * m1 / total) / Math.sqrt(n1 * n0 * m1 * m0 / total / total / (total - 1));
        double se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
        double pValue = pByIndependence ? p(chi) : p(Math.log(estimate > 1 ? estimate : 1 / estimate) / se);
        return new TestedEstimate(new Estimate(estimate, estimate * Math.exp(-z * se), estimate * Math.exp(z * se),
                confidence, "Woolf interval; " + (pByIndependence ? "independence test" : "Wald test")), pValue);
    }

    private static double p(double statistic) {
        if (Double.isNaN(statistic)) {
            return Double.NaN;
        }
        return 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(statistic)));
    }

    static double z(double confidence) {
        Counts.confidence(confidence);
        return Distributions.qnorm(1 - (1 - confidence) / 2);
    }

    private static void check(double confidence, int row, double v1, String f1, double v2, String f2, double v3,
            String f3, double v4, String f4) {
        Counts.confidence(confidence);
        Counts.nonNegativeOrMissing(v1, row, f1);
        Counts.nonNegativeOrMissing(v2, row, f2);
        Counts.nonNegativeOrMissing(v3, row, f3);
        Counts.nonNegativeOrMissing(v4, row, f4);
    }
}
