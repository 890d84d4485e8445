package org.equitylens.spc.qic;

import java.util.Arrays;
import org.equitylens.spc.ExtendedPrecision;

/**
 * Sums, means, medians and standard deviations that reproduce R's doubles.
 *
 * <p>R's {@code sum()} and {@code mean()} accumulate in 80-bit long double ({@code mean()} adds a
 * correction pass), so a plain {@code double} loop can differ from R in the last bits. Accumulating
 * in double-double (Knuth's TwoSum, about 106 bits) and rounding once gives R's result in practice,
 * which matters where the peer compares a value with a centre line (points exactly on the mean or
 * median). Means are those of {@link ExtendedPrecision}, shared with the Making Data Count modes.
 *
 * <p>Every method skips {@code NaN} (R's {@code na.rm = TRUE}); {@code NaN} stands for NA.
 */
final class ExactStats {

    private ExactStats() {
    }

    /** {@code sum(x, na.rm = TRUE)}: the non-NaN values summed in double-double, rounded once (0 when none). */
    static double sum(double[] values) {
        double hi = 0;
        double lo = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            double s = hi + v;
            double bp = s - hi;
            lo += (hi - (s - bp)) + (v - bp);
            hi = s;
        }
        // With an infinite term the error term is NaN; R's sum is then the plain (infinite) sum.
        return Double.isFinite(hi) ? hi + lo : hi;
    }

    /** {@code mean(x, na.rm = TRUE)} of the non-NaN values as R rounds it ({@link ExtendedPrecision}); NaN when none. */
    static double mean(double[] values) {
        return ExtendedPrecision.mean(values, 0, values.length);
    }

    /** Number of non-NaN values. */
    static int count(double[] values) {
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code median(x, na.rm = TRUE)}: the middle value, or for an even count the {@link #mean} of
     * the two middle values; NaN when empty.
     */
    static double median(double[] values) {
        double[] sorted = new double[count(values)];
        int k = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sorted[k++] = v;
            }
        }
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        if (n % 2 == 1) {
            return sorted[n / 2];
        }
        return mean(new double[] {sorted[n / 2 - 1], sorted[n / 2]});
    }

    /**
     * {@code sd(x, na.rm = TRUE)}: sample standard deviation
     * {@code sqrt(Σ(x − x̄)² / (k − 1))} with the deviations taken from the rounded mean as R does;
     * NaN for fewer than two values.
     */
    static double sd(double[] values) {
        double mean = mean(values);
        int count = count(values);
        if (count < 2 || !Double.isFinite(mean)) {
            return Double.NaN;
        }
        double[] squares = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double deviation = values[i] - mean;
            squares[i] = deviation * deviation;
        }
        return Math.sqrt(sum(squares) / (count - 1));
    }
}
