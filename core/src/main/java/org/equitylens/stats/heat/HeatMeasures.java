package org.equitylens.stats.heat;

import java.util.Arrays;
import org.equitylens.stats.Distributions;
import org.equitylens.stats.table.InputException;

/**
 * The 21 WHO Health Equity Assessment Toolkit (HEAT) summary measures of health inequality, computed
 * as WHO's R package healthequal 1.0.1 computes them (one function per measure, file
 * {@code R/<measure>.R}), including its limits and its documented quirks.
 *
 * <p>Notation: {@code y_j} estimate, {@code s_j} its standard error, {@code N_j} population,
 * {@code p_j = N_j / ΣN} population share, {@code μ = Σ p_j y_j} the population-weighted mean,
 * {@code z = Φ⁻¹(1 − (1 − c)/2)}. Definitions: Schlotheuber &amp; Hosseinpoor, "Summary measures of
 * health inequality", IJERPH 2022;19(6):3697; analytic standard errors from Ahn et al., JCO Clin
 * Cancer Inform 2018;2:1-19; PAF standard error after Walter, Int J Epidemiol 1978;7:175-82.
 *
 * <p>Measures come in three groups: simple pairwise ({@link #d}, {@link #r}); regression-based for
 * ordered dimensions ({@link #sii}, {@link #rii}, {@link #aci}, {@link #rci}); and disproportionality
 * measures across all subgroups, with analytic limits ({@link #bgv}, {@link #ti}, {@link #mld},
 * {@link #paf}, {@link #parisk}) or simulated ones ({@link #bgsd}, {@link #covar}, the mean
 * differences and the indices of disparity).
 */
public final class HeatMeasures {

    private static final String ANALYTIC = "normal approximation";

    private HeatMeasures() {
    }

    /**
     * Difference D = y1 − y2. Ordered dimension: favourable indicator → most advantaged − least
     * advantaged subgroup; adverse → least − most advantaged. Non-ordered without a reference: the
     * highest minus the lowest estimate (for both polarities). Non-ordered with a reference subgroup:
     * favourable → reference − lowest non-reference estimate; adverse → <em>highest</em> non-reference
     * estimate − reference. (The peer's help page says "lowest" for the adverse case; its code, which
     * we follow, takes the highest.) SE {@code √(s1² + s2²)}, limits {@code D ∓ z·SE} when both SEs
     * are present. A compared subgroup without an estimate is refused (the peer returns NA).
     */
    public static SummaryMeasure d(Subgroups s, double confidence) {
        int[] pair = pair(s);
        double y1 = s.est(pair[0]);
        double y2 = s.est(pair[1]);
        double d = y1 - y2;
        if (!pairHasSe(s, pair)) {
            return new SummaryMeasure("d", d, Double.NaN, Double.NaN, Double.NaN, confidence, "none (standard errors missing)");
        }
        double se = Math.sqrt(s.se(pair[0]) * s.se(pair[0]) + s.se(pair[1]) * s.se(pair[1]));
        double z = z(confidence);
        return new SummaryMeasure("d", d, se, d - se * z, d + se * z, confidence, ANALYTIC);
    }

    /**
     * Ratio R = y1 / y2 with the subgroups chosen as for {@link #d}. SE of R by the delta method
     * {@code √((s1² + R² s2²) / y2²)} (Ahn et al. 2018); the reported SE is that divided by R, i.e. on
     * the log scale, and the limits are {@code exp(ln R ∓ z·SE_R/R)}.
     */
    public static SummaryMeasure r(Subgroups s, double confidence) {
        int[] pair = pair(s);
        double y1 = s.est(pair[0]);
        double y2 = s.est(pair[1]);
        double r = y1 / y2;
        if (!pairHasSe(s, pair)) {
            return new SummaryMeasure("r", r, Double.NaN, Double.NaN, Double.NaN, confidence, "none (standard errors missing)");
        }
        double s1 = s.se(pair[0]);
        double s2 = s.se(pair[1]);
        double seR = Math.sqrt((1 / (y2 * y2)) * (s1 * s1 + r * r * (s2 * s2)));
        double logSe = seR / r;
        double z = z(confidence);
        double logR = Math.log(r);
        return new SummaryMeasure("r", r, logSe, Math.exp(logR - logSe * z), Math.exp(logR + logSe * z), confidence,
                "normal approximation on the log scale");
    }

