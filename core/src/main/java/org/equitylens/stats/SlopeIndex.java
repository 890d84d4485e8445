package org.equitylens.stats;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Slope and relative index of inequality across an ordered dimension (Low &amp; Low 2004,
 * "Measuring the gap", J Public Health 26:1; PHEindicatormethods {@code phe_sii}). Subgroups j are
 * ordered from most to least deprived; with population shares a_j and ridit scores b_j (cumulative
 * share up to the middle of subgroup j), y is regressed on b by least squares weighted by a — the
 * no-intercept fit of √a_j·y_j on (√a_j, b_j·√a_j). The intercept β0 is the fitted value for the
 * most deprived end (b = 0) and the slope β1 the SII; RII = (β0 + β1)/β0.
 */
public final class SlopeIndex {

    private final double[] sqrtA;
    private final double[] bSqrtA;
    private final double[][] solver;

    private SlopeIndex(double[] sqrtA, double[] bSqrtA) {
        this.sqrtA = sqrtA;
        this.bSqrtA = bSqrtA;
        this.solver = solver(sqrtA, bSqrtA);
    }

    /** The design for subgroup populations in order (most deprived first). */
    public static SlopeIndex forPopulations(double[] populations) {
        int k = populations.length;
        double total = 0;
        for (double p : populations) {
            total += p;
        }
        double[] sqrtA = new double[k];
        double[] bSqrtA = new double[k];
        double cumulative = 0;
        for (int j = 0; j < k; j++) {
            double a = populations[j] / total;
            double b = j == 0 ? a / 2 : a / 2 + cumulative;
            cumulative += a;
            sqrtA[j] = Math.sqrt(a);
            bSqrtA[j] = b * sqrtA[j];
        }
        return new SlopeIndex(sqrtA, bSqrtA);
    }

    /** Number of subgroups. */
    public int size() {
        return sqrtA.length;
    }

    /** Fits y (one value per subgroup); returns {β0 (intercept), β1 (slope)}. */
    public double[] fit(double[] y) {
        double c0 = 0;
        double c1 = 0;
        for (int j = 0; j < y.length; j++) {
            double w = y[j] * sqrtA[j];
            c0 += solver[0][j] * w;
            c1 += solver[1][j] * w;
        }
        return new double[] {c0, c1};
    }

    /**
     * (MᵀM)⁻¹Mᵀ for M = [√a, b√a], formed as R's {@code solve(m %*% t(m)) %*% m} does it: the 2×2
     * inverse by LU with partial pivoting, then the product.
     */
    private static double[][] solver(double[] sqrtA, double[] bSqrtA) {
        double s00 = 0;
        double s01 = 0;
        double s11 = 0;
        for (int j = 0; j < sqrtA.length; j++) {
            s00 += sqrtA[j] * sqrtA[j];
            s01 += sqrtA[j] * bSqrtA[j];
            s11 += bSqrtA[j] * bSqrtA[j];
        }
        double[][] inv = invert(s00, s01, s01, s11);
        double[][] out = new double[2][sqrtA.length];
        for (int j = 0; j < sqrtA.length; j++) {
            out[0][j] = inv[0][0] * sqrtA[j] + inv[0][1] * bSqrtA[j];
            out[1][j] = inv[1][0] * sqrtA[j] + inv[1][1] * bSqrtA[j];
        }
        return out;
    }

    private static double[][] invert(double a, double b, double c, double d) {
        boolean swap = Math.abs(c) > Math.abs(a);
        double p11 = swap ? c : a;
        double p12 = swap ? d : b;
        double p21 = swap ? a : c;
        double p22 = swap ? b : d;
        double l = p21 / p11;
        double u22 = p22 - l * p12;
        double[][] inv = new double[2][2];
        for (int col = 0; col < 2; col++) {
            double e1 = (swap ? 1 - col : col) == 0 ? 1 : 0;
            double e2 = (swap ? 1 - col : col) == 1 ? 1 : 0;
            double y2 = e2 - l * e1;
            double x2 = y2 / u22;
            double x1 = (e1 - p12 * x2) / p11;
            inv[0][col] = x1;
            inv[1][col] = x2;
        }
        return inv;
    }

    /**
     * Simulated (β0, β1) pairs: for each of {@code repetitions} draws, y_j ~ N(mean_j, se_j) drawn in
     * R's order (repetition-major: draw r·k + j belongs to repetition r, subgroup j), mapped through
     * {@code backTransform} (exp for rates, expit for proportions, identity otherwise) and fitted.
     *
     * @return {intercepts, slopes}, each of length repetitions, unsorted
     */
    public double[][] simulate(double[] mean, double[] se, int repetitions, RRandom random,
            DoubleUnaryOperator backTransform) {
        int k = size();
        double[] intercepts = new double[repetitions];
        double[] slopes = new double[repetitions];
        double[] y = new double[k];
        for (int r = 0; r < repetitions; r++) {
            for (int j = 0; j < k; j++) {
                y[j] = backTransform.applyAsDouble(random.rnorm(mean[j], se[j]));
            }
            double[] beta = fit(y);
            intercepts[r] = beta[0];
            slopes[r] = beta[1];
        }
        return new double[][] {intercepts, slopes};
    }

    /**
     * The order statistics PHE reports as limits at confidence c: 1-based positions
     * round(R·(1 − cv)) and round(R·cv), cv = c + (1 − c)/2, R's half-to-even rounding, no
     * interpolation. Sorts {@code values} in place.
     */
    public static double[] percentileLimits(double[] values, int repetitions, double confidence) {
        Arrays.sort(values);
        double cv = confidence + (1 - confidence) / 2;
        int lower = (int) Math.rint(repetitions * (1 - cv));
        int upper = (int) Math.rint(repetitions * cv);
        return new double[] {values[Math.max(lower, 1) - 1], values[Math.min(upper, values.length) - 1]};
    }
}
