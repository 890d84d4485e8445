package org.equitylens.stats.phe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.equitylens.stats.Distributions;
import org.equitylens.stats.RRandom;
import org.equitylens.stats.SlopeIndex;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * {@code phe_sii}: slope and relative index of inequality per group with confidence limits by
 * simulation (PHEindicatormethods 2.1.0, {@code R/SII_function.R}; method {@link SlopeIndex}).
 *
 * <p>Arguments: {@code quantile} (most deprived first), {@code population}, {@code value} (or
 * {@code x} for proportions x/population), {@code value_type} 0 normal / 1 rate / 2 proportion,
 * {@code se} or {@code lower_cl} + {@code upper_cl} (taken as 95% limits; SE on the log or logit
 * scale for rates and proportions), {@code transform} (regress on the log/logit scale),
 * {@code multiplier}, {@code repetitions} (≥ 1000), {@code confidence} (any levels), {@code rii},
 * {@code intercept}, {@code reliability_stat}, {@code type}, and {@code seed} (default
 * {@value #DEFAULT_SEED}) for the generator, which reproduces R's default one bit for bit
 * ({@link RRandom}) so results equal R's after {@code set.seed(seed)}.
 *
 * <p>Deliberate difference from the peer: with {@code transform = TRUE} for rates the peer swaps the
 * limits when the multiplier is below 1 (not below 0, quirk Q5); here they swap when it is negative,
 * as for proportions.
 */
public final class PheSii implements TableMethod {

    /** Seed used when none is given, so repeated runs give the same limits. */
    public static final int DEFAULT_SEED = 20250101;

    @Override
    public String name() {
        return "PHEindicatormethods::phe_sii";
    }

    @Override
    public String description() {
        return "Slope and relative index of inequality with simulated confidence limits";
    }

    @Override
    public Table apply(Table input, Params params) {
        Settings s = Settings.of(input, params);
        List<String> groupBy = params.groupBy();

        // The number of quantiles is counted over the whole table (as the peer does).
        Set<Object> allQuantiles = new LinkedHashSet<>();
        for (int r = 0; r < input.rowCount(); r++) {
            allQuantiles.add(input.get(r, s.quantile));
        }
        int k = allQuantiles.size();
        if (k < 5 || k > 100) {
            throw InputException.field(s.quantile, "number of quantiles must be between 5 and 100, got " + k);
        }

        List<String> columns = new ArrayList<>(groupBy);
        columns.add("sii");
        if (s.rii) {
            columns.add("rii");
        }
        String cl = s.transform ? "" : "cl";
        for (double c : s.confidence.levels()) {
            String suffix = Confidence.suffix(c) + cl;
            columns.add("sii_lower" + suffix);
            columns.add("sii_upper" + suffix);
            if (s.rii) {
                columns.add("rii_lower" + suffix);
                columns.add("rii_upper" + suffix);
            }
        }
        if (s.reliability) {
            for (double c : s.confidence.levels()) {
                columns.add("sii_mad" + Confidence.suffix(c));
                if (s.rii) {
                    columns.add("rii_mad" + Confidence.suffix(c));
                }
            }
        }
        if (s.intercept) {
            columns.add("intercept");
        }
        if (s.type.equals("full")) {
            columns.addAll(List.of("indicator_type", "multiplier", "transform", "CI_confidence", "CI_method"));
        }

        RRandom random = RRandom.seeded(s.seed);
        Table.Builder out = Table.builder(columns);
        List<String> notes = new ArrayList<>();
        if (k > 10) {
            notes.add("small values can make the SII unstable when using a large number of quantiles (" + k + ")");
        }
        for (Table.Group g : input.groupBy(groupBy)) {
            Table t = g.rows();
            Set<Object> present = new LinkedHashSet<>();
            for (int r = 0; r < t.rowCount(); r++) {
                present.add(t.get(r, s.quantile));
            }
            if (present.size() != k || t.rowCount() != k) {
                notes.add("group " + g.key() + " was left out: it needs exactly one row for each of the " + k
                        + " quantiles");
                continue;
            }
            out.add(group(g, s, k, random));
        }
        return out.build().withNotes(notes);
    }

    private static List<Object> group(Table.Group g, Settings s, int k, RRandom random) {
        Table t = g.rows();
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> t.get(i, s.quantile), Table.CELL_ORDER));
        double[] pop = new double[k];
        double[] value = new double[k];
        double[] se = new double[k];
        double z = Distributions.qnorm(0.975);
        for (int i = 0; i < k; i++) {
            int r = order[i];
            pop[i] = t.number(r, s.population);
            double v = s.value != null ? t.number(r, s.value) : t.number(r, s.x) / pop[i];
            value[i] = s.toWorking(v);
            if (s.se != null) {
                se[i] = t.number(r, s.se);
            } else {
                double lower = s.toWorking(t.number(r, s.lowerCl));
                double upper = s.toWorking(t.number(r, s.upperCl));
                se[i] = (upper - lower) / z / 2;
            }
        }
        SlopeIndex design = SlopeIndex.forPopulations(pop);
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = s.transform ? value[i] : s.fromWorking(value[i]);
        }
        double[] beta = design.fit(y);
        double b0 = beta[0];
        double b1 = beta[1];
        double m = s.multiplier;

        List<Object> cells = new ArrayList<>(g.key());
        double sii;
        double rii;
        double intercept;
        if (s.transform) {
            double g0 = s.fromWorking(b0);
            double g1 = s.fromWorking(b0 + b1);
            sii = (g1 - g0) * m;
            rii = m < 0 ? g0 / g1 : g1 / g0;
            intercept = g0 * Math.abs(m);
        } else {
            sii = m * b1;
            rii = m < 0 ? b0 / (b0 + b1) : (b0 + b1) / b0;
            intercept = b0;
        }
        cells.add(sii);
        if (s.rii) {
            cells.add(rii);
        }

        int batches = s.reliability ? 10 : 1;
        DoubleUnaryOperator back = s.transform ? DoubleUnaryOperator.identity() : s::fromWorking;
        double[][] limits = new double[batches][];
        for (int batch = 0; batch < batches; batch++) {
            double[][] sim = design.simulate(value, se, s.repetitions, random, back);
            limits[batch] = limitsFor(sim, s, b0, b1);
        }
        double[] l = limits[0];
        for (int c = 0; c < s.confidence.levels().size(); c++) {
            cells.add(l[4 * c]);
            cells.add(l[4 * c + 1]);
            if (s.rii) {
                cells.add(l[4 * c + 2]);
                cells.add(l[4 * c + 3]);
            }
        }
        if (s.reliability) {
            for (int c = 0; c < s.confidence.levels().size(); c++) {
                cells.add(meanAbsoluteDifference(limits, 4 * c));
                if (s.rii) {
                    cells.add(meanAbsoluteDifference(limits, 4 * c + 2));
                }
            }
        }
        if (s.intercept) {
            cells.add(intercept);
        }
        if (s.type.equals("full")) {
            cells.add(s.valueType == 0 ? "normal" : s.valueType == 1 ? "rate" : "proportion");
            cells.add(m);
            cells.add(!s.transform ? "none" : s.valueType == 1 ? "log" : "logit");
            cells.add(s.confidence.label());
            cells.add("simulation " + RFormat.fixed(s.repetitions) + " reps");
        }
        return cells;
    }

    /** Per level: sii lower, sii upper, rii lower, rii upper. */
    private static double[] limitsFor(double[][] sim, Settings s, double b0, double b1) {
        int reps = s.repetitions;
        double m = s.multiplier;
        double[] intercepts = sim[0];
        double[] slopes = sim[1];
        double[] riis = new double[reps];
        double[] siis = new double[reps];
        for (int r = 0; r < reps; r++) {
            riis[r] = (slopes[r] + intercepts[r]) / intercepts[r];
            if (!s.transform && m < 0) {
                riis[r] = 1 / riis[r];
            }
            siis[r] = s.transform ? slopes[r] : m * slopes[r];
        }
        List<Double> levels = s.confidence.levels();
        double[] out = new double[4 * levels.size()];
        for (int c = 0; c < levels.size(); c++) {
            double[] sl = SlopeIndex.percentileLimits(siis, reps, levels.get(c));
            if (s.transform) {
                // The simulated slope quantiles are turned into limits assuming the line passes
                // through the fitted midpoint.
                double mid = b0 + b1 / 2;
                double lo0 = s.fromWorking(mid - sl[0] / 2);
                double lo1 = s.fromWorking(mid + sl[0] / 2);
                double up0 = s.fromWorking(mid - sl[1] / 2);
                double up1 = s.fromWorking(mid + sl[1] / 2);
                double siiLower = (lo1 - lo0) * m;
                double siiUpper = (up1 - up0) * m;
                double riiLower = lo1 / lo0;
                double riiUpper = up1 / up0;
                if (m < 0) {
                    out[4 * c] = siiUpper;
                    out[4 * c + 1] = siiLower;
                    out[4 * c + 2] = 1 / riiUpper;
                    out[4 * c + 3] = 1 / riiLower;
                } else {
                    out[4 * c] = siiLower;
                    out[4 * c + 1] = siiUpper;
                    out[4 * c + 2] = riiLower;
                    out[4 * c + 3] = riiUpper;
                }
            } else {
                double[] rl = SlopeIndex.percentileLimits(riis, reps, levels.get(c));
                out[4 * c] = sl[0];
                out[4 * c + 1] = sl[1];
                out[4 * c + 2] = rl[0];
                out[4 * c + 3] = rl[1];
            }
        }
        return out;
    }

    /** Mean absolute difference of batches 2..10's lower and upper limits from batch 1's. */
    private static double meanAbsoluteDifference(double[][] limits, int index) {
        double sum = 0;
        int count = 0;
        for (int batch = 1; batch < limits.length; batch++) {
            for (int side = 0; side < 2; side++) {
                sum += Math.abs(limits[batch][index + side] - limits[0][index + side]);
                count++;
            }
        }
        return sum / count;
    }

    /** Validated arguments. */
    private record Settings(String quantile, String population, String value, String x, String se,
            String lowerCl, String upperCl, int valueType, boolean transform, double multiplier, int repetitions,
            Confidence confidence, boolean rii, boolean intercept, boolean reliability, String type, int seed) {

        static Settings of(Table input, Params p) {
            String quantile = p.requireColumn("quantile");
            String population = p.requireColumn("population");
            String value = p.column("value").orElse(null);
            String x = p.column("x").orElse(null);
            String se = p.column("se").orElse(null);
            String lowerCl = p.column("lower_cl").orElse(null);
            String upperCl = p.column("upper_cl").orElse(null);
            double vt = p.number("value_type", 0);
            if (vt != 0 && vt != 1 && vt != 2) {
                throw InputException.field("value_type", "value_type should be 0, 1 or 2");
            }
            int valueType = (int) vt;
            if (value == null && (x == null || valueType != 2)) {
                throw InputException.field("value", "phe_sii requires a value column, or x if the indicator is"
                        + " a proportion of the population");
            }
            if (se == null && (lowerCl == null || upperCl == null)) {
                throw InputException.field("se", "phe_sii requires either lower_cl and upper_cl, or se");
            }
            boolean transform = p.flag("transform", false);
            if (transform && (valueType == 0 || se != null || lowerCl == null || upperCl == null)) {
                throw InputException.field("transform", "transform = TRUE needs a rate or proportion"
                        + " (value_type 1 or 2) with lower_cl and upper_cl, and no se");
            }
            double repetitions = p.number("repetitions", 100000);
            if (!(repetitions >= 1000) || repetitions != Math.rint(repetitions)) {
                throw InputException.field("repetitions", "number of repetitions must be 1000 or greater");
            }
            String type = p.text("type", "full");
            if (!List.of("full", "standard").contains(type)) {
                throw InputException.field("type", "type must be full or standard");
            }
            Confidence confidence = Confidence.any(p);
            if (confidence.none()) {
                throw InputException.field("confidence", "a confidence level is required");
            }
            Settings s = new Settings(quantile, population, value, x, se, lowerCl, upperCl, valueType, transform,
                    p.number("multiplier", 1), (int) repetitions, confidence, p.flag("rii", false),
                    p.flag("intercept", false), p.flag("reliability_stat", false), type,
                    (int) p.number("seed", DEFAULT_SEED));
            s.validate(input);
            return s;
        }

        private void validate(Table input) {
            input.columnIndex(quantile);
            for (int r = 0; r < input.rowCount(); r++) {
                Double pop = input.number(r, population);
                if (pop == null || pop <= 0) {
                    throw InputException.at(r + 1, population, "some groups have a zero, negative or missing population");
                }
                if (se != null) {
                    Double v = input.number(r, se);
                    if (v == null || v < 0) {
                        throw InputException.at(r + 1, se, "negative or missing standard errors in input dataset");
                    }
                } else {
                    for (String cl : List.of(lowerCl, upperCl)) {
                        Double v = input.number(r, cl);
                        if (v == null) {
                            throw InputException.at(r + 1, cl, "missing lower or upper confidence limits");
                        }
                        if (valueType == 2 && (v < 0 || v > 1)) {
                            throw InputException.at(r + 1, cl, "confidence limit proportions are not all between 0 and 1");
                        }
                    }
                }
                if (value != null) {
                    Double v = input.number(r, value);
                    if (v == null) {
                        throw InputException.at(r + 1, value, "values must not be missing");
                    }
                    if (valueType == 2 && (v < 0 || v > 1)) {
                        throw InputException.at(r + 1, value, "value proportions are not all between 0 and 1");
                    }
                } else {
                    Double v = input.number(r, x);
                    if (v == null || v <= 0) {
                        throw InputException.at(r + 1, x, "some groups have a zero or negative count x");
                    }
                }
            }
        }

        /** To the working scale: log for rates, logit for proportions. */
        double toWorking(double v) {
            return valueType == 1 ? Math.log(v) : valueType == 2 ? Math.log(v / (1 - v)) : v;
        }

        /** Back from the working scale: exp for rates, expit for proportions. */
        double fromWorking(double t) {
            return valueType == 1 ? Math.exp(t) : valueType == 2 ? Math.exp(t) / (1 + Math.exp(t)) : t;
        }
    }
}
