package org.equitylens.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExtendedPrecisionTest {

    @Test
    void meanIsTheCorrectlyRoundedExactMean() {
        Random random = new Random(7);
        for (int trial = 0; trial < 5_000; trial++) {
            int n = 1 + random.nextInt(80);
            double[] x = new double[n];
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                x[i] = Math.round(random.nextGaussian() * 1e4) / 100.0 * (random.nextBoolean() ? 1 : 1e-3);
                sum = sum.add(new BigDecimal(x[i]));
            }
            double exact = sum.divide(BigDecimal.valueOf(n), new MathContext(200)).doubleValue(); // exact when the mean is a tie
            assertThat(ExtendedPrecision.mean(x, 0, n)).isEqualTo(exact);
        }
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
