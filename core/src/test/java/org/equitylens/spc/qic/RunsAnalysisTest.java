package org.equitylens.spc.qic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunsAnalysisTest {

    @Test
    void pointsOnTheCentreLineAndMissingValuesNeitherBreakNorExtendARun() {
        double[] y = {1, 3, 5, Double.NaN, 5, 1, 3};
        RunsAnalysis runs = RunsAnalysis.of(y, constant(y.length, 3), all(y.length));
        assertThat(runs.nObs()).isEqualTo(7);
        assertThat(runs.nUseful()).isEqualTo(4);
        assertThat(runs.longestRun()).isEqualTo(2);
        assertThat(runs.nCrossings()).isEqualTo(2);
    }

    @Test
    void excludedRowsAreNotObserved() {
        double[] y = {1, 5, 1, 5};
        boolean[] include = {true, false, true, true};
        RunsAnalysis runs = RunsAnalysis.of(y, constant(4, 3), include);
        assertThat(runs.nObs()).isEqualTo(3);
        assertThat(runs.longestRun()).isEqualTo(2);
        assertThat(runs.nCrossings()).isEqualTo(1);
    }

    @Test
    void longRunSignals() {
        // 12 useful points: longest run allowed 7, fewest crossings 3.
        double[] y = {5, 5, 5, 5, 5, 5, 5, 5, 1, 5, 1, 5};
        RunsAnalysis runs = RunsAnalysis.of(y, constant(12, 3), all(12));
        assertThat(runs.longestRunMax()).isEqualTo(7);
        assertThat(runs.longestRun()).isEqualTo(8);
        assertThat(runs.nCrossings()).isEqualTo(4);
        assertThat(runs.signal()).isTrue();
    }

    @Test
    void fewCrossingsSignal() {
        double[] y = {1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 5, 5};
        RunsAnalysis runs = RunsAnalysis.of(y, constant(12, 3), all(12));
        assertThat(runs.longestRun()).isEqualTo(6);
        assertThat(runs.nCrossings()).isEqualTo(1);
        assertThat(runs.nCrossingsMin()).isEqualTo(3);
        assertThat(runs.signal()).isTrue();
    }

    @Test
    void noUsefulObservationMeansNoStatisticsAndNoSignal() {
        double[] y = {3, 3, Double.NaN};
        RunsAnalysis runs = RunsAnalysis.of(y, constant(3, 3), all(3));
        assertThat(runs.nObs()).isEqualTo(3);
        assertThat(runs.nUseful()).isZero();
        assertThat(runs.longestRun()).isNull();
        assertThat(runs.nCrossingsMin()).isNull();
        assertThat(runs.signal()).isFalse();
    }

    private static double[] constant(int size, double value) {
        double[] array = new double[size];
        Arrays.fill(array, value);
        return array;
    }

    private static boolean[] all(int size) {
        boolean[] array = new boolean[size];
        Arrays.fill(array, true);
        return array;
    }
}
