package org.equitylens.spc.qic;

import java.util.Arrays;

/**
 * Centre line and limits of one part for each chart of the qicharts2 family.
 *
 * <p>"Base" rows (baseline and not excluded) estimate the centre and sigma; the lines then
 * apply to every row of the part. {@code σ̂} limits are {@code CL ± 3σ̂}, the 95% lines
 * {@code CL ± 2σ̂}. Formulas as qicharts2 0.8.1 {@code qic.<chart>()} behaves (SPEC §2.3);
 * textbook sources: Montgomery, <i>Introduction to Statistical Quality Control</i> (I, MR, Xbar,
 * S, P, C, U), Laney (2002) <i>Quality Engineering</i> 14(4) (P′, U′), Provost &amp; Murray,
 * <i>The Health Care Data Guide</i> (T, G), Anhøj's I′ chart (qicharts2 0.8.0 NEWS).
 */
final class ChartFormulas {

    /** d2 for moving ranges of two: σ̂ = mean moving range / 1.128. */
    static final double D2 = 1.128;
    /** D4 for moving ranges of two: moving ranges at or above 3.267 × their mean are screened out. */
    static final double D4 = 3.267;
    /** Screening factor of the I′ chart (qicharts2 uses 3.2665 there). */
    static final double D4_PRIME = 3.2665;
    /** T charts plot {@code y^(1/3.6)}, which makes exponential times roughly normal (Nelson 1994). */
    static final double T_POWER = 3.6;
    /** With a user centre line a G chart plots {@code 0.693 × cl}, the median of a geometric distribution. */
    static final double GEOMETRIC_MEDIAN_FACTOR = 0.693;

    private ChartFormulas() {
    }

    static ChartLines lines(QicChartType chart, PartInput part) {
        return switch (chart) {
            case RUN -> run(part);
            case I -> individuals(part.values(), part);
            case MR -> movingRange(part);
            case XBAR -> xbar(part);
            case S -> standardDeviation(part);
            case T -> time(part);
            case P -> proportion(part, false);
            case PP -> proportion(part, true);
            case C -> count(part);
            case U -> rate(part, false);
            case UP -> rate(part, true);
            case G -> geometric(part);
            case IP -> individualsPrime(part);
        };
    }

    /** Run chart: CL = median of base y; no limits. */
    static ChartLines run(PartInput part) {
        double[] y = part.values();
        double centre = part.centreLine().orElseGet(() -> ExactStats.median(part.baseOf(y)));
        return ChartLines.withoutLimits(y, centre);
    }

    /**
     * I chart: CL = mean of base y; moving ranges {@code |Δ(y − CL)|} of consecutive base rows
     * (jumping over excluded rows, NaN pairs dropped), mean MR screened if asked; σ̂ = MR̄ / 1.128.
     */
    static ChartLines individuals(double[] y, PartInput part) {
        double[] baseY = part.baseOf(y);
        double centre = part.centreLine().orElseGet(() -> ExactStats.mean(baseY));
        double[] deviations = Arrays.stream(baseY).map(v -> v - centre).toArray();
        double sigma = meanMovingRange(movingRanges(deviations), D4, part.screenedMr()) / D2;
        return ChartLines.symmetric(y, centre, ChartLines.filled(y.length, sigma));
    }

    /**
     * MR chart: y = |y_k − y_(k−1)| over all rows of the part (first NaN); CL = mean of base MRs;
     * LCL = 0, UCL = 3.267·CL; 95% lines 0 and (3.267/3)·2·CL. No screening.
     */
    static ChartLines movingRange(PartInput part) {
        double[] values = part.values();
        double[] y = new double[values.length];
        for (int k = 0; k < y.length; k++) {
            y[k] = k == 0 ? Double.NaN : Math.abs(values[k] - values[k - 1]);
        }
        double centre = part.centreLine().orElseGet(() -> ExactStats.mean(part.baseOf(y)));
        int size = y.length;
        return new ChartLines(y, ChartLines.filled(size, centre), ChartLines.filled(size, 0),
            ChartLines.filled(size, D4 * centre), ChartLines.filled(size, 0),
            ChartLines.filled(size, D4 / 3 * 2 * centre));
    }

