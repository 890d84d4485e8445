package org.equitylens.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Spot checks of the building blocks against values printed by R. */
class EstimatesTest {

    @Test
    void qnormIsR() {
        // R prints 16 significant digits; bit-exactness is checked through rnorm in RRandomTest.
        assertThat(Distributions.qnorm(0.975)).isCloseTo(1.959963984540054, within(1e-15));
        assertThat(Distributions.qnorm(0.999)).isCloseTo(3.090232306167813, within(1e-15));
        assertThat(Distributions.qnorm(0.5)).isZero();
        assertThat(Distributions.twoSidedZ(0.95)).isEqualTo(Distributions.qnorm(0.975));
    }

    @Test
    void wilsonMatchesPhe() {
        // phe_proportion(x = 9845, n = 17435): 0.5572958957224018, 0.5720131530079773
        Estimate e = Proportions.wilson(9845, 17435, 0.95);
        assertThat(e.lower()).isCloseTo(0.5572958957224018, within(1e-15));
        assertThat(e.upper()).isCloseTo(0.5720131530079773, within(1e-15));
        assertThat(e.method()).isEqualTo("Wilson");
        assertThat(Proportions.wilson(3, 7, 1.0).lower()).isZero();
    }

    @Test
    void clopperPearsonMatchesBinomTest() {
        // binom.test(17, 60)$conf.int and binom.test(0, 20)$conf.int
        Estimate e = Proportions.clopperPearson(17, 60, 0.95);
        assertThat(e.lower()).isCloseTo(0.17450528351437511, within(1e-12));
        assertThat(e.upper()).isCloseTo(0.41443606894982998, within(1e-12));
        assertThat(Proportions.clopperPearson(0, 20, 0.95).upper()).isCloseTo(0.16843347098308536, within(1e-12));
    }

    @Test
    void poissonLimitsSwitchFromExactToByarsAtTen() {
        assertThat(PoissonLimits.of(9, 0.95).method()).isEqualTo("Exact");
        assertThat(PoissonLimits.of(10, 0.95).method()).isEqualTo("Byars");
        assertThat(PoissonLimits.of(0, 0.95).lower()).isZero();
        // qchisq(0.975, 2) / 2 = 3.688879454113936
        assertThat(PoissonLimits.of(0, 0.95).upper()).isCloseTo(3.688879454113936, within(1e-13));
    }

    @Test
    void dsrIsSuppressedBelowTenEvents() {
        double[] w = StandardPopulation.esp2013(19).weights();
        double[] n = new double[19];
        double[] x = new double[19];
        java.util.Arrays.fill(n, 1000);
        x[18] = 9;
        assertThat(Standardisation.dsr(x, n, w, 100000, 0.95).value()).isNaN();
        x[17] = 1;
        Estimate e = Standardisation.dsr(x, n, w, 100000, 0.95);
        // (9·1000 + 1·1500)/1000 / 100000 × 100000 = 10.5 per 100,000
        assertThat(e.value()).isCloseTo(10.5, within(1e-12));
        assertThat(e.lower()).isLessThan(e.value());
        assertThat(e.upper()).isGreaterThan(e.value());
    }

    @Test
    void esp2013LayoutsSumToOneHundredThousand() {
        for (int bands = 18; bands <= 21; bands++) {
            StandardPopulation esp = StandardPopulation.esp2013(bands);
            assertThat(esp.bands()).hasSize(bands);
            assertThat(java.util.Arrays.stream(esp.weights()).sum()).isEqualTo(100000.0);
        }
    }

    @Test
    void wresRelativeLikelihoodAndBand() {
        // DOMAIN §4.1: White 250/1000 vs BME 120/800 appointed from shortlisting → 1.67
        Estimate rl = WorkforceRaceEquality.relativeLikelihood(250, 1000, 120, 800, 0.95);
        assertThat(rl.value()).isCloseTo(1.6667, within(1e-4));
        assertThat(WorkforceRaceEquality.nonAdverse(rl.value())).isFalse();
        assertThat(WorkforceRaceEquality.nonAdverse(1.25)).isTrue();
        assertThat(WorkforceRaceEquality.focus(3)).isEqualTo(WorkforceRaceEquality.Focus.BME);
    }
}
