package org.equitylens.spc.qic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.numbers.gamma.LogGamma;
import org.junit.jupiter.api.Test;

class QicChartTest {

    private static final double EPS = 1e-12;

    @Test
    void individualsChartUsesTheMeanMovingRangeOver1128() {
        QicChart chart = QicChart.of(series(10, 12, 10, 12, 10), QicOptions.of(QicChartType.I));
        QicPoint p = chart.points().get(0);
        double sigma = 2 / 1.128;
        assertThat(p.cl()).isEqualTo(10.8);
        assertThat(p.ucl()).isCloseTo(10.8 + 3 * sigma, within(EPS));
        assertThat(p.lcl95()).isCloseTo(10.8 - 2 * sigma, within(EPS));
    }

    @Test
    void screeningDropsMovingRangesAtOrAbove3267TimesTheirMean() {
        List<QicObservation> data = series(10, 12, 10, 12, 10, 40, 10, 12, 10);
        // Moving ranges 2,2,2,2,30,30,2,2: mean 9; the two 30s are ≥ 29.4, so the screened mean is 2.
        QicPoint screened = QicChart.of(data, QicOptions.of(QicChartType.I)).points().get(0);
        QicPoint unscreened = QicChart.of(data, QicOptions.of(QicChartType.I).withScreenedMr(false)).points().get(0);
        assertThat(screened.ucl() - screened.cl()).isCloseTo(3 * 2 / 1.128, within(EPS));
        assertThat(unscreened.ucl() - unscreened.cl()).isCloseTo(3 * 9 / 1.128, within(EPS));
    }

    @Test
    void movingRangeChartHasNoRunsSignal() {
        QicChart chart = QicChart.of(series(1, 3, 2, 4, 3, 5, 4, 6, 5, 7, 6, 8), QicOptions.of(QicChartType.MR));
        QicPoint first = chart.points().get(0);
        assertThat(first.y()).isNaN();
        assertThat(chart.points().get(1).y()).isEqualTo(2.0);
        double meanRange = (2 + 1 + 2 + 1 + 2 + 1 + 2 + 1 + 2 + 1 + 2) / 11.0;
        assertThat(first.cl()).isCloseTo(meanRange, within(EPS));
        assertThat(first.ucl()).isCloseTo(3.267 * meanRange, within(EPS));
        assertThat(first.lcl()).isZero();
        assertThat(chart.parts().get(0).runs().signal()).isFalse();
    }

    @Test
    void runChartHasAMedianAndNoLimits() {
        QicChart chart = QicChart.of(series(4, 1, 3, 2), QicOptions.of(QicChartType.RUN));
        QicPoint p = chart.points().get(0);
        assertThat(p.cl()).isEqualTo(2.5);
        assertThat(p.lcl()).isNaN();
        assertThat(p.sigmaSignal()).isFalse();
        assertThat(chart.parts().get(0).meanUcl()).isNaN();
    }

    @Test
    void countChartLowerLimitIsFlooredAtZero() {
        QicPoint p = QicChart.of(series(1, 2, 1, 2), QicOptions.of(QicChartType.C)).points().get(0);
        assertThat(p.cl()).isEqualTo(1.5);
        assertThat(p.lcl()).isZero();
        assertThat(p.lcl95()).isZero();
        assertThat(p.ucl()).isCloseTo(1.5 + 3 * Math.sqrt(1.5), within(EPS));
    }

    @Test
    void proportionLimitsStayWithinZeroAndOne() {
        List<QicObservation> data = List.of(QicObservation.of(1, 1, 2), QicObservation.of(2, 0, 2),
            QicObservation.of(3, 1, 2));
        QicPoint p = QicChart.of(data, QicOptions.of(QicChartType.P)).points().get(0);
        assertThat(p.y()).isEqualTo(0.5);
        assertThat(p.cl()).isEqualTo(2.0 / 6);
        assertThat(p.ucl()).isEqualTo(1.0);
        assertThat(p.lcl()).isZero();
        assertThat(p.ucl95()).isCloseTo(1.0 / 3 + 2.0 / 3, within(EPS));
    }