    /**
     * Xbar chart: CL = Σ(n_j·ȳ_j) / Σn_j over base rows; s̄ as {@link #pooledSd}; limits
     * {@code CL ± A3(n_j)·s̄} with {@code A3 = 3/(c4·√n)} (2 for the 95% lines).
     */
    static ChartLines xbar(PartInput part) {
        double[] sizes = sizes(part);
        double[] means = Subgroup.column(part.subgroups(), Subgroup::yMean);
        double[] baseSizes = part.baseOf(sizes);
        double[] baseMeans = part.baseOf(means);
        double[] weighted = new double[baseMeans.length];
        for (int j = 0; j < baseMeans.length; j++) {
            weighted[j] = baseSizes[j] * baseMeans[j]; // NaN only for an empty subgroup, which weighs 0
        }
        double centre = part.centreLine().orElseGet(() -> ExactStats.sum(weighted) / ExactStats.sum(baseSizes));
        double sBar = pooledSd(part, sizes);
        double[] y = part.values();
        double[] lcl = new double[y.length];
        double[] ucl = new double[y.length];
        double[] lcl95 = new double[y.length];
        double[] ucl95 = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            lcl[i] = centre - ShewhartConstants.a3(sizes[i], 3) * sBar;
            ucl[i] = centre + ShewhartConstants.a3(sizes[i], 3) * sBar;
            lcl95[i] = centre - ShewhartConstants.a3(sizes[i], 2) * sBar;
            ucl95[i] = centre + ShewhartConstants.a3(sizes[i], 2) * sBar;
        }
        return new ChartLines(y, ChartLines.filled(y.length, centre), lcl, ucl, lcl95, ucl95);
    }

    /** S chart: y = subgroup SD; CL = s̄ ({@link #pooledSd}); limits {@code B3(n_j)·CL}, {@code B4(n_j)·CL}. */
    static ChartLines standardDeviation(PartInput part) {
        double[] sizes = sizes(part);
        double[] y = Subgroup.column(part.subgroups(), Subgroup::ySd);
        double centre = part.centreLine().orElseGet(() -> pooledSd(part, sizes));
        double[] lcl = new double[y.length];
        double[] ucl = new double[y.length];
        double[] lcl95 = new double[y.length];
        double[] ucl95 = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            lcl[i] = ShewhartConstants.b3(sizes[i], 3) * centre;
            ucl[i] = ShewhartConstants.b4(sizes[i], 3) * centre;
            lcl95[i] = ShewhartConstants.b3(sizes[i], 2) * centre;
            ucl95[i] = ShewhartConstants.b4(sizes[i], 2) * centre;
        }
        return new ChartLines(y, ChartLines.filled(y.length, centre), lcl, ucl, lcl95, ucl95);
    }

    /**
     * T chart: an I chart of {@code y^(1/3.6)}, every line raised back to the power 3.6. A negative
     * lower limit has no power and becomes 0; a negative lower 95% line becomes missing. As in
     * qicharts2, a user centre line is taken on the transformed scale (the chart shows {@code cl^3.6}).
     */
    static ChartLines time(PartInput part) {
        double[] values = part.values();
        for (double v : values) {
            if (v <= 0) {
                throw new IllegalArgumentException("T charts need times greater than zero, found " + v);
            }
        }
        double[] transformed = ChartLines.map(values, v -> Math.pow(v, 1 / T_POWER));
        ChartLines lines = individuals(transformed, part);
        return new ChartLines(back(lines.y()), back(lines.cl()),
            ChartLines.map(back(lines.lcl()), v -> Double.isNaN(v) ? 0 : v), back(lines.ucl()),
            back(lines.lcl95()), back(lines.ucl95()));
    }

    /**
     * P chart: CL = Σy / Σn over base rows; σ̂_j = sqrt(CL(1 − CL)/n_j). P′ (Laney) multiplies σ̂_j
     * by σ_z, the moving-range sigma of the base z-scores {@code (p_j − CL)/σ̂_j}. Limits within [0, 1].
     */
    static ChartLines proportion(PartInput part, boolean laney) {
        double centre = part.centreLine().orElseGet(() -> pooledRatio(part));
        double[] sigma = ChartLines.map(part.denominators(), n -> Math.sqrt(centre * (1 - centre) / n));
        if (laney) {
            sigma = laneyScaled(part, centre, sigma);
        }
        return ChartLines.symmetric(part.values(), centre, sigma).floorLower(0).capUpper(1);
    }

    /** C chart: y = count; CL = mean base count; σ̂ = √CL; lower lines at least 0. */
    static ChartLines count(PartInput part) {
        double[] y = part.sums();
        double centre = part.centreLine().orElseGet(() -> ExactStats.mean(part.baseOf(y)));
        return ChartLines.symmetric(y, centre, ChartLines.filled(y.length, Math.sqrt(centre))).floorLower(0);
    }

    /**
     * U chart: CL = Σy / Σn over base rows; σ̂_j = sqrt(CL/n_j). U′ (Laney) multiplies σ̂_j by
     * σ_z as for P′. Lower lines at least 0.
     */
    static ChartLines rate(PartInput part, boolean laney) {
        double centre = part.centreLine().orElseGet(() -> pooledRatio(part));
        double[] sigma = ChartLines.map(part.denominators(), n -> Math.sqrt(centre / n));
        if (laney) {
            sigma = laneyScaled(part, centre, sigma);
        }
        return ChartLines.symmetric(part.values(), centre, sigma).floorLower(0);
    }

    /**
     * G chart: limits from the mean m of base y with σ̂ = sqrt(m(m + 1)), lower lines at least 0;
     * the plotted centre line is the median of base y (or 0.693·cl for a user centre line m = cl).
     */
    static ChartLines geometric(PartInput part) {
        double[] y = part.values();
        double[] baseY = part.baseOf(y);
        double mean = part.centreLine().orElseGet(() -> ExactStats.mean(baseY));
        double sigma = Math.sqrt(mean * (mean + 1));
        double plottedCentre = part.centreLine().isPresent()
            ? GEOMETRIC_MEDIAN_FACTOR * part.centreLine().getAsDouble()
            : ExactStats.median(baseY);
        return ChartLines.symmetric(y, mean, ChartLines.filled(y.length, sigma)).floorLower(0)
            .withCentre(plottedCentre);
    }

    /**
     * I′ chart: CL = Σ(y_j·n_j) / Σn_j over base rows;
     * {@code s_k = sqrt(π/2)·|y_k − y_(k−1)| / sqrt(1/n_(k−1) + 1/n_k)} over all rows of the part,
     * screened at 3.2665·s̄ if asked; σ̂_j = s̄·sqrt(1/n_j).
     */
    static ChartLines individualsPrime(PartInput part) {
        double[] y = part.values();
        double[] n = part.denominators();
        double[] weighted = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            weighted[i] = y[i] * n[i];
        }
        double centre = part.centreLine()
            .orElseGet(() -> ExactStats.sum(part.baseOf(weighted)) / ExactStats.sum(part.baseOf(n)));
        double[] scaled = new double[Math.max(0, y.length - 1)];
        for (int k = 1; k < y.length; k++) {
            scaled[k - 1] = Math.sqrt(Math.PI / 2) * Math.abs(y[k] - y[k - 1]) / Math.sqrt(1 / n[k - 1] + 1 / n[k]);
        }
        double sBar = meanMovingRange(scaled, D4_PRIME, part.screenedMr());
        return ChartLines.symmetric(y, centre, ChartLines.map(n, nj -> sBar * Math.sqrt(1 / nj)));
    }

    /** |x_k − x_(k−1)| for k = 2…; NaN where either value is missing. */
    static double[] movingRanges(double[] values) {
        double[] ranges = new double[Math.max(0, values.length - 1)];
        for (int k = 1; k < values.length; k++) {
            ranges[k - 1] = Math.abs(values[k] - values[k - 1]);
        }
        return ranges;
    }

    /**
     * Mean of the (non-missing) moving ranges; when screening, one pass drops those at or above
     * {@code factor ×} the mean and averages the rest (Nelson 1982).
     */
    static double meanMovingRange(double[] ranges, double factor, boolean screened) {
        double mean = ExactStats.mean(ranges);
        if (!screened) {
            return mean;
        }
        double limit = factor * mean;
        return ExactStats.mean(ChartLines.map(ranges, r -> r < limit ? r : Double.NaN));
    }

    /** Subgroup sizes (number of non-missing values). */
    private static double[] sizes(PartInput part) {
        return part.subgroups().stream().mapToDouble(Subgroup::yLength).toArray();
    }

    /**
     * s̄ of the base rows: the plain mean of the subgroup SDs when every subgroup of the part has
     * the same size, otherwise the pooled {@code sqrt(Σ(n_j − 1)s_j² / Σ(n_j − 1))}.
     */
    private static double pooledSd(PartInput part, double[] sizes) {
        double[] sds = part.baseOf(Subgroup.column(part.subgroups(), Subgroup::ySd));
        boolean equalSizes = Arrays.stream(sizes).distinct().count() <= 1;
        if (equalSizes) {
            return ExactStats.mean(sds);
        }
        double[] degrees = ChartLines.map(part.baseOf(sizes), n -> n - 1);
        double[] squares = new double[sds.length];
        for (int j = 0; j < sds.length; j++) {
            squares[j] = degrees[j] * (sds[j] * sds[j]);
        }
        // As qicharts2: subgroups without an SD add no square, but their n − 1 still counts.
        return Math.sqrt(ExactStats.sum(squares) / ExactStats.sum(degrees));
    }

    /** Σ numerators / Σ denominators over base rows. */
    private static double pooledRatio(PartInput part) {
        return ExactStats.sum(part.baseOf(part.sums())) / ExactStats.sum(part.baseOf(part.denominators()));
    }

    /** Laney's adjustment: σ̂_j × σ_z, σ_z = mean moving range of base z-scores / 1.128. */
    private static double[] laneyScaled(PartInput part, double centre, double[] sigma) {
        double[] y = part.values();
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = (y[i] - centre) / sigma[i];
        }
        double sigmaZ = meanMovingRange(movingRanges(part.baseOf(z)), D4, part.screenedMr()) / D2;
        return ChartLines.map(sigma, s -> s * sigmaZ);
    }

    private static double[] back(double[] values) {
        return ChartLines.map(values, v -> Math.pow(v, T_POWER));
    }
}
