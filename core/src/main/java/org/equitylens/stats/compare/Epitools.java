package org.equitylens.stats.compare;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.equitylens.stats.Distributions;
import org.equitylens.stats.table.InputException;

/**
 * Risk, odds and rate ratios of each exposure level against the first (the reference), as
 * epitools 0.5-10.1 computes them ({@code riskratio}, {@code oddsratio}, {@code rateratio}).
 * Notation for a compared row 1 against reference row 0: a = cases, b = non-cases, n = a + b,
 * T = person-time; {@code z = Φ⁻¹((1 + c)/2)}.
 */
public final class Epitools {

    private static final ChiSquaredDistribution CHI_SQUARE_1 = ChiSquaredDistribution.of(1);

    /** Methods of {@link #riskRatio}. */
    public enum RiskMethod { WALD, SMALL }

    /** Methods of {@link #oddsRatio}. */
    public enum OddsMethod { MIDP, FISHER, WALD, SMALL }

    /** Methods of {@link #rateRatio}. */
    public enum RateMethod { WALD, MIDP }

    /**
     * One exposure level's comparison with the reference: the estimate and the p-values epitools
     * reports ({@code NaN} where not applicable, and for the reference row).
     *
     * @param group        the exposure level
     * @param estimate     the ratio and its interval (1 without limits for the reference)
     * @param pMidpExact   two-sided mid-p exact p-value
     * @param pFisherExact two-sided Fisher exact p-value (risk and odds ratios)
     * @param pChiSquare   Pearson chi-square p-value without continuity correction (risk and odds ratios)
     * @param pWald        the rate table's score p-value, labelled "wald" by the peer (rate ratios)
     */
    public record Row(String group, Estimate estimate, double pMidpExact, double pFisherExact, double pChiSquare,
            double pWald) {
    }

    /** One row of a 2×k table of cases and non-cases. */
    public record CaseCounts(String group, double noncases, double cases) {
    }

    /** One row of a table of cases and person-time. */
    public record RateCounts(String group, double cases, double personTime) {
    }

    private Epitools() {
    }

    /**
     * Risk ratios. {@code WALD}: {@code RR = (a1/n1)/(a0/n0)}; {@code SMALL}: the small-sample
     * adjusted {@code (a1/n1)/((a0 + 1)/(n0 + 1))}. Both use the Katz interval
     * {@code exp(ln RR ∓ z√(1/a1 − 1/n1 + 1/a0 − 1/n0))} with the unadjusted counts. p-values:
     * mid-p exact, Fisher exact and chi-square (see {@link #oddsRatio}).
     */
    public static List<Row> riskRatio(List<CaseCounts> table, RiskMethod method, double confidence) {
        double z = z(confidence);
        List<Row> rows = new ArrayList<>();
        CaseCounts ref = checked(table, 0);
        rows.add(reference(ref.group(), confidence, riskLabel(method)));
        for (int i = 1; i < table.size(); i++) {
            CaseCounts c = checked(table, i);
            double a0 = ref.cases();
            double n0 = ref.cases() + ref.noncases();
            double a1 = c.cases();
            double n1 = c.cases() + c.noncases();
            double est = method == RiskMethod.WALD ? (a1 / n1) / (a0 / n0) : (a1 / n1) / ((a0 + 1) / (n0 + 1));
            double se = Math.sqrt((1 / a1) - (1 / n1) + (1 / a0) - (1 / n0));
            double log = Math.log(est);
            Estimate e = new Estimate(est, Math.exp(log - z * se), Math.exp(log + z * se), confidence, riskLabel(method));
            rows.add(withTests(c.group(), e, ref, c, i + 1));
        }
        return rows;
    }