    /**
     * Slope index of inequality: the difference in predicted values between the most advantaged
     * (ridit rank 1) and the least advantaged (rank 0) end of an ordered dimension. See
     * {@link RankRegression} for the quasi-binomial logistic model the peer fits (or a weighted linear
     * model when {@code linear}). The estimate and limits are on the indicator's scale; the SE, as the
     * peer reports it, is on the 0-1 scale (quirk: not multiplied by the scale).
     */
    public static SummaryMeasure sii(Subgroups s, double confidence, boolean linear) {
        return RankRegression.fit(prepareOrdered(s), linear).sii(confidence);
    }

    /**
     * Relative index of inequality: the ratio of the predicted values at rank 1 and rank 0 from the
     * same model as {@link #sii}; SE of ln RII by the delta method with an HC1 sandwich covariance,
     * limits {@code exp(ln RII ∓ z·SE)}.
     */
    public static SummaryMeasure rii(Subgroups s, double confidence, boolean linear) {
        return RankRegression.fit(prepareOrdered(s), linear).rii(confidence);
    }

    /**
     * Absolute concentration index {@code ACI = Σ p_j (2 r_j − 1) y_j}, r_j the ridit rank (mid-point
     * of the cumulative population share, subgroups from least to most advantaged), computed as the
     * slope of the "convenient regression" {@code 2σ²_r y_j √N_j = α √N_j + β r_j √N_j} (ordinary least
     * squares without intercept; {@code σ²_r = Σ p_j (r_j − ½)²}). SE: the classical OLS standard
     * error of β; limits {@code β ∓ z·SE}. Without a population every subgroup weighs 1.
     * {@code lmin}/{@code lmax} (both or neither, {@code NaN} for neither) rescale a bounded indicator
     * to {@code (y − lmin)/(lmax − lmin)}.
     */
    public static SummaryMeasure aci(Subgroups s, double confidence, double lmin, double lmax) {
        return ConcentrationIndex.compute(s, confidence, false, ConcentrationIndex.Normalisation.NONE, lmin, lmax);
    }

    /**
     * Relative concentration index: the convenient regression with {@code 2σ²_r y_j/μ √N_j} on the
     * left, i.e. RCI = ACI/μ. {@code normalisation} WAGSTAFF divides the left side by (1 − μ) and
     * ERREYGERS multiplies it by 4μ (both need {@code lmin}/{@code lmax}).
     */
    public static SummaryMeasure rci(Subgroups s, double confidence, ConcentrationIndex.Normalisation normalisation,
            double lmin, double lmax) {
        return ConcentrationIndex.compute(s, confidence, true, normalisation, lmin, lmax);
    }

    /**
     * Population attributable fraction {@code PAF = 100 (y_ref − μ)/μ}. Reference: ordered dimension
     * → most advantaged subgroup (highest order); non-ordered → best performer (highest estimate if
     * favourable, lowest if adverse). PAF is 0 when the reference is worse than the mean. μ is the
     * population-weighted mean, or the setting average when no population is given (then no limits).
     *
     * <p>SE after Walter (1978) from a 2×2 table {@code c = y_ref/scale·N_ref}, {@code d = N_ref − c},
     * {@code a = μ/scale·ΣN − c}, {@code b = ΣN − a − N_ref}, {@code Nt = a+b+c+d}:
     * {@code √(c·Nt·(a·d·(Nt − c) + b·c²) / ((a+c)³ (c+d)³))}. Peer quirk kept: that SE is a fraction
     * while the estimate is a percentage, so the reported limits {@code PAF ∓ z·SE} are 100 times too
     * narrow; multiply the SE by 100 for a usable interval.
     */
    public static SummaryMeasure paf(Subgroups s, double confidence) {
        Attributable a = Attributable.of(s);
        double paf = a.zeroed() ? 0 : 100 * (a.yRef - a.mean) / a.mean;
        if (!a.withPopulation) {
            return new SummaryMeasure("paf", paf, Double.NaN, Double.NaN, Double.NaN, confidence, "none (no population)");
        }
        double se = a.pafSe();
        double z = z(confidence);
        return new SummaryMeasure("paf", paf, se, paf - se * z, paf + se * z, confidence,
                "normal approximation, Walter SE (fraction scale, as the peer)");
    }