    @Test
    void rateChartSigmaShrinksWithExposure() {
        List<QicObservation> data = List.of(QicObservation.of(1, 2, 100), QicObservation.of(2, 6, 400));
        QicChart chart = QicChart.of(data, QicOptions.of(QicChartType.U));
        double centre = 8.0 / 500;
        assertThat(chart.points().get(0).ucl()).isCloseTo(centre + 3 * Math.sqrt(centre / 100), within(EPS));
        assertThat(chart.points().get(1).ucl()).isCloseTo(centre + 3 * Math.sqrt(centre / 400), within(EPS));
    }

    @Test
    void laneyChartScalesSigmaByTheZScoreMovingRange() {
        List<QicObservation> data = List.of(QicObservation.of(1, 10, 100), QicObservation.of(2, 30, 100),
            QicObservation.of(3, 20, 100));
        QicPoint p = QicChart.of(data, QicOptions.of(QicChartType.PP).withScreenedMr(false)).points().get(0);
        double centre = 0.2;
        double sigma = Math.sqrt(centre * (1 - centre) / 100);
        // z = −2.5, 2.5, 0: moving ranges 5 and 2.5, σz = 3.75 / 1.128.
        assertThat(p.ucl()).isCloseTo(centre + 3 * sigma * 3.75 / 1.128, within(EPS));
    }

    @Test
    void geometricChartPlotsTheMedianButTakesLimitsFromTheMean() {
        QicPoint p = QicChart.of(series(1, 2, 9), QicOptions.of(QicChartType.G)).points().get(0);
        assertThat(p.cl()).isEqualTo(2.0);
        assertThat(p.ucl()).isCloseTo(4 + 3 * Math.sqrt(4 * 5), within(EPS));
        assertThat(p.lcl()).isZero();
    }

