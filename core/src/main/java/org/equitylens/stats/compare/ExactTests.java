package org.equitylens.stats.compare;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Base R's exact tests ({@code stats} 4.2.2): {@code fisher.test} on a 2×2 table, {@code binom.test}
 * and the two-sample {@code poisson.test}.
 */
public final class ExactTests {

    private ExactTests() {
    }

    /**
     * Fisher's exact test of the 2×2 table {@code [[a, c], [b, d]]} (R's {@code matrix(c(a, b, c, d), 2)}:
     * a = exposed cases, b = unexposed cases, c/d = non-cases). Estimate: the conditional maximum
     * likelihood odds ratio (the odds ratio maximising the noncentral hypergeometric likelihood given
     * the margins), not the sample odds ratio ad/bc. Interval: the exact conditional limits (each tail
     * α/2). p-value: the sum of the probabilities, under independence, of the tables no more probable
     * than the observed one. Counts are rounded to integers, as R does. Source: R
     * {@code src/library/stats/R/fisher.test.R}.
     *
     * @param row the input row, for error messages
     */
    public static TestedEstimate fisher(double a, double b, double c, double d, double confidence, int row) {
        Counts.confidence(confidence);
        NoncentralHypergeometric h = new NoncentralHypergeometric(Counts.count(a, row, "a"), Counts.count(c, row, "c"),
                Counts.count(b, row, "b"), Counts.count(d, row, "d"));
        double alpha = (1 - confidence) / 2;
        Estimate e = new Estimate(h.mle(), h.lowerLimit(alpha), h.upperLimit(alpha), confidence,
                "conditional MLE and exact conditional interval (Fisher)");
        return new TestedEstimate(e, h.twoSidedP(1));
    }

    /**
     * Exact binomial test of {@code x} successes in {@code n} trials against proportion {@code p}
     * (R's {@code binom.test}). Interval: Clopper–Pearson
     * {@code [B⁻¹(α/2; x, n−x+1), B⁻¹(1−α/2; x+1, n−x)]} (0 when x = 0, 1 when x = n). p-value:
     * probability of outcomes no more likely than x (relative fuzz 1e-7), capped at 1.
     */
    public static TestedEstimate binomial(double x, double n, double p, double confidence, int row) {
        Counts.confidence(confidence);
        int xi = Counts.count(x, row, "x");
        int ni = Counts.count(n, row, "n");
        Counts.notAbove(xi, ni, row, "x", "n");
        if (ni == 0) {
            throw org.equitylens.stats.table.InputException.at(row, "n", "the number of trials must be positive");
        }
        if (!(p >= 0 && p <= 1)) {
            throw org.equitylens.stats.table.InputException.field("p", "must lie in [0, 1], got " + p);
        }
        double alpha = 1 - confidence;
        double lower = xi == 0 ? 0 : BetaDistribution.of(xi, ni - xi + 1.0).inverseCumulativeProbability(alpha / 2);
        double upper = xi == ni ? 1 : BetaDistribution.of(xi + 1.0, ni - xi).inverseCumulativeProbability(1 - alpha / 2);
        Estimate e = new Estimate((double) xi / ni, lower, upper, confidence, "exact (Clopper-Pearson)");
        return new TestedEstimate(e, binomialTwoSidedP(xi, ni, p));
    }

    /**
     * Comparison of two Poisson rates (R's two-sample {@code poisson.test(c(a, b), c(t1, t0))}):
     * conditioning on a + b, a is binomial with {@code π = t1/(t1 + t0)} under equal rates. Estimate
     * {@code (a/t1)/(b/t0)}; limits the Clopper–Pearson limits for π transformed by
     * {@code π/(1 − π)·t0/t1}; p-value the exact binomial test of π.
     */
    public static TestedEstimate poissonRatio(double a, double b, double t1, double t0, double confidence, int row) {
        return poissonRatio(a, b, t1, t0, 1, confidence, row);
    }

    /**
     * As {@link #poissonRatio(double, double, double, double, double, int)} testing the rate ratio
     * {@code r} (R's argument {@code r}): the binomial test of π against {@code r·t1/(r·t1 + t0)}.
     */
    public static TestedEstimate poissonRatio(double a, double b, double t1, double t0, double r, double confidence,
            int row) {
        Counts.confidence(confidence);
        if (!(r > 0) || Double.isInfinite(r)) {
            throw org.equitylens.stats.table.InputException.field("r", "the hypothesised rate ratio must be positive, got " + r);
        }
        int ai = Counts.count(a, row, "a");
        int bi = Counts.count(b, row, "b");
        positive(t1, row, "PT1");
        positive(t0, row, "PT0");
        TestedEstimate binom = binomial(ai, ai + bi, r * t1 / (r * t1 + t0), confidence, row);
        double lower = binom.estimate().lower() / (1 - binom.estimate().lower()) * t0 / t1;
        double upper = binom.estimate().upper() / (1 - binom.estimate().upper()) * t0 / t1;
        Estimate e = new Estimate((ai / t1) / (bi / t0), lower, upper, confidence,
                "exact conditional (binomial) rate ratio");
        return new TestedEstimate(e, binom.pValue());
    }

    private static void positive(double t, int row, String field) {
        Counts.nonNegative(t, row, field);
        if (t == 0) {
            throw org.equitylens.stats.table.InputException.at(row, field, "person-time must be positive");
        }
    }

    static double binomialTwoSidedP(int x, int n, double p) {
        if (p == 0) {
            return x == 0 ? 1 : 0;
        }
        if (p == 1) {
            return x == n ? 1 : 0;
        }
        BinomialDistribution dist = BinomialDistribution.of(n, p);
        double relErr = 1 + 1e-7;
        double d = dist.probability(x);
        double m = n * p;
        double pval;
        if (x == m) {
            pval = 1;
        } else if (x < m) {
            int y = 0;
            for (int i = (int) Math.ceil(m); i <= n; i++) {
                if (dist.probability(i) <= d * relErr) {
                    y++;
                }
            }
            pval = dist.cumulativeProbability(x) + dist.survivalProbability(n - y);
        } else {
            int y = 0;
            for (int i = 0; i <= (int) Math.floor(m); i++) {
                if (dist.probability(i) <= d * relErr) {
                    y++;
                }
            }
            pval = dist.cumulativeProbability(y - 1) + dist.survivalProbability(x - 1);
        }
        return Math.min(1, pval);
    }
}