    /**
     * Population attributable risk {@code PAR = y_ref − μ} with the reference and zero rule of
     * {@link #paf}. SE {@code |μ|·SE_PAF} (SE_PAF as in {@link #paf}, a fraction), limits
     * {@code PAR ∓ z·SE}. The peer labels the measure {@code "par"}. (In the peer the zero branch
     * refers to an undefined variable and fails; we return 0 as its documentation describes.)
     */
    public static SummaryMeasure parisk(Subgroups s, double confidence) {
        Attributable a = Attributable.of(s);
        double par = a.zeroed() ? 0 : a.yRef - a.mean;
        if (!a.withPopulation) {
            return new SummaryMeasure("par", par, Double.NaN, Double.NaN, Double.NaN, confidence, "none (no population)");
        }
        double pafSe = a.pafSe();
        double z975 = z(0.95);
        double paf = (a.yRef - a.mean) / a.mean * 100;
        // Written as the peer writes it (a 95% interval's half-width divided back), which is |μ|·SE_PAF.
        double se = Math.abs(a.mean * ((paf + z975 * pafSe) - (paf - z975 * pafSe))) / (2 * z975);
        double z = z(confidence);
        return new SummaryMeasure("par", par, se, par - se * z, par + se * z, confidence, ANALYTIC);
    }

    /**
     * Between-group variance {@code BGV = Σ p_j (y_j − μ)²}. SE (Ahn et al. 2018):
     * {@code √(4 Σp²s²(y−μ)² + 2((Σp²s²)² − Σp⁴s⁴ + Σp²(1−p)²s⁴))}; limits {@code BGV ∓ z·SE}.
     */
    public static SummaryMeasure bgv(Subgroups s, double confidence) {
        Subgroups g = s.withEstimates();
        double[] p = g.populationShares();
        double mean = weightedMean(g, p);
        double bgv = 0;
        for (int i = 0; i < g.size(); i++) {
            bgv += p[i] * square(g.est(i) - mean);
        }
        if (!g.allSePresent()) {
            return noInterval("bgv", bgv, confidence);
        }
        double se2 = 0;
        double s2 = 0;
        double s4 = 0;
        double se4 = 0;
        for (int i = 0; i < g.size(); i++) {
            double v = square(g.se(i));
            se2 += square(p[i]) * v * square(g.est(i) - mean);
            s2 += square(p[i]) * v;
            s4 += Math.pow(p[i], 4) * v * v;
            se4 += square(p[i]) * square(1 - p[i]) * v * v;
        }
        double se = Math.sqrt(4 * se2 + 2 * (s2 * s2 - s4 + se4));
        double z = z(confidence);
        return new SummaryMeasure("bgv", bgv, se, bgv - se * z, bgv + se * z, confidence, ANALYTIC);
    }

