package org.equitylens.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/**
 * Hand-built series for each place where {@code mdc} departs from {@code nhsr}. Every series starts
 * with a 12-point baseline alternating 10 and 12 (mean 11, mean moving range 2: limits 11 ± 5.32,
 * 2σ lines 11 ± 3.5467), fixed with fix_after_n_points = 12 so later points do not move the limits.
 */
class MdcModeTest {

    private static final double[] BASELINE = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12};

    @Test
    void aPointBeyondTheLimitCountsTowardTwoOfThreeInMdcOnly() {
        // row 14 between 2σ and 3σ, row 15 beyond the upper limit, row 16 above the mean
        SpcChart nhsr = chart(SpcOptions.nhsr(), 10, 15, 17, 11.5, 10, 12, 10, 12);
        SpcChart mdc = chart(SpcOptions.mdc(), 10, 15, 17, 11.5, 10, 12, 10, 12);
        int between = 13;
        int beyond = 14;
        assertThat(nhsr.closeToLimits(between)).isTrue();
        assertThat(nhsr.outsideLimits(beyond)).isTrue();

        assertThat(nhsr.specialCause(between)).isEqualTo(SpecialCause.COMMON_CAUSE);
        assertThat(mdc.specialCause(between)).isEqualTo(SpecialCause.TWO_IN_THREE_ABOVE);
        assertThat(mdc.specialCause(beyond)).isEqualTo(SpecialCause.ABOVE_UCL);
        assertThat(mdc.specialCause(beyond + 1)).as("the ordinary third point is not highlighted")
                .isEqualTo(SpecialCause.COMMON_CAUSE);
    }

    @Test
    void improvementWinsWhenAPointTriggersAnImprovementAndAConcernRule() {
        // 7 points above the mean (a shift: improvement when increase is better) falling steadily
        // (a trend: concern); all inside the 2σ lines
        double[] tail = {14.4, 14.0, 13.6, 13.2, 12.8, 12.4, 12.0, 12.5, 10, 12};
        SpcChart nhsr = chart(SpcOptions.nhsr(), tail);
        SpcChart mdc = chart(SpcOptions.mdc(), tail);
        for (int i = 12; i < 19; i++) {
            assertThat(nhsr.trend(i) && nhsr.shift(i)).isTrue();
            assertThat(nhsr.specialCause(i)).isEqualTo(SpecialCause.TREND_DECREASING);
            assertThat(nhsr.pointType(i)).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
            assertThat(mdc.specialCause(i)).isEqualTo(SpecialCause.SHIFT_ABOVE);
            assertThat(mdc.pointType(i)).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        }
    }

    @Test
    void aNeutralMeasureHasNoConflictToResolve() {
        double[] tail = {14.4, 14.0, 13.6, 13.2, 12.8, 12.4, 12.0, 12.5, 10, 12};
        SpcChart mdc = chart(SpcOptions.mdc().withDirection(ImprovementDirection.NEUTRAL), tail);
        assertThat(mdc.specialCause(12)).isEqualTo(SpecialCause.TREND_DECREASING);
        assertThat(mdc.pointType(12)).isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_LOW);
    }

    @Test
    void sixPointShiftsAndTrendsAreSelectableInMdc() {
        double[] sixAbove = {10, 11.5, 11.8, 11.6, 11.9, 11.7, 11.6, 10, 12, 10};
        SpcChart seven = chart(SpcOptions.mdc(), sixAbove);
        SpcChart six = chart(SpcOptions.mdc().withRunLength(6), sixAbove);
        assertThat(seven.shift(13)).isFalse();
        assertThat(six.shift(13)).isTrue();
        assertThat(six.specialCause(13).label(6)).isEqualTo("6 Points Above CL");

        double[] sixRising = {8, 9, 10, 11, 12, 13, 10, 12, 10, 12};
        assertThat(chart(SpcOptions.mdc(), sixRising).trend(14)).isFalse();
        SpcChart risingSix = chart(SpcOptions.mdc().withRunLength(6), sixRising);
        assertThat(risingSix.trend(14)).isTrue();
        assertThat(risingSix.specialCause(14)).isEqualTo(SpecialCause.TREND_INCREASING);

        assertThatThrownBy(() -> SpcOptions.nhsr().withRunLength(6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nhsr");
    }

    @Test
    void fewerThanThirteenPointsGiveTrialLimits() {
        SpcChart twelve = XmrAnalysis.analyse(series(BASELINE), SpcOptions.mdc());
        assertThat(twelve.trialLimits()).isTrue();
        assertThat(twelve.groups().get(0).trial()).isTrue();

        SpcChart thirteen = XmrAnalysis.analyse(series(concat(BASELINE, 10)), SpcOptions.mdc());
        assertThat(thirteen.trialLimits()).isFalse();

        // a rebase leaves a short latest group on trial limits
        SpcChart rebased = XmrAnalysis.analyse(series(concat(concat(BASELINE, BASELINE), 11, 12)),
                SpcOptions.mdc().withRebaseDates(List.of(date(14))));
        assertThat(rebased.groups()).hasSize(2);
        assertThat(rebased.groups().get(0).trial()).isFalse();
        assertThat(rebased.trialLimits()).isTrue();
    }

    @Test
    void mdcDoesNotScreenMovingRangesByDefault() {
        double[] values = concat(BASELINE, 40, 11, 10, 12);
        SpcChart mdc = XmrAnalysis.analyse(series(values), SpcOptions.mdc());
        SpcChart nhsr = XmrAnalysis.analyse(series(values), SpcOptions.nhsr());
        assertThat(mdc.limits(0).amr()).isGreaterThan(nhsr.limits(0).amr());
        assertThat(SpcOptions.mdc().withScreenOutliers(true).screenOutliers()).isTrue();
    }

    @Test
    void excludedPointsArePlottedButLeftOutOfLimitsAndRules() {
        double[] values = concat(BASELINE, 40, 11);
        LocalDate outlier = date(12);
        SpcChart chart = XmrAnalysis.analyse(series(values),
                SpcOptions.mdc().withExclusions(java.util.Set.of(outlier)));
        assertThat(chart.excluded(12)).isTrue();
        assertThat(chart.limits(0).mean()).isEqualTo(11.0); // the 12 baseline points and the final 11, not the 40
        assertThat(chart.pointType(12)).isEqualTo(PointType.COMMON_CAUSE);
    }

    @Test
    void seriesWithGapsOrDuplicateDatesAreRefused() {
        assertThatThrownBy(() -> Series.of("s", List.of(date(0), date(1)), new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> Series.of("s", List.of(date(1), date(0), date(1)), new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate date");
    }

    @Test
    void ratesAreChartedAsValues() {
        Series rates = Series.ofRates("r", List.of(date(0), date(1)), new double[] {3, 5}, new double[] {1000, 2000}, 1000);
        assertThat(rates.value(0)).isEqualTo(3.0);
        assertThat(rates.value(1)).isEqualTo(2.5);
        assertThatThrownBy(() -> Series.ofRates("r", List.of(date(0)), new double[] {3}, new double[] {0}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive denominator");
    }

    /** A chart of the baseline followed by {@code tail}, limits fixed on the baseline. */
    private static SpcChart chart(SpcOptions options, double... tail) {
        return XmrAnalysis.analyse(series(concat(BASELINE, tail)), options.withFixAfterNPoints(12));
    }

    private static Series series(double[] values) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            dates.add(date(i));
        }
        return Series.of("test", dates, values);
    }

    private static LocalDate date(int i) {
        return LocalDate.of(2020, 1, 1).plusMonths(i);
    }

    private static double[] concat(double[] a, double... b) {
        return DoubleStream.concat(DoubleStream.of(a), DoubleStream.of(b)).toArray();
    }
}
