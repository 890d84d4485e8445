package org.equitylens.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExtendedPrecisionTest {

    @Test
    void meanIsTheExactMeanRoundedToLongDoubleThenToDouble() {
        Random random = new Random(7);
        for (int trial = 0; trial < 5_000; trial++) {
            int n = 1 + random.nextInt(80);
            double[] x = new double[n];
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                x[i] = Math.round(random.nextGaussian() * 1e4) / 100.0 * (random.nextBoolean() ? 1 : 1e-3);
                sum = sum.add(new BigDecimal(x[i]));
            }
            double exact = throughLongDouble(sum.divide(BigDecimal.valueOf(n), new MathContext(200)));
            assertThat(ExtendedPrecision.mean(x, 0, n)).isEqualTo(exact);
        }
    }

    /** RN53(RN64(m)): m rounded to a 64-bit significand (x87 long double), then to a double. */
    private static double throughLongDouble(BigDecimal m) {
        if (m.signum() == 0) {
            return 0;
        }
        int exponent = Math.getExponent(m.doubleValue());
        BigDecimal scale = new BigDecimal(BigInteger.TWO.pow(Math.abs(63 - exponent)));
        BigDecimal scaled = 63 - exponent >= 0 ? m.multiply(scale) : m.divide(scale, new MathContext(200));
        BigDecimal significand = scaled.setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal longDouble = 63 - exponent >= 0 ? significand.divide(scale) : significand.multiply(scale);
        return longDouble.doubleValue();
    }

    @Test
    void roundsThroughLongDoubleLikeR() {
        // exact mean 1 + 2^-53 + 2^-66: just above the midpoint between 1 and the next double, but within
        // half a long-double ulp of it, so R's long double lands on the midpoint and rounds to even (1.0)
        double[] x = {2.0, 0x1p-52 * (1 + 0x1p-13)};
        assertThat(ExtendedPrecision.mean(x, 0, 2)).isEqualTo(1.0);
        // further from the midpoint (2^-60 above it) the correctly rounded mean is R's too
        double[] y = {2.0, 0x1p-52 * (1 + 0x1p-7)};
        assertThat(ExtendedPrecision.mean(y, 0, 2)).isEqualTo(Math.nextUp(1.0));
    }

    @Test
    void skipsNaNAndGivesNaNWhenNothingRemains() {
        assertThat(ExtendedPrecision.mean(new double[] {1, Double.NaN, 2}, 0, 3)).isEqualTo(1.5);
        assertThat(ExtendedPrecision.mean(new double[] {Double.NaN}, 0, 1)).isNaN();
        assertThat(ExtendedPrecision.mean(new double[0], 0, 0)).isNaN();
    }

    @Test
    void aPlainDoubleLoopCanMissWhereThisDoesNot() {
        double[] x = new double[10];
        java.util.Arrays.fill(x, 0.1);
        double naive = 0;
        for (double v : x) {
            naive += v;
        }
        assertThat(naive / 10).isNotEqualTo(0.1);
        assertThat(ExtendedPrecision.mean(x, 0, 10)).isEqualTo(0.1);
    }
}