    /**
     * Odds ratios. {@code WALD}: {@code OR = a1 b0/(a0 b1)}, Woolf interval
     * {@code exp(ln OR ∓ z√(1/a1 + 1/b1 + 1/a0 + 1/b0))}. {@code SMALL}: estimate
     * {@code a1 b0/((a0 + 1)(b1 + 1))} with the interval of the Haldane-corrected log odds ratio
     * (½ added to every cell). {@code FISHER}: conditional MLE and exact interval of
     * {@link ExactTests#fisher}. {@code MIDP}: median-unbiased estimate (mid-p of ½) and mid-p exact
     * limits, found with R's {@code uniroot} on [0, 1000] as the peer does (so agreeing with it only
     * to about 1e-4, its tolerance; the peer, and so this method, fails on rows with a zero cell).
     *
     * <p>p-values for every method: mid-p exact {@code 2·min(P, 1 − P)} with
     * {@code P = ½(P(X ≤ a1) − P(X ≥ a1) + 1)} under the central hypergeometric; Fisher's exact
     * two-sided p; Pearson's chi-square without continuity correction.
     */
    public static List<Row> oddsRatio(List<CaseCounts> table, OddsMethod method, double confidence) {
        double z = z(confidence);
        List<Row> rows = new ArrayList<>();
        CaseCounts ref = checked(table, 0);
        rows.add(reference(ref.group(), confidence, oddsLabel(method)));
        for (int i = 1; i < table.size(); i++) {
            CaseCounts c = checked(table, i);
            double a0 = ref.cases();
            double b0 = ref.noncases();
            double a1 = c.cases();
            double b1 = c.noncases();
            Estimate e;
            switch (method) {
                case WALD: {
                    double est = (b0 * a1) / (a0 * b1);
                    double se = Math.sqrt((1 / b0) + (1 / a0) + (1 / b1) + (1 / a1));
                    double log = Math.log(est);
                    e = new Estimate(est, Math.exp(log - z * se), Math.exp(log + z * se), confidence, oddsLabel(method));
                    break;
                }
                case SMALL: {
                    double est = (b0 * a1) / ((a0 + 1) * (b1 + 1));
                    double log = Math.log(((b0 + 0.5) * (a1 + 0.5)) / ((a0 + 0.5) * (b1 + 0.5)));
                    double se = Math.sqrt((1 / (b0 + 0.5)) + (1 / (a0 + 0.5)) + (1 / (b1 + 0.5)) + (1 / (a1 + 0.5)));
                    e = new Estimate(est, Math.exp(log - z * se), Math.exp(log + z * se), confidence, oddsLabel(method));
                    break;
                }
                case FISHER: {
                    NoncentralHypergeometric h = table2x2(ref, c, i + 1);
                    double alpha = (1 - confidence) / 2;
                    e = new Estimate(h.mle(), h.lowerLimit(alpha), h.upperLimit(alpha), confidence, oddsLabel(method));
                    break;
                }
                default: {
                    e = midpOddsRatio(ref, c, i + 1, confidence);
                    break;
                }
            }
            rows.add(withTests(c.group(), e, ref, c, i + 1));
        }
        return rows;
    }

    /**
     * Incidence rate ratios {@code IRR = (a1/T1)/(a0/T0)}. {@code WALD}: interval
     * {@code exp(ln IRR ∓ z√(1/a1 + 1/a0))}. {@code MIDP}: conditioning on {@code a0 + a1}, the
     * binomial proportion π of cases in the compared row is solved (R's {@code uniroot}) for a mid-p of
     * ½ (median-unbiased estimate) and of α/2 in each tail, then {@code IRR = π/(1 − π)·T0/T1}.
     * p-values: mid-p exact from the binomial with {@code π0 = T1/(T1 + T0)}, and the score statistic
     * {@code (a1 − T1/T·M)/√(M·T1/T·T0/T)} referred to chi-square (which the peer labels "wald").
     */
    public static List<Row> rateRatio(List<RateCounts> table, RateMethod method, double confidence) {
        double z = z(confidence);
        double alpha = 1 - confidence;
        List<Row> rows = new ArrayList<>();
        RateCounts ref = checkedRate(table, 0);
        rows.add(reference(ref.group(), confidence, rateLabel(method)));
        for (int i = 1; i < table.size(); i++) {
            RateCounts c = checkedRate(table, i);
            double aa = c.cases();
            double bb = ref.cases();
            double pt1 = c.personTime();
            double pt0 = ref.personTime();
            Estimate e;
            if (method == RateMethod.WALD) {
                double est = (aa / pt1) / (bb / pt0);
                double se = Math.sqrt((1 / aa) + (1 / bb));
                double log = Math.log(est);
                e = new Estimate(est, Math.exp(log - z * se), Math.exp(log + z * se), confidence, rateLabel(method));
            } else {
                int a = Counts.count(aa, i + 1, "cases");
                int m = a + Counts.count(bb, 1, "cases");
                double sIrr = solveMidp(m, a, -0.5, false);
                double sLower = solveMidp(m, a, -alpha / 2, false);
                double sUpper = solveMidp(m, a, -alpha / 2, true);
                e = new Estimate((sIrr / (1 - sIrr)) * (pt0 / pt1), (sLower / (1 - sLower)) * (pt0 / pt1),
                        (sUpper / (1 - sUpper)) * (pt0 / pt1), confidence, rateLabel(method));
            }
            rows.add(rateTests(c.group(), e, aa, bb, pt1, pt0, i + 1));
        }
        return rows;
    }

