package org.equitylens.spc.qic;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Bias-correction constants for subgroup charts, computed exactly rather than tabulated.
 *
 * <ul>
 *   <li>{@code c4(n) = sqrt(2/(n−1)) · Γ(n/2) / Γ((n−1)/2)}, so that E[s] = c4·σ;</li>
 *   <li>{@code c5(n) = sqrt(1 − c4(n)²)}, so that sd(s) = c5·σ;</li>
 *   <li>{@code A3(n, k) = k / (c4(n)·√n)}: Xbar limits {@code CL ± A3·s̄};</li>
 *   <li>{@code B3(n, k) = max(0, 1 − k·c5/c4)}, {@code B4(n, k) = 1 + k·c5/c4}: S limits.</li>
 * </ul>
 * {@code k} is 3 for the control limits and 2 for the 95% lines. All are NaN for n ≤ 1.
 * Source: Montgomery, Introduction to Statistical Quality Control, ch. 6; qicharts2 0.8.1
 * {@code c4()}, {@code c5()}, {@code a3()}, {@code b3()}, {@code b4()}.
 */
final class ShewhartConstants {

    private ShewhartConstants() {
    }

    static double c4(double n) {
        if (!(n > 1)) {
            return Double.NaN;
        }
        return Math.sqrt(2 / (n - 1)) * Math.exp(LogGamma.value(n / 2) - LogGamma.value((n - 1) / 2));
    }

    static double c5(double n) {
        double c4 = c4(n);
        return Math.sqrt(1 - c4 * c4);
    }

    static double a3(double n, double k) {
        return k / (c4(n) * Math.sqrt(n));
    }

    static double b3(double n, double k) {
        return Math.max(0, 1 - k * c5(n) / c4(n));
    }

    static double b4(double n, double k) {
        return 1 + k * c5(n) / c4(n);
    }
}