    /**
     * Theil index {@code TI = 1000 Σ p_j r_j ln r_j}, {@code r_j = y_j/μ} (estimates of 0 replaced by
     * 1e-6 first, μ computed from the replaced values). SE (Ahn et al. 2018):
     * {@code √(Σ (1 + ln r_j − Σ_k p_k r_k (1 + ln r_k))² p_j² s_j² / μ²)}. Peer quirk kept: the SE
     * is not multiplied by 1000, so the reported limits {@code TI ∓ z·SE} are 1000 times too narrow.
     */
    public static SummaryMeasure ti(Subgroups s, double confidence) {
        Subgroups g = s.withEstimates();
        double[] p = g.populationShares();
        double[] y = nonZero(g);
        double mean = dot(p, y);
        double ti = 0;
        double prep = 0;
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = y[i] / mean;
            ti += p[i] * r[i] * Math.log(r[i]);
        }
        ti *= 1000;
        if (!g.allSePresent()) {
            return noInterval("ti", ti, confidence);
        }
        for (int i = 0; i < y.length; i++) {
            prep += r[i] * (1 + Math.log(r[i])) * p[i];
        }
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += square(1 + Math.log(r[i]) - prep) * (square(p[i]) * square(g.se(i)) / square(mean));
        }
        double se = Math.sqrt(sum);
        double z = z(confidence);
        return new SummaryMeasure("ti", ti, se, ti - se * z, ti + se * z, confidence,
                "normal approximation, SE not scaled by 1000 (as the peer)");
    }

    /**
     * Mean log deviation {@code MLD = 1000 Σ p_j (−ln(y_j/μ))} (zeros replaced by 1e-6). SE (Ahn et
     * al. 2018): {@code √(Σ s_j² p_j²/μ² (1 − 1/r_j)²)}; as for {@link #ti} the SE is not scaled by
     * 1000 (peer quirk), and a zero estimate makes it explode.
     */
    public static SummaryMeasure mld(Subgroups s, double confidence) {
        Subgroups g = s.withEstimates();
        double[] p = g.populationShares();
        double[] y = nonZero(g);
        double mean = dot(p, y);
        double mld = 0;
        for (int i = 0; i < y.length; i++) {
            mld += p[i] * -Math.log(y[i] / mean);
        }
        mld *= 1000;
        if (!g.allSePresent()) {
            return noInterval("mld", mld, confidence);
        }
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] / mean;
            sum += ((square(g.se(i)) * square(p[i])) / square(mean)) * square(1 - 1 / r);
        }
        double se = Math.sqrt(sum);
        double z = z(confidence);
        return new SummaryMeasure("mld", mld, se, mld - se * z, mld + se * z, confidence,
                "normal approximation, SE not scaled by 1000 (as the peer)");
    }

    /** Between-group standard deviation {@code BGSD = √BGV}; limits by {@link Simulation}. */
    public static SummaryMeasure bgsd(Subgroups s, Simulation sim) {
        Subgroups g = s.withEstimates();
        double[] p = g.populationShares();
        return sim.run("bgsd", g, y -> Math.sqrt(weightedSquares(p, y, dot(p, y))));
    }

    /** Coefficient of variation {@code COV = 100·BGSD/μ} (label {@code "cov"}); limits by {@link Simulation}. */
    public static SummaryMeasure covar(Subgroups s, Simulation sim) {
        Subgroups g = s.withEstimates();
        double[] p = g.populationShares();
        return sim.run("cov", g, y -> {
            double mean = dot(p, y);
            return Math.sqrt(weightedSquares(p, y, mean)) / mean * 100;
        });
    }

    /**
     * Mean difference from mean, unweighted {@code MDMU = Σ|y_j − μ|/J}. μ is the population-weighted
     * mean, or the setting average when it is given (or when there is no population). In each draw μ
     * is recomputed from the draws when a population is given (even if a setting average is, as the
     * peer does), else the setting average is used.
     */
    public static SummaryMeasure mdmu(Subgroups s, Simulation sim) {
        Subgroups g = s.withEstimates();
        double[] p = g.hasPop() ? g.populationShares() : null;
        double mean = meanForDisparity(g, p);
        double estimate = sumAbsDiff(null, g.est(), mean) / g.size();
        return sim.run("mdmu", g, estimate,
                y -> sumAbsDiff(null, y, p != null ? dot(p, y) : g.settingAverage()) / y.length);
    }

    /** Mean difference from mean, weighted {@code MDMW = Σ p_j |y_j − μ|}; μ as in {@link #mdmu}. */
    public static SummaryMeasure mdmw(Subgroups s, Simulation sim) {
        Subgroups g = s.withEstimates();
        double[] p = g.populationShares();
        double mean = meanForDisparity(g, p);
        double estimate = sumAbsDiff(p, g.est(), mean);
        return sim.run("mdmw", g, estimate, y -> sumAbsDiff(p, y, dot(p, y)));
    }

    /**
     * Mean difference from the best performing subgroup, unweighted
     * {@code MDBU = Σ|y_j − y_best|/J}, y_best the highest estimate (favourable) or the lowest
     * (adverse), re-chosen in each draw. (The peer fails without SEs — a misspelt variable — so its
     * SEs are effectively mandatory; we return the estimate without limits instead.)
     */
    public static SummaryMeasure mdbu(Subgroups s, Simulation sim) {
        Subgroups g = s.withEstimates();
        boolean favourable = g.favourable();
        return sim.run("mdbu", g, y -> sumAbsDiff(null, y, best(y, favourable)) / y.length);
    }

    /** Mean difference from the best performing subgroup, weighted {@code MDBW = Σ p_j |y_j − y_best|}. */
    public static SummaryMeasure mdbw(Subgroups s, Simulation sim) {
        Subgroups g = s.withEstimates();
        boolean favourable = g.favourable();
        double[] p = g.populationShares();
        return sim.run("mdbw", g, y -> sumAbsDiff(p, y, best(y, favourable)));
    }

    /** Mean difference from the reference subgroup, unweighted {@code MDRU = Σ|y_j − y_ref|/J}. */
    public static SummaryMeasure mdru(Subgroups s, Simulation sim) {
        Subgroups g = s.withEstimates();
        int ref = g.referenceIndex();
        return sim.run("mdru", g, y -> sumAbsDiff(null, y, y[ref]) / y.length);
    }

    /** Mean difference from the reference subgroup, weighted {@code MDRW = Σ p_j |y_j − y_ref|}. */
    public static SummaryMeasure mdrw(Subgroups s, Simulation sim) {
        Subgroups g = s.withEstimates();
        int ref = g.referenceIndex();
        double[] p = g.populationShares();
        return sim.run("mdrw", g, y -> sumAbsDiff(p, y, y[ref]));
    }

    /**
     * Index of disparity, unweighted {@code IDISU = 100/J · Σ|y_j − μ| / μ}, μ as in {@link #mdmu}
     * (recomputed in each draw when a population is given).
     */
    public static SummaryMeasure idisu(Subgroups s, Simulation sim) {
        Subgroups g = s.withEstimates();
        double[] p = g.hasPop() ? g.populationShares() : null;
        double mean = meanForDisparity(g, p);
        double estimate = (100.0 / g.size()) * sumAbsDiff(null, g.est(), mean) / mean;
        return sim.run("idisu", g, estimate, y -> {
            double m = p != null ? dot(p, y) : g.settingAverage();
            return (100.0 / y.length) * sumAbsDiff(null, y, m) / m;
        });
    }

    /**
     * Index of disparity, weighted {@code IDISW = 100 Σ p_j |y_j − μ| / μ}. Peer quirk kept: every
     * draw measures the deviations from the <em>original</em> weighted mean, not the draw's own mean,
     * which widens the upper limit.
     */
    public static SummaryMeasure idisw(Subgroups s, Simulation sim) {
        Subgroups g = s.withEstimates();
        double[] p = g.populationShares();
        double mean = dot(p, g.est());
        return sim.run("idisw", g, y -> 100 * sumAbsDiff(p, y, mean) / mean);
    }

    static double z(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw InputException.field("conf.level", "confidence level must lie strictly between 0 and 1, got " + confidence);
        }
        return Distributions.qnorm(1 - (1 - confidence) / 2);
    }

    static double square(double x) {
        return x * x;
    }

    static double dot(double[] p, double[] y) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += p[i] * y[i];
        }
        return sum;
    }

    private static double weightedMean(Subgroups g, double[] p) {
        return dot(p, g.est());
    }

    private static double weightedSquares(double[] p, double[] y, double mean) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += p[i] * square(y[i] - mean);
        }
        return sum;
    }

    private static double sumAbsDiff(double[] p, double[] y, double centre) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += (p == null ? 1 : p[i]) * Math.abs(y[i] - centre);
        }
        return sum;
    }

    private static double best(double[] y, boolean favourable) {
        return favourable ? Arrays.stream(y).max().orElseThrow() : Arrays.stream(y).min().orElseThrow();
    }

    private static double meanForDisparity(Subgroups g, double[] p) {
        if (p != null && !g.hasSettingAverage()) {
            return dot(p, g.est());
        }
        if (!g.hasSettingAverage()) {
            throw InputException.field("pop", "specify either the population or the setting average");
        }
        return g.settingAverage();
    }

    private static double[] nonZero(Subgroups g) {
        double[] y = g.est();
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0) {
                y[i] = 0.000001;
            }
        }
        return y;
    }

    private static SummaryMeasure noInterval(String measure, double estimate, double confidence) {
        return new SummaryMeasure(measure, estimate, Double.NaN, Double.NaN, Double.NaN, confidence,
                "none (standard errors missing)");
    }

    private static Subgroups prepareOrdered(Subgroups s) {
        Subgroups g = s.requireAllEstimates(3);
        g.requireOrder();
        return g;
    }

    private static boolean pairHasSe(Subgroups s, int[] pair) {
        return s.hasSe() && !Double.isNaN(s.se(pair[0])) && !Double.isNaN(s.se(pair[1]));
    }

    /** Indices {y1, y2} of the two subgroups D and R compare. */
    private static int[] pair(Subgroups s) {
        boolean favourable = s.favourable();
        boolean ordered = s.ordered();
        int first = -1;
        int second = -1;
        if (ordered) {
            s.requireOrder();
            int lo = extreme(s, false);
            int hi = extreme(s, true);
            first = favourable ? hi : lo;
            second = favourable ? lo : hi;
        } else if (s.referenceCount() == 0) {
            first = argExtreme(s, true, -1);
            second = argExtreme(s, false, -1);
        } else {
            int ref = s.referenceIndex();
            if (favourable) {
                first = ref;
                second = argExtreme(s, false, ref);
            } else {
                first = argExtreme(s, true, ref);
                second = ref;
            }
        }
        for (int i : new int[] {first, second}) {
            if (i < 0) {
                throw InputException.field("est", "estimates are missing for the subgroups to compare");
            }
            if (Double.isNaN(s.est(i))) {
                throw InputException.at(s.row(i), "est", "estimate is missing for a subgroup to compare");
            }
        }
        return new int[] {first, second};
    }

    /** The subgroup with the highest (or lowest) order. */
    private static int extreme(Subgroups s, boolean highest) {
        int best = 0;
        for (int i = 1; i < s.size(); i++) {
            if (highest ? s.order(i) > s.order(best) : s.order(i) < s.order(best)) {
                best = i;
            }
        }
        return best;
    }

    /** The first subgroup with the highest (or lowest) non-missing estimate, skipping {@code skip}. */
    private static int argExtreme(Subgroups s, boolean highest, int skip) {
        int best = -1;
        for (int i = 0; i < s.size(); i++) {
            double e = s.est(i);
            if (i == skip || Double.isNaN(e)) {
                continue;
            }
            if (best < 0 || (highest ? e > s.est(best) : e < s.est(best))) {
                best = i;
            }
        }
        return best;
    }

    /** The reference subgroup, mean and 2×2 table behind PAF and PAR. */
    private static final class Attributable {
        final double yRef;
        final double nRef;
        final double mean;
        final double totalPop;
        final boolean favourable;
        final boolean withPopulation;
        final double scale;

        private Attributable(double yRef, double nRef, double mean, double totalPop, boolean favourable,
                boolean withPopulation, double scale) {
            this.yRef = yRef;
            this.nRef = nRef;
            this.mean = mean;
            this.totalPop = totalPop;
            this.favourable = favourable;
            this.withPopulation = withPopulation;
            this.scale = scale;
        }

        static Attributable of(Subgroups s) {
            boolean ordered = s.ordered();
            Subgroups g = ordered ? s.requireAllEstimates(3) : s.withEstimates();
            boolean favourable = g.favourable();
            int ref;
            if (ordered) {
                g.requireOrder();
                ref = extreme(g, true);
            } else {
                ref = argExtreme(g, favourable, -1);
            }
            if (g.hasPop()) {
                double[] p = g.populationShares();
                double total = 0;
                for (int i = 0; i < g.size(); i++) {
                    total += g.pop(i);
                }
                return new Attributable(g.est(ref), g.pop(ref), dot(p, g.est()), total, favourable, true, g.scale());
            }
            if (!g.hasSettingAverage()) {
                throw InputException.field("pop", "specify either the population or the setting average");
            }
            return new Attributable(g.est(ref), Double.NaN, g.settingAverage(), Double.NaN, favourable, false, Double.NaN);
        }

        /** The reference is worse than the mean: no attributable excess. */
        boolean zeroed() {
            double diff = yRef - mean;
            return favourable ? diff < 0 : diff > 0;
        }

        double pafSe() {
            double c = (yRef / scale) * nRef;
            double d = nRef - c;
            double a = (mean / scale) * totalPop - c;
            double b = totalPop - a - nRef;
            double n = a + b + c + d;
            return Math.sqrt((c * n * (a * d * (n - c) + b * c * c)) / (Math.pow(a + c, 3) * Math.pow(c + d, 3)));
        }
    }
}