    /** epitools' {@code qnorm(0.5 * (1 + conf.level))}. */
    private static double z(double confidence) {
        Counts.confidence(confidence);
        return Distributions.qnorm(0.5 * (1 + confidence));
    }

    private static Row reference(String group, double confidence, String method) {
        double na = Double.NaN;
        return new Row(group, Estimate.reference(confidence, method), na, na, na, na);
    }

    private static Row withTests(String group, Estimate e, CaseCounts ref, CaseCounts c, int row) {
        // epitools' ormidp.test works on [[a1, a0], [b1, b0]], fisher.test on [[b0, a0], [b1, a1]].
        double pval1 = midpTable(ref, c, row).midP(1);
        double midp = 2 * Math.min(pval1, 1 - pval1);
        return new Row(group, e, midp, table2x2(ref, c, row).twoSidedP(1), chiSquareP(ref, c), Double.NaN);
    }

    /** The table {@code [[b0, a0], [b1, a1]]} as epitools passes it to {@code fisher.test}. */
    private static NoncentralHypergeometric table2x2(CaseCounts ref, CaseCounts c, int row) {
        return new NoncentralHypergeometric(Counts.count(ref.noncases(), 1, "noncases"),
                Counts.count(ref.cases(), 1, "cases"), Counts.count(c.noncases(), row, "noncases"),
                Counts.count(c.cases(), row, "cases"));
    }

