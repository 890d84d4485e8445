package org.equitylens.spc.qic;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The plotted value and the lines of each row of one part, before {@code multiply}.
 * NaN means missing. {@code lcl95}/{@code ucl95} are the 2-sigma lines.
 */
record ChartLines(double[] y, double[] cl, double[] lcl, double[] ucl, double[] lcl95, double[] ucl95) {

    /** Lines with no limits (run charts). */
    static ChartLines withoutLimits(double[] y, double centre) {
        double[] none = filled(y.length, Double.NaN);
        return new ChartLines(y, filled(y.length, centre), none, none.clone(), none.clone(), none.clone());
    }

    /** Lines {@code centre ± 3σ_j} and {@code centre ± 2σ_j}, unclamped. */
    static ChartLines symmetric(double[] y, double centre, double[] sigma) {
        int size = y.length;
        double[] lcl = new double[size];
        double[] ucl = new double[size];
        double[] lcl95 = new double[size];
        double[] ucl95 = new double[size];
        for (int i = 0; i < size; i++) {
            lcl[i] = centre - 3 * sigma[i];
            ucl[i] = centre + 3 * sigma[i];
            lcl95[i] = centre - 2 * sigma[i];
            ucl95[i] = centre + 2 * sigma[i];
        }
        return new ChartLines(y, filled(size, centre), lcl, ucl, lcl95, ucl95);
    }

    /**
     * The same lines with finite lower limits raised to at least {@code floor}; infinite and NaN
     * limits are left alone (they are dropped as missing later, as qicharts2 does).
     */
    ChartLines floorLower(double floor) {
        return new ChartLines(y, cl, map(lcl, v -> Double.isFinite(v) ? Math.max(floor, v) : v), ucl,
            map(lcl95, v -> Double.isFinite(v) ? Math.max(floor, v) : v), ucl95);
    }

    /** The same lines with finite upper limits lowered to at most {@code ceiling}. */
    ChartLines capUpper(double ceiling) {
        return new ChartLines(y, cl, lcl, map(ucl, v -> Double.isFinite(v) ? Math.min(ceiling, v) : v), lcl95,
            map(ucl95, v -> Double.isFinite(v) ? Math.min(ceiling, v) : v));
    }

    /** The same lines with another centre line (the plotted one may differ from the one behind the limits). */
    ChartLines withCentre(double centre) {
        return new ChartLines(y, filled(y.length, centre), lcl, ucl, lcl95, ucl95);
    }

    static double[] filled(int size, double value) {
        double[] array = new double[size];
        Arrays.fill(array, value);
        return array;
    }

    static double[] map(double[] values, DoubleUnaryOperator operator) {
        return Arrays.stream(values).map(operator).toArray();
    }
}
