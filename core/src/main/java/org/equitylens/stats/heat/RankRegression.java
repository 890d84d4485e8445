package org.equitylens.stats.heat;

import java.util.Arrays;
import org.equitylens.stats.table.InputException;

/**
 * The regression behind healthequal's {@code sii} and {@code rii} for aggregated data.
 *
 * <p>Scale {@code S}: the largest of 1, 100, 1e3, 1e4, 1e5 or 1e6 needed to hold an estimate
 * (1 if {@code y ≤ 1}, 100 if {@code y ≤ 100}, ...). Populations are rounded up; subgroups are sorted
 * from least to most advantaged and given the ridit rank {@code r_j = (ΣN_{k<j} + N_j/2)/ΣN}.
 * Logistic model (default): events {@code e_j = round(y_j/S·N_j)} of {@code N_j}, fitted as R's
 * {@code glm(cbind(e, N − e) ~ rank, weights = N, family = quasibinomial)} — the prior weights
 * multiply the binomial totals, so each subgroup weighs {@code N_j²} (peer quirk; the point estimate
 * is the weighted MLE). Linear model: weighted least squares of {@code y/S} on rank with weights N.
 *
 * <p>SII = {@code f(1) − f(0)} and ln RII = {@code ln f(1) − ln f(0)} for the fitted curve f
 * (marginaleffects {@code avg_comparisons} rank 0 → 1); SEs by the delta method with the HC1
 * sandwich covariance {@code n/(n−2) · B⁻¹ (Σ ψ_j ψ_jᵀ) B⁻¹} (sandwich {@code vcovHC}), where B is the
 * weighted information matrix and ψ_j the score contribution of subgroup j. The peer differentiates
 * numerically; the analytic gradient agrees to about 1e-8.
 */
final class RankRegression {

    private final double scale;
    private final boolean linear;
    private final double b0;
    private final double b1;
    private final double[][] cov;

    private RankRegression(double scale, boolean linear, double b0, double b1, double[][] cov) {
        this.scale = scale;
        this.linear = linear;
        this.b0 = b0;
        this.b1 = b1;
        this.cov = cov;
    }