    /** Pearson's chi-square test of independence of the 2×2 table, without continuity correction. */
    private static double chiSquareP(CaseCounts ref, CaseCounts c) {
        double[][] x = {{ref.noncases(), ref.cases()}, {c.noncases(), c.cases()}};
        double n = x[0][0] + x[0][1] + x[1][0] + x[1][1];
        double statistic = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double expected = (x[i][0] + x[i][1]) * (x[0][j] + x[1][j]) / n;
                statistic += Math.pow(Math.abs(x[i][j] - expected), 2) / expected;
            }
        }
        // A zero margin gives an undefined statistic; R reports NaN (with a warning).
        return Double.isNaN(statistic) ? Double.NaN : CHI_SQUARE_1.survivalProbability(statistic);
    }

    private static Row rateTests(String group, Estimate e, double aa, double bb, double pt1, double pt0, int row) {
        int a = Counts.count(aa, row, "cases");
        int m = a + Counts.count(bb, 1, "cases");
        double pt = pt0 + pt1;
        double s = pt1 / (pt1 + pt0);
        BinomialDistribution dist = BinomialDistribution.of(m, s);
        double pLower = dist.probability(a) / 2 + dist.cumulativeProbability(a - 1);
        double pUpper = 1 - pLower;
        double midp = 2 * Math.min(pLower, pUpper);
        double num = aa - (pt1 / pt) * m;
        double dem = Math.sqrt(m * (pt1 / pt) * (pt0 / pt));
        double chi2 = (num / dem) * (num / dem);
        double wald = Double.isNaN(chi2) ? Double.NaN : 1 - CHI_SQUARE_1.cumulativeProbability(chi2);
        return new Row(group, e, midp, Double.NaN, Double.NaN, wald);
    }

    /** epitools' {@code solve.p}: the binomial π at which the mid-p tail equals {@code −offset}. */
    private static double solveMidp(int n, int y, double offset, boolean lowerTail) {
        java.util.function.DoubleUnaryOperator midprob = p -> {
            BinomialDistribution dist = BinomialDistribution.of(n, p);
            double tail = lowerTail ? dist.cumulativeProbability(y - 1) : dist.survivalProbability(y);
            return dist.probability(y) / 2 + tail + offset;
        };
        if (lowerTail && !(midprob.applyAsDouble(1) < 0)) {
            return 1;
        }
        if (!lowerTail && !(midprob.applyAsDouble(0) < 0)) {
            return 0;
        }
        return RootFinder.uniroot(midprob, 0, 1, "the mid-p rate ratio");
    }

    /** epitools' {@code or.midp} on the table {@code [[a1, a0], [b1, b0]]}. */
    private static Estimate midpOddsRatio(CaseCounts ref, CaseCounts c, int row, double confidence) {
        NoncentralHypergeometric h = midpTable(ref, c, row);
        double alpha = 1 - confidence;
        try {
            double est = RootFinder.uniroot(or -> h.tail(h.observed(), or, false) - h.tail(h.observed(), or, true),
                    0, 1000, "the median-unbiased odds ratio");
            double lower = RootFinder.uniroot(or -> 1 - h.midP(or) - alpha / 2, 0, 1000, "the mid-p lower limit");
            double upper = 1 / RootFinder.uniroot(or -> h.midP(1 / or) - alpha / 2, 0, 1000, "the mid-p upper limit");
            return new Estimate(est, lower, upper, confidence, "median-unbiased estimate and mid-p exact interval");
        } catch (InputException e) {
            throw InputException.at(row, "cases", e.getMessage());
        }
    }

    private static NoncentralHypergeometric midpTable(CaseCounts ref, CaseCounts c, int row) {
        return new NoncentralHypergeometric(Counts.count(c.cases(), row, "cases"), Counts.count(ref.cases(), 1, "cases"),
                Counts.count(c.noncases(), row, "noncases"), Counts.count(ref.noncases(), 1, "noncases"));
    }

    private static CaseCounts checked(List<CaseCounts> table, int i) {
        if (table.size() < 2) {
            throw InputException.of("at least two rows are needed: a reference group and a compared group");
        }
        CaseCounts c = table.get(i);
        Counts.nonNegative(c.noncases(), i + 1, "noncases");
        Counts.nonNegative(c.cases(), i + 1, "cases");
        return c;
    }

    private static RateCounts checkedRate(List<RateCounts> table, int i) {
        if (table.size() < 2) {
            throw InputException.of("at least two rows are needed: a reference group and a compared group");
        }
        RateCounts c = table.get(i);
        Counts.nonNegative(c.cases(), i + 1, "cases");
        Counts.nonNegative(c.personTime(), i + 1, "person_time");
        return c;
    }

    private static String riskLabel(RiskMethod m) {
        return m == RiskMethod.WALD ? "unconditional MLE and Wald (Katz) interval"
                : "small-sample adjusted estimate and Wald (Katz) interval";
    }

    private static String oddsLabel(OddsMethod m) {
        switch (m) {
            case WALD:
                return "unconditional MLE and Wald (Woolf) interval";
            case SMALL:
                return "small-sample adjusted estimate and Wald interval";
            case FISHER:
                return "conditional MLE and exact interval (Fisher)";
            default:
                return "median-unbiased estimate and mid-p exact interval";
        }
    }

    private static String rateLabel(RateMethod m) {
        return m == RateMethod.WALD ? "unconditional MLE and Wald interval"
                : "median-unbiased estimate and mid-p exact interval";
    }
}
