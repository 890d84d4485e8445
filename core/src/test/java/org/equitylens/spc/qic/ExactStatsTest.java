package org.equitylens.spc.qic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactStatsTest {

    @Test
    void sumsExactlyAndRoundsOnce() {
        // A double loop loses the 1 entirely; R's long double accumulator (and a double-double one) keeps it.
        double[] values = {1e16, 1, -1e16};
        assertThat(ExactStats.sum(values)).isEqualTo(1.0);
        assertThat(ExactStats.mean(values)).isEqualTo(1.0 / 3);
    }

    @Test
    void skipsMissingValues() {
        double[] values = {2, Double.NaN, 4};
        assertThat(ExactStats.count(values)).isEqualTo(2);
        assertThat(ExactStats.sum(values)).isEqualTo(6.0);
        assertThat(ExactStats.mean(values)).isEqualTo(3.0);
        assertThat(ExactStats.mean(new double[] {Double.NaN})).isNaN();
        assertThat(ExactStats.sum(new double[0])).isZero();
    }

    @Test
    void medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ExactStats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(ExactStats.median(new double[] {5, Double.NaN, 1, 3})).isEqualTo(3.0);
        assertThat(ExactStats.median(new double[0])).isNaN();
    }

    @Test
    void sampleStandardDeviation() {
        assertThat(ExactStats.sd(new double[] {2, 4, 4, 4, 5, 5, 7, 9})).isEqualTo(Math.sqrt(32.0 / 7));
        assertThat(ExactStats.sd(new double[] {3})).isNaN();
    }

    @Test
    void infiniteValuesGiveRsInfOrNaN() {
        assertThat(ExactStats.sum(new double[] {1, Double.POSITIVE_INFINITY})).isInfinite();
        assertThat(ExactStats.sd(new double[] {1, Double.POSITIVE_INFINITY})).isNaN();
    }
}