    static RankRegression fit(Subgroups g, boolean linear) {
        int n = g.size();
        double first = g.est(0);
        boolean allSame = true;
        double scale = 1;
        for (int i = 0; i < n; i++) {
            double e = g.est(i);
            if (e < 0) {
                throw InputException.at(g.row(i), "est", "estimate is negative");
            }
            allSame &= e == first;
            scale = Math.max(scale, scaleOf(e));
        }
        if (allSame) {
            throw InputException.field("est", "all estimates have the same value; the index is not calculated");
        }
        if (g.hasPop()) {
            g.requirePopulation();
        }
        Integer[] byOrder = new Integer[n];
        for (int i = 0; i < n; i++) {
            byOrder[i] = i;
        }
        Arrays.sort(byOrder, (a, b) -> Double.compare(g.order(a), g.order(b)));
        double[] pop = new double[n];
        double[] y = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            int i = byOrder[k];
            pop[k] = g.hasPop() ? Math.ceil(g.pop(i)) : 1;
            y[k] = g.est(i) / scale;
            total += pop[k];
        }
        double[] rank = new double[n];
        double cum = 0;
        for (int k = 0; k < n; k++) {
            rank[k] = (cum + 0.5 * pop[k]) / total;
            cum += pop[k];
        }
        return linear ? fitLinear(scale, rank, y, pop) : fitLogistic(scale, rank, y, pop);
    }

    private static double scaleOf(double e) {
        if (e <= 1) {
            return 1;
        }
        if (e <= 100) {
            return 100;
        }
        if (e <= 1000) {
            return 1000;
        }
        if (e <= 10000) {
            return 10000;
        }
        return e <= 100000 ? 100000 : 1000000;
    }

    /**
     * Iteratively reweighted least squares exactly as R's {@code glm.fit} runs it (start
     * {@code μ = (N p + ½)/(N + 1)}, stop when the deviance changes by less than 1e-8 relative), and
     * the sandwich from the fit as R stores it: working weights from the start of the last iteration,
     * residuals at its end. Stopping where R stops keeps the estimate and the SE on the peer's values
     * rather than on the fully converged ones (they differ by about 1e-7 in the SE).
     */
    private static RankRegression fitLogistic(double scale, double[] rank, double[] y, double[] pop) {
        int n = rank.length;
        double[] p = new double[n];
        double[] w = new double[n];
        double[] mu = new double[n];
        double[] eta = new double[n];
        for (int k = 0; k < n; k++) {
            double events = Math.rint(y[k] * pop[k]);
            p[k] = pop[k] == 0 ? 0 : events / pop[k];
            w[k] = pop[k] * pop[k];
            double start = (pop[k] * p[k] + 0.5) / (pop[k] + 1);
            eta[k] = Math.log(start / (1 - start));
            mu[k] = linkinv(eta[k]);
        }
        double devold = deviance(p, mu, w);
        double[] beta = new double[2];
        double[] working = new double[n];
        for (int iter = 0; iter < 25; iter++) {
            double[] z = new double[n];
            for (int k = 0; k < n; k++) {
                double me = muEta(eta[k]);
                z[k] = eta[k] + (p[k] - mu[k]) / me;
                working[k] = w[k] * me * me / (mu[k] * (1 - mu[k]));
            }
            beta = weightedLeastSquares(rank, z, working);
            for (int k = 0; k < n; k++) {
                eta[k] = beta[0] + beta[1] * rank[k];
                mu[k] = linkinv(eta[k]);
            }
            double dev = deviance(p, mu, w);
            if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < 1e-8) {
                break;
            }
            devold = dev;
        }
        double[][] bread = new double[2][2];
        double[][] meat = new double[2][2];
        for (int k = 0; k < n; k++) {
            double psi = (p[k] - mu[k]) / muEta(eta[k]) * working[k];
            addOuter(bread, working[k], rank[k]);
            addOuter(meat, psi * psi, rank[k]);
        }
        return new RankRegression(scale, false, beta[0], beta[1], sandwich(bread, meat, n));
    }

    /** R's logit inverse link (C {@code logit_linkinv}), with its clamping beyond ±30. */
    private static double linkinv(double eta) {
        double t = eta < -30 ? Math.ulp(1.0) : eta > 30 ? 1 / Math.ulp(1.0) : Math.exp(eta);
        return t / (1 + t);
    }

    /** R's {@code logit_mu_eta}. */
    private static double muEta(double eta) {
        double opexp = 1 + Math.exp(eta);
        return eta > 30 || eta < -30 ? Math.ulp(1.0) : Math.exp(eta) / (opexp * opexp);
    }

    /** Binomial deviance with prior weights {@code w}. */
    private static double deviance(double[] p, double[] mu, double[] w) {
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            sum += 2 * w[k] * (yLogY(p[k], mu[k]) + yLogY(1 - p[k], 1 - mu[k]));
        }
        return sum;
    }

    private static double yLogY(double y, double mu) {
        return y > 0 ? y * Math.log(y / mu) : 0;
    }

    private static RankRegression fitLinear(double scale, double[] rank, double[] y, double[] pop) {
        int n = rank.length;
        double[] beta = weightedLeastSquares(rank, y, pop);
        double[][] bread = new double[2][2];
        double[][] meat = new double[2][2];
        for (int k = 0; k < n; k++) {
            double psi = pop[k] * (y[k] - beta[0] - beta[1] * rank[k]);
            addOuter(bread, pop[k], rank[k]);
            addOuter(meat, psi * psi, rank[k]);
        }
        return new RankRegression(scale, true, beta[0], beta[1], sandwich(bread, meat, n));
    }

    SummaryMeasure sii(double confidence) {
        double f0 = fitted(0);
        double f1 = fitted(1);
        double[] grad = linear
                ? new double[] {0, 1}
                : new double[] {density(b0 + b1) - density(b0), density(b0 + b1)};
        double sii = f1 - f0;
        double se = Math.sqrt(quadratic(grad));
        double z = HeatMeasures.z(confidence);
        return new SummaryMeasure("sii", sii * scale, se, (sii - se * z) * scale, (sii + se * z) * scale, confidence,
                method());
    }

    SummaryMeasure rii(double confidence) {
        double f0 = fitted(0);
        double f1 = fitted(1);
        double[] grad = linear
                ? new double[] {1 / f1 - 1 / f0, 1 / f1}
                : new double[] {(1 - f1) - (1 - f0), 1 - f1};
        double logRii = Math.log(f1) - Math.log(f0);
        double se = Math.sqrt(quadratic(grad));
        double z = HeatMeasures.z(confidence);
        return new SummaryMeasure("rii", Math.exp(logRii), se, Math.exp(logRii - se * z), Math.exp(logRii + se * z),
                confidence, method() + ", log scale");
    }

    private String method() {
        return (linear ? "weighted linear" : "quasi-binomial logistic") + " regression on ridit rank, delta method with HC1 covariance";
    }

    private double fitted(double rank) {
        double eta = b0 + b1 * rank;
        return linear ? eta : expit(eta);
    }

    private double quadratic(double[] g) {
        return g[0] * g[0] * cov[0][0] + 2 * g[0] * g[1] * cov[0][1] + g[1] * g[1] * cov[1][1];
    }

    private static double expit(double eta) {
        return 1 / (1 + Math.exp(-eta));
    }

    private static double density(double eta) {
        double p = expit(eta);
        return p * (1 - p);
    }

    private static void addOuter(double[][] m, double weight, double rank) {
        m[0][0] += weight;
        m[0][1] += weight * rank;
        m[1][0] += weight * rank;
        m[1][1] += weight * rank * rank;
    }

    private static double[][] sandwich(double[][] bread, double[][] meat, int n) {
        double[][] inv = inverse(bread);
        double[][] v = multiply(multiply(inv, meat), inv);
        double adjust = (double) n / (n - 2);
        for (double[] row : v) {
            for (int j = 0; j < 2; j++) {
                row[j] *= adjust;
            }
        }
        return v;
    }

    private static double[] weightedLeastSquares(double[] x, double[] y, double[] w) {
        double[][] m = new double[2][2];
        double[] v = new double[2];
        for (int k = 0; k < x.length; k++) {
            addOuter(m, w[k], x[k]);
            v[0] += w[k] * y[k];
            v[1] += w[k] * y[k] * x[k];
        }
        return solve(m, v);
    }

    private static double[] solve(double[][] m, double[] v) {
        double[][] inv = inverse(m);
        return new double[] {inv[0][0] * v[0] + inv[0][1] * v[1], inv[1][0] * v[0] + inv[1][1] * v[1]};
    }

    private static double[][] inverse(double[][] m) {
        double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        return new double[][] {{m[1][1] / det, -m[0][1] / det}, {-m[1][0] / det, m[0][0] / det}};
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j];
            }
        }
        return c;
    }
}
