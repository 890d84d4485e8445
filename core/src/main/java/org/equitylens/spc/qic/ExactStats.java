package org.equitylens.spc.qic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Sums, means, medians and standard deviations that reproduce R's doubles.
 *
 * <p>R's {@code sum()} and {@code mean()} accumulate in 80-bit long double and {@code mean()}
 * adds a correction pass, so a plain {@code double} loop can differ from R in the last bits.
 * Summing exactly ({@link BigDecimal} holds every double exactly) and rounding once gives R's
 * result in practice, which matters where the peers compare a value with a centre line
 * (points exactly on the mean or median).
 *
 * <p>Every method skips {@code NaN} (R's {@code na.rm = TRUE}); {@code NaN} stands for NA.
 */
final class ExactStats {

    private static final MathContext QUOTIENT = MathContext.DECIMAL128;

    private ExactStats() {
    }

    /** {@code sum(x, na.rm = TRUE)}: exact sum of the non-NaN values, rounded once (0 when none). */
    static double sum(double[] values) {
        if (hasInfinite(values)) {
            return naiveSum(values);
        }
        return exactSum(values).doubleValue();
    }

    /** {@code mean(x, na.rm = TRUE)}: exact sum divided by the count, rounded once; NaN when empty. */
    static double mean(double[] values) {
        int count = count(values);
        if (count == 0) {
            return Double.NaN;
        }
        if (hasInfinite(values)) {
            return naiveSum(values) / count;
        }
        return exactSum(values).divide(BigDecimal.valueOf(count), QUOTIENT).doubleValue();
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
     * {@code median(x, na.rm = TRUE)}: the middle value, or for an even count the mean of the two
     * middle values (their exact half-sum rounded once); NaN when empty.
     */
    static double median(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
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
        if (hasInfinite(values)) {
            return Double.NaN;
        }
        double mean = mean(values);
        BigDecimal squares = BigDecimal.ZERO;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                double deviation = v - mean;
                squares = squares.add(new BigDecimal(deviation * deviation));
                count++;
            }
        }
        if (count < 2) {
            return Double.NaN;
        }
        return Math.sqrt(squares.divide(BigDecimal.valueOf(count - 1), QUOTIENT).doubleValue());
    }

    // BigDecimal cannot hold ±Inf; plain arithmetic gives R's Inf or NaN there.
    private static boolean hasInfinite(double[] values) {
        for (double v : values) {
            if (Double.isInfinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static double naiveSum(double[] values) {
        double total = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                total += v;
            }
        }
        return total;
    }

    private static BigDecimal exactSum(double[] values) {
        BigDecimal total = BigDecimal.ZERO;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                total = total.add(new BigDecimal(v));
            }
        }
        return total;
    }
}
