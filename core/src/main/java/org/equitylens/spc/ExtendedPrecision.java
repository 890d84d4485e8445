package org.equitylens.spc;

/**
 * Sums and means accumulated in double-double arithmetic (about 106 significant bits), rounded once
 * to a double.
 *
 * <p>Why: R's {@code mean()} accumulates in 80-bit long double and adds a correction pass
 * ({@code s = Σx/n; s += Σ(x − s)/n}), so its result is the exact mean rounded to long double and
 * then to double; a plain double loop can differ in the last bits, which flips exact comparisons (a
 * point exactly on the mean, a target exactly on a limit). Error-free transformations: Knuth's TwoSum for additions and
 * a fused multiply-add remainder for the division (Dekker 1971; Ogita, Rump and Oishi 2005).
 */
public final class ExtendedPrecision {

    private ExtendedPrecision() {
    }

    /** Mean of {@code x[from..to)} skipping NaN; NaN when no value remains (as R's {@code mean(na.rm = TRUE)}). */
    public static double mean(double[] x, int from, int to) {
        double hi = 0;
        double lo = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            double v = x[i];
            if (v != v) {
                continue;
            }
            double s = hi + v;
            double bp = s - hi;
            lo += (hi - (s - bp)) + (v - bp);
            hi = s;
            n++;
        }
        return divide(hi, lo, n);
    }

    /** Mean of {@code x[index[k]]} for {@code k < count}, skipping NaN. */
    public static double mean(double[] x, int[] index, int count) {
        double hi = 0;
        double lo = 0;
        int n = 0;
        for (int k = 0; k < count; k++) {
            double v = x[index[k]];
            if (v != v) {
                continue;
            }
            double s = hi + v;
            double bp = s - hi;
            lo += (hi - (s - bp)) + (v - bp);
            hi = s;
            n++;
        }
        return divide(hi, lo, n);
    }

    /**
     * (hi + lo) / n as R's long-double {@code mean()} returns it: the exact quotient rounded to the
     * 64-bit significand of an x87 long double, then to a double. This equals the correctly rounded
     * quotient except when the exact quotient lies within half a long-double ulp of the midpoint
     * between two doubles: R then lands on the midpoint and rounds it to the even neighbour.
     * NaN for n = 0; ±Inf and NaN propagate.
     */
    static double divide(double hi, double lo, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double sum = hi + lo;
        if (!Double.isFinite(sum)) {
            return sum / n;
        }
        double tail = lo - (sum - hi); // FastTwoSum: sum + tail == hi + lo exactly
        double q1 = sum / n;
        // fma gives the exact remainder sum − q1·n; the correction step rounds the quotient correctly.
        double delta = (Math.fma(-q1, n, sum) + tail) / n;
        double q = q1 + delta;
        double residual = (q1 - q) + delta; // exact quotient ≈ q + residual, |residual| ≤ half an ulp of q
        if (residual == 0 || q == 0) {
            return q;
        }
        long bits = Double.doubleToRawLongBits(q);
        double spacing = Math.ulp(q);
        if ((bits & 0xFFFFFFFFFFFFFL) == 0 && (residual < 0) == (q > 0)) {
            spacing /= 2; // towards zero from a power of two the doubles are twice as dense
        }
        // Long-double rounding snaps the quotient to the midpoint when within half its ulp (2^-11 of ours).
        if (Math.abs(Math.abs(residual) - spacing / 2) <= spacing * 0x1p-12) {
            return (bits & 1) == 0 ? q : q + Math.copySign(spacing, residual);
        }
        return q;
    }
}
