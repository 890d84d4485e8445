package org.equitylens.stats.compare;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * The conditional distribution of the top-left cell of a 2×2 table given its margins, with odds
 * ratio {@code ncp} (Fisher's noncentral hypergeometric), computed as R's {@code fisher.test} does:
 * {@code m} = first column total, {@code n} = second column total, {@code k} = first row total,
 * support {@code max(0, k − n) … min(k, m)}, density proportional to {@code dhyper(x) · ncp^x}.
 */
final class NoncentralHypergeometric {

    private static final double MACHINE_EPSILON = Math.ulp(1.0);

    private final int x;
    private final int lo;
    private final int hi;
    private final double[] logdc;
    private final HypergeometricDistribution central;

    /** The table {@code [[a, b], [c, d]]} (rows then columns), observed cell {@code a}. */
    NoncentralHypergeometric(int a, int b, int c, int d) {
        int m = a + c;
        int n = b + d;
        int k = a + b;
        this.x = a;
        this.lo = Math.max(0, k - n);
        this.hi = Math.min(k, m);
        this.central = HypergeometricDistribution.of(m + n, m, k);
        this.logdc = new double[hi - lo + 1];
        for (int i = 0; i < logdc.length; i++) {
            logdc[i] = central.logProbability(lo + i);
        }
    }

    int observed() {
        return x;
    }

    /** The normalised density over the support. */
    double[] density(double ncp) {
        double[] d = new double[logdc.length];
        double max = Double.NEGATIVE_INFINITY;
        double logNcp = Math.log(ncp);
        for (int i = 0; i < d.length; i++) {
            d[i] = logdc[i] + logNcp * (lo + i);
            max = Math.max(max, d[i]);
        }
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.exp(d[i] - max);
            sum += d[i];
        }
        for (int i = 0; i < d.length; i++) {
            d[i] /= sum;
        }
        return d;
    }

    double mean(double ncp) {
        if (ncp == 0) {
            return lo;
        }
        if (ncp == Double.POSITIVE_INFINITY) {
            return hi;
        }
        double[] d = density(ncp);
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            sum += (lo + i) * d[i];
        }
        return sum;
    }

    /** {@code P(X ≤ q)}, or {@code P(X ≥ q)} for the upper tail, under odds ratio {@code ncp}. */
    double tail(int q, double ncp, boolean upper) {
        if (ncp == 1) {
            return upper ? central.survivalProbability(q - 1) : central.cumulativeProbability(q);
        }
        if (ncp == 0) {
            return (upper ? q <= lo : q >= lo) ? 1 : 0;
        }
        if (ncp == Double.POSITIVE_INFINITY) {
            return (upper ? q <= hi : q >= hi) ? 1 : 0;
        }
        double[] d = density(ncp);
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            int support = lo + i;
            if (upper ? support >= q : support <= q) {
                sum += d[i];
            }
        }
        return sum;
    }

    /** Two-sided p-value: the probability of tables no more likely than the observed (with R's 1e-7 fuzz). */
    double twoSidedP(double ncp) {
        if (ncp == 0) {
            return x == lo ? 1 : 0;
        }
        if (ncp == Double.POSITIVE_INFINITY) {
            return x == hi ? 1 : 0;
        }
        double[] d = density(ncp);
        double bound = d[x - lo] * (1 + 1e-7);
        double sum = 0;
        for (double v : d) {
            if (v <= bound) {
                sum += v;
            }
        }
        return sum;
    }

    /** The conditional maximum-likelihood odds ratio. */
    double mle() {
        if (x == lo) {
            return 0;
        }
        if (x == hi) {
            return Double.POSITIVE_INFINITY;
        }
        double mu = mean(1);
        if (mu > x) {
            return RootFinder.uniroot(t -> mean(t) - x, 0, 1, "the conditional MLE");
        }
        if (mu < x) {
            return 1 / RootFinder.uniroot(t -> mean(1 / t) - x, MACHINE_EPSILON, 1, "the conditional MLE");
        }
        return 1;
    }

    /** Upper exact limit at tail probability {@code alpha}. */
    double upperLimit(double alpha) {
        if (x == hi) {
            return Double.POSITIVE_INFINITY;
        }
        double p = tail(x, 1, false);
        if (p < alpha) {
            return RootFinder.uniroot(t -> tail(x, t, false) - alpha, 0, 1, "the upper limit");
        }
        if (p > alpha) {
            return 1 / RootFinder.uniroot(t -> tail(x, 1 / t, false) - alpha, MACHINE_EPSILON, 1, "the upper limit");
        }
        return 1;
    }

    /** Lower exact limit at tail probability {@code alpha}. */
    double lowerLimit(double alpha) {
        if (x == lo) {
            return 0;
        }
        double p = tail(x, 1, true);
        if (p > alpha) {
            return RootFinder.uniroot(t -> tail(x, t, true) - alpha, 0, 1, "the lower limit");
        }
        if (p < alpha) {
            return 1 / RootFinder.uniroot(t -> tail(x, 1 / t, true) - alpha, MACHINE_EPSILON, 1, "the lower limit");
        }
        return 1;
    }

    /** Mid-p lower-tail probability {@code ½(P(X ≤ x) − P(X ≥ x) + 1)} as epitools computes it. */
    double midP(double ncp) {
        return 0.5 * (tail(x, ncp, false) - tail(x, ncp, true) + 1);
    }
}