    @Test
    void timeChartBackTransformsAndFloorsANegativeLowerLimit() {
        QicChart chart = QicChart.of(series(1, 30, 2, 40, 1, 35), QicOptions.of(QicChartType.T));
        QicPoint p = chart.points().get(1);
        assertThat(p.y()).isCloseTo(30, within(1e-9));
        assertThat(p.lcl()).isZero();
        assertThat(p.ucl()).isGreaterThan(40);
        assertThatThrownBy(() -> QicChart.of(series(3, 0, 2), QicOptions.of(QicChartType.T)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("greater than zero");
    }

    @Test
    void xbarAndSChartsUseSubgroupsOfSeveralRows() {
        List<QicObservation> data = new ArrayList<>();
        double[][] groups = {{1, 2, 3}, {2, 3, 4}, {4, 5, 6}};
        for (int g = 0; g < groups.length; g++) {
            for (double v : groups[g]) {
                data.add(QicObservation.of(g + 1, v));
            }
        }
        QicPoint xbar = QicChart.of(data, QicOptions.of(QicChartType.XBAR)).points().get(0);
        assertThat(xbar.subgroup().yLength()).isEqualTo(3);
        assertThat(xbar.subgroup().ySd()).isEqualTo(1.0);
        assertThat(xbar.y()).isEqualTo(2.0);
        assertThat(xbar.cl()).isCloseTo(30.0 / 9, within(EPS));
        double c4 = Math.sqrt(2.0 / 2) * Math.exp(LogGamma.value(1.5)
            - LogGamma.value(1.0));
        assertThat(xbar.ucl()).isCloseTo(30.0 / 9 + 3 / (c4 * Math.sqrt(3)), within(EPS));

        QicPoint s = QicChart.of(data, QicOptions.of(QicChartType.S)).points().get(0);
        assertThat(s.y()).isEqualTo(1.0);
        assertThat(s.cl()).isEqualTo(1.0);
        assertThat(s.ucl()).isCloseTo(1 + 3 * Math.sqrt(1 - c4 * c4) / c4, within(EPS));
        assertThat(s.lcl()).isZero();
    }

    @Test
    void subgroupOfOneHasNoXbarLimits() {
        List<QicObservation> data = List.of(QicObservation.of(1, 1), QicObservation.of(1, 3),
            QicObservation.of(2, 5));
        QicPoint single = QicChart.of(data, QicOptions.of(QicChartType.XBAR)).points().get(1);
        assertThat(single.subgroup().ySd()).isNaN();
        assertThat(single.ucl()).isNaN();
        assertThat(single.sigmaSignal()).isFalse();
    }

    @Test
    void partsAreSeparateChartsAndOverrideFreeze() {
        QicChart chart = QicChart.of(series(1, 2, 3, 10, 11, 12),
            QicOptions.of(QicChartType.RUN).withParts(List.of(3)).withFreeze(2));
        assertThat(chart.parts()).hasSize(2);
        assertThat(chart.points().get(0).cl()).isEqualTo(2.0);
        assertThat(chart.points().get(3).cl()).isEqualTo(11.0);
        assertThat(chart.points().get(3).part()).isEqualTo(2);
        assertThat(chart.points()).allMatch(QicPoint::baseline);
    }

    @Test
    void freezeTakesTheCentreFromTheBaselineOnly() {
        QicChart chart = QicChart.of(series(1, 2, 3, 10, 11, 12), QicOptions.of(QicChartType.RUN).withFreeze(3));
        assertThat(chart.points().get(5).cl()).isEqualTo(2.0);
        assertThat(chart.points().get(2).baseline()).isTrue();
        assertThat(chart.points().get(3).baseline()).isFalse();
        assertThat(chart.parts().get(0).runs().nObs()).isEqualTo(6);
    }

    @Test
    void excludedPointsStayPlottedAndCanSignal() {
        QicChart chart = QicChart.of(series(10, 12, 10, 50, 12, 10),
            QicOptions.of(QicChartType.I).withExclude(Set.of(4)));
        QicPoint excluded = chart.points().get(3);
        assertThat(excluded.include()).isFalse();
        assertThat(excluded.cl()).isEqualTo(10.8);
        assertThat(excluded.sigmaSignal()).isTrue();
        assertThat(chart.parts().get(0).runs().nObs()).isEqualTo(5);
        assertThat(chart.parts().get(0).sigmaSignals()).isEqualTo(1);
    }

    @Test
    void multiplyScalesValuesAndLinesButNotTheRunsAnalysis() {
        List<QicObservation> data = List.of(QicObservation.of(1, 1, 4), QicObservation.of(2, 2, 4),
            QicObservation.of(3, 3, 4));
        QicChart plain = QicChart.of(data, QicOptions.of(QicChartType.P));
        QicChart percent = QicChart.of(data, QicOptions.of(QicChartType.P).withMultiply(100));
        assertThat(percent.points().get(0).y()).isEqualTo(25.0);
        assertThat(percent.points().get(0).cl()).isEqualTo(50.0);
        assertThat(percent.points().get(0).subgroup().value()).isEqualTo(0.25);
        assertThat(percent.parts().get(0).runs()).isEqualTo(plain.parts().get(0).runs());
    }

    @Test
    void userCentreLineReplacesTheComputedOne() {
        QicChart chart = QicChart.of(series(1, 2, 3, 4), QicOptions.of(QicChartType.RUN).withCentreLine(3));
        assertThat(chart.points().get(0).cl()).isEqualTo(3.0);
        assertThat(chart.parts().get(0).runs().nUseful()).isEqualTo(3);
    }

    @Test
    void missingNumeratorOrDenominatorDropsBoth() {
        List<QicObservation> data = List.of(QicObservation.of(1, 1, 10), QicObservation.of(1, 5, Double.NaN),
            QicObservation.of(2, Double.NaN, 10), QicObservation.of(3, 3, 10));
        QicChart chart = QicChart.of(data, QicOptions.of(QicChartType.P));
        Subgroup first = chart.points().get(0).subgroup();
        assertThat(first.ySum()).isEqualTo(1.0);
        assertThat(first.yLength()).isEqualTo(1);
        assertThat(first.n()).isEqualTo(10.0);
        Subgroup missing = chart.points().get(1).subgroup();
        assertThat(missing.ySum()).isNaN();
        assertThat(missing.n()).as("missing denominators sum to 0").isZero();
        assertThat(chart.points().get(1).y()).isNaN();
        assertThat(chart.points().get(1).ucl()).as("infinite sigma: no limit").isNaN();
        assertThat(chart.points().get(0).cl()).isEqualTo(4.0 / 20);
        assertThat(chart.parts().get(0).runs().nObs()).isEqualTo(3);
        assertThat(chart.parts().get(0).runs().nUseful()).isEqualTo(2);
    }

    @Test
    void missingValueBreaksTheMovingRangePair() {
        QicPoint p = QicChart.of(series(10, 12, Double.NaN, 20, 22), QicOptions.of(QicChartType.I)).points().get(0);
        // Moving ranges 2, NA, NA, 2: only the two complete pairs count.
        assertThat(p.cl()).isEqualTo(16.0);
        assertThat(p.ucl() - p.cl()).isCloseTo(3 * 2 / 1.128, within(EPS));
    }

    @Test
    void aggregateFunctionChoosesThePlottedValue() {
        List<QicObservation> data = List.of(QicObservation.of(2, 1), QicObservation.of(1, 7), QicObservation.of(2, 2),
            QicObservation.of(2, 9));
        QicChart chart = QicChart.of(data, QicOptions.of(QicChartType.RUN).withAggregate(AggregateFunction.MEDIAN));
        assertThat(chart.points()).extracting(p -> p.subgroup().x()).containsExactly(1.0, 2.0);
        Subgroup second = chart.points().get(1).subgroup();
        assertThat(second.value()).isEqualTo(2.0);
        assertThat(second.yMean()).isEqualTo(4.0);
        assertThat(second.ySum()).isEqualTo(12.0);
        QicChart summed = QicChart.of(data, QicOptions.of(QicChartType.RUN).withAggregate(AggregateFunction.SUM));
        assertThat(summed.points().get(1).y()).isEqualTo(12.0);
    }

    @Test
    void severalMissingValuesSumToZeroButALoneOneHasNoSum() {
        List<QicObservation> data = List.of(QicObservation.of(1, Double.NaN), QicObservation.of(1, Double.NaN),
            QicObservation.of(2, Double.NaN), QicObservation.of(3, 4));
        QicChart chart = QicChart.of(data, QicOptions.of(QicChartType.C));
        assertThat(chart.points().get(0).subgroup().ySum()).isZero();
        assertThat(chart.points().get(0).y()).isZero();
        assertThat(chart.points().get(1).subgroup().ySum()).isNaN();
        assertThat(chart.points().get(0).cl()).isEqualTo(2.0);
    }

    @Test
    void individualsPrimeWithoutDenominatorsWeighsBySubgroupSize() {
        QicChart chart = QicChart.of(series(0.2, 0.4, 0.3), QicOptions.of(QicChartType.IP).withScreenedMr(false));
        QicPoint p = chart.points().get(0);
        assertThat(p.subgroup().n()).isEqualTo(1.0);
        double sBar = Math.sqrt(Math.PI / 2) * (0.2 + 0.1) / 2 / Math.sqrt(2);
        assertThat(p.ucl()).isCloseTo(0.3 + 3 * sBar, within(EPS));
    }

    @Test
    void onlyAggregatedRunAndIChartsWithoutDenominatorsCarryAMessage() {
        List<QicObservation> data = List.of(QicObservation.of(1, 1), QicObservation.of(1, 2), QicObservation.of(2, 3));
        assertThat(QicChart.of(data, QicOptions.of(QicChartType.I).withAggregate(AggregateFunction.SUM)).messages())
            .containsExactly("Subgroup size > 1. Data have been aggregated using sum().");
        assertThat(QicChart.of(data, QicOptions.of(QicChartType.XBAR)).messages()).isEmpty();
        assertThat(QicChart.of(series(1, 2, 3), QicOptions.of(QicChartType.I)).messages()).isEmpty();
    }

    private static List<QicObservation> series(double... values) {
        List<QicObservation> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            rows.add(QicObservation.of(i + 1, values[i]));
        }
        return rows;
    }
}
