package org.equitylens.stats.heat;

import org.equitylens.stats.table.InputException;

/**
 * The absolute and relative concentration indices by the "convenient regression" of healthequal's
 * {@code aci} and {@code rci} (see {@link HeatMeasures#aci} and {@link HeatMeasures#rci}).
 */
public final class ConcentrationIndex {

    /** Normalisations of the relative index for bounded indicators. */
    public enum Normalisation {
        /** The plain relative index ACI/μ. */
        NONE,
        /** Wagstaff: divides by (1 − μ). */
        WAGSTAFF,
        /** Erreygers: multiplies by 4μ. */
        ERREYGERS
    }

    private ConcentrationIndex() {
    }

    static SummaryMeasure compute(Subgroups s, double confidence, boolean relative, Normalisation normalisation,
            double lmin, double lmax) {
        Subgroups g = s.requireAllEstimates(1);
        g.requireOrder();
        boolean bounded = !Double.isNaN(lmin) || !Double.isNaN(lmax);
        if (bounded && (Double.isNaN(lmin) || Double.isNaN(lmax))) {
            throw InputException.field("lmin", "the minimum (lmin) and maximum (lmax) limits must be declared together");
        }
        if (normalisation != Normalisation.NONE && !bounded) {
            throw InputException.field("method", "lmin and lmax must be declared for the " + normalisation + " normalisation");
        }
        int n = g.size();
        Integer[] byOrder = new Integer[n];
        for (int i = 0; i < n; i++) {
            byOrder[i] = i;
        }
        java.util.Arrays.sort(byOrder, (a, b) -> Double.compare(g.order(a), g.order(b)));
        double[] pop = new double[n];
        double[] y = new double[n];
        if (g.hasPop()) {
            g.requirePopulation();
        }
        for (int k = 0; k < n; k++) {
            int i = byOrder[k];
            pop[k] = g.hasPop() ? g.pop(i) : 1;
            y[k] = g.est(i);
            if (bounded) {
                if (y[k] < lmin) {
                    throw InputException.at(g.row(i), "est", "estimate below the lower limit lmin");
                }
                y[k] = (y[k] - lmin) / (lmax - lmin);
            }
        }
        if (bounded && !(lmin < lmax)) {
            throw InputException.field("lmin", "lmin must be less than lmax");
        }
        double total = 0;
        for (double p : pop) {
            total += p;
        }
        double[] rank = new double[n];
        double cum = 0;
        for (int k = 0; k < n; k++) {
            rank[k] = (cum + 0.5 * pop[k]) / total;
            cum += pop[k];
        }
        double sigma = 0;
        double weighted = 0;
        for (int k = 0; k < n; k++) {
            sigma += (pop[k] / total) * HeatMeasures.square(rank[k] - 0.5);
            weighted += pop[k] * y[k];
        }
        double mean = weighted / total;
        double[] lhs = new double[n];
        double[] rhs = new double[n];
        double[] icpt = new double[n];
        for (int k = 0; k < n; k++) {
            icpt[k] = Math.sqrt(pop[k]);
            double left = sigma * 2 * (y[k] / mean) * icpt[k];
            if (relative) {
                if (normalisation == Normalisation.WAGSTAFF) {
                    left = left / (1 - mean);
                } else if (normalisation == Normalisation.ERREYGERS) {
                    left = left * (4 * mean);
                }
                lhs[k] = left;
            } else {
                lhs[k] = left * mean;
            }
            rhs[k] = rank[k] * icpt[k];
        }
        // OLS of lhs on (rhs, icpt) without intercept; beta is the rhs coefficient.
        double sxx = 0;
        double sxz = 0;
        double szz = 0;
        double sxy = 0;
        double szy = 0;
        for (int k = 0; k < n; k++) {
            sxx += rhs[k] * rhs[k];
            sxz += rhs[k] * icpt[k];
            szz += icpt[k] * icpt[k];
            sxy += rhs[k] * lhs[k];
            szy += icpt[k] * lhs[k];
        }
        double det = sxx * szz - sxz * sxz;
        double beta = (szz * sxy - sxz * szy) / det;
        double alpha = (sxx * szy - sxz * sxy) / det;
        double rss = 0;
        for (int k = 0; k < n; k++) {
            rss += HeatMeasures.square(lhs[k] - beta * rhs[k] - alpha * icpt[k]);
        }
        String measure = relative ? "rci" : "aci";
        if (n <= 2) {
            return new SummaryMeasure(measure, beta, Double.NaN, Double.NaN, Double.NaN, confidence,
                    "none (no residual degrees of freedom)");
        }
        double se = Math.sqrt(rss / (n - 2) * szz / det);
        double z = HeatMeasures.z(confidence);
        return new SummaryMeasure(measure, beta, se, beta - se * z, beta + se * z, confidence,
                "normal approximation, OLS standard error");
    }
}
