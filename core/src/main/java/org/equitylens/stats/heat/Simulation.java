package org.equitylens.stats.heat;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.equitylens.stats.RRandom;
import org.equitylens.stats.table.InputException;

/**
 * The parametric simulation healthequal uses for the limits of BGSD, COV, the mean differences and
 * the indices of disparity (after Ahn et al., PLoS One 2019;14(7)).
 *
 * <p>With R's generator seeded by {@code set.seed(seed)} (default 123456), each of {@code draws}
 * replicates (default 100) redraws every subgroup estimate, in input order, from
 * {@code N(y_j, s_j)} — rejecting draws below 0, and above 100 when the indicator scale is 100 — and
 * recomputes the measure. The limits are the 2.5th and 97.5th percentiles (R's {@code quantile}
 * type 7) of the replicates: always 95%, as in the peer. No SE is reported. Limits need every SE and
 * the scale; without them the measure comes without limits. Because {@link RRandom} reproduces R's
 * stream, the limits match the peer's to rounding.
 */
public record Simulation(int draws, int seed) {

    /** The peer's defaults: 100 draws, seed 123456. */
    public static final Simulation DEFAULT = new Simulation(100, 123456);

    private static final String METHOD = "simulation (2.5th and 97.5th percentiles)";

    public Simulation {
        if (draws < 2) {
            throw InputException.field("sim", "at least 2 simulation draws are needed, got " + draws);
        }
    }

    SummaryMeasure run(String measure, Subgroups g, ToDoubleFunction<double[]> statistic) {
        return run(measure, g, statistic.applyAsDouble(g.est()), statistic);
    }

    SummaryMeasure run(String measure, Subgroups g, double estimate, ToDoubleFunction<double[]> statistic) {
        if (!g.allSePresent() || !g.hasScale()) {
            return new SummaryMeasure(measure, estimate, Double.NaN, Double.NaN, Double.NaN, 0.95,
                    "none (standard errors or scale missing)");
        }
        boolean percentage = g.scale() == 100;
        for (int i = 0; i < g.size(); i++) {
            if (g.se(i) < 0) {
                throw InputException.at(g.row(i), "se", "standard error is negative");
            }
            // An estimate outside the admissible range with a zero SE would never be accepted.
            if (g.se(i) == 0 && (g.est(i) < 0 || percentage && g.est(i) > 100)) {
                throw InputException.at(g.row(i), "est", "estimate outside the indicator's range");
            }
        }
        RRandom random = RRandom.seeded(seed);
        double[] replicate = new double[draws];
        double[] y = new double[g.size()];
        for (int j = 0; j < draws; j++) {
            for (int i = 0; i < y.length; i++) {
                double v;
                do {
                    v = random.rnorm(g.est(i), g.se(i));
                } while (percentage ? !(v >= 0 && v <= 100) : !(v >= 0));
                y[i] = v;
            }
            replicate[j] = statistic.applyAsDouble(y.clone());
        }
        double[] sorted = Arrays.stream(replicate).filter(v -> !Double.isNaN(v)).sorted().toArray();
        return new SummaryMeasure(measure, estimate, Double.NaN, quantile7(sorted, 0.025), quantile7(sorted, 0.975),
                0.95, METHOD);
    }

    /** R's {@code quantile(x, prob, type = 7)} of sorted values. */
    static double quantile7(double[] sorted, double prob) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double index = (sorted.length - 1) * prob;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double h = index - lo;
        double q = sorted[lo];
        return index > lo && sorted[hi] != q ? (1 - h) * q + h * sorted[hi] : q;
    }
}
