package org.equitylens.stats.heat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.equitylens.stats.table.InputException;
import org.junit.jupiter.api.Test;

class HeatEdgeCasesTest {

    private static final double[] EST = {12.0, 9.5, 8.1, 6.0, 4.2};
    private static final double[] SE = {0.8, 0.6, 0.5, 0.4, 0.3};
    private static final double[] POP = {1000, 1200, 900, 1100, 1000};
    private static final double[] ORDER = {1, 2, 3, 4, 5};

    private static Subgroups.Builder adverseOrdered() {
        return Subgroups.of(EST).se(SE).pop(POP).order(ORDER).favourable(0, 0, 0, 0, 0).ordered(1, 1, 1, 1, 1)
                .scale(1000, 1000, 1000, 1000, 1000);
    }

    @Test
    void adverseOrderedDifferenceIsLeastMinusMostAdvantaged() {
        SummaryMeasure d = HeatMeasures.d(adverseOrdered().build(), 0.95);
        assertThat(d.estimate()).isCloseTo(12.0 - 4.2, within(1e-12));
        assertThat(d.se()).isCloseTo(Math.hypot(0.8, 0.3), within(1e-12));
    }

    @Test
    void attributableMeasuresAreZeroWhenTheReferenceIsWorseThanTheMean() {
        // Adverse indicator whose most advantaged subgroup has the highest rate: no attributable excess.
        Subgroups s = Subgroups.of(4.2, 6.0, 8.1, 9.5, 12.0).pop(POP).order(ORDER).favourable(0, 0, 0, 0, 0)
                .ordered(1, 1, 1, 1, 1).scale(1000, 1000, 1000, 1000, 1000).build();
        assertThat(HeatMeasures.paf(s, 0.95).estimate()).isZero();
        assertThat(HeatMeasures.parisk(s, 0.95).estimate()).isZero();
    }

    @Test
    void differenceWithoutStandardErrorsHasNoInterval() {
        SummaryMeasure d = HeatMeasures.d(Subgroups.of(EST).favourable(1, 1, 1, 1, 1).ordered(0, 0, 0, 0, 0).build(), 0.95);
        assertThat(d.estimate()).isCloseTo(12.0 - 4.2, within(1e-12));
        assertThat(d.hasInterval()).isFalse();
    }

    @Test
    void settingAverageReplacesTheWeightedMean() {
        Subgroups s = Subgroups.of(EST).se(SE).scale(1000, 1000, 1000, 1000, 1000)
                .settingAverage(8, 8, 8, 8, 8).build();
        SummaryMeasure m = HeatMeasures.mdmu(s, Simulation.DEFAULT);
        assertThat(m.estimate()).isCloseTo((4 + 1.5 + 0.1 + 2 + 3.8) / 5, within(1e-12));
        assertThat(m.lower()).isLessThan(m.estimate());
        assertThat(m.upper()).isGreaterThan(m.lower());
    }

    @Test
    void linearSlopeIndexIsTheWeightedLeastSquaresSlope() {
        Subgroups s = Subgroups.of(10, 20, 30, 40, 50).pop(1, 1, 1, 1, 1).order(ORDER).build();
        // Equal populations: ranks 0.1 … 0.9, so the slope per unit rank is 10/0.2 = 50 (scale 100).
        SummaryMeasure sii = HeatMeasures.sii(s, 0.95, true);
        assertThat(sii.estimate()).isCloseTo(50, within(1e-9));
    }

    @Test
    void orderedMeasuresRefuseMissingEstimatesAndGaps() {
        Subgroups missing = Subgroups.of(1, Double.NaN, 3, 4).pop(1, 1, 1, 1).order(1, 2, 3, 4).build();
        assertThatThrownBy(() -> HeatMeasures.sii(missing, 0.95, false)).isInstanceOf(InputException.class)
                .hasMessageContaining("row 2");
        Subgroups gap = Subgroups.of(1, 2, 3, 4).pop(1, 1, 1, 1).order(1, 2, 4, 5).build();
        assertThatThrownBy(() -> HeatMeasures.aci(gap, 0.95, Double.NaN, Double.NaN))
                .isInstanceOf(InputException.class).hasMessageContaining("subgroup_order");
    }

    @Test
    void referenceMeasuresNeedExactlyOneReference() {
        Subgroups none = Subgroups.of(EST).se(SE).pop(POP).reference(0, 0, 0, 0, 0).scale(100, 100, 100, 100, 100).build();
        assertThatThrownBy(() -> HeatMeasures.mdru(none, Simulation.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessageContaining("reference_subgroup");
    }
}
