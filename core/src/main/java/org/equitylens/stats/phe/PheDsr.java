package org.equitylens.stats.phe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.equitylens.stats.Estimate;
import org.equitylens.stats.StandardPopulation;
import org.equitylens.stats.Standardisation;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * {@code calculate_dsr} and the deprecated {@code phe_dsr}: directly standardised rates by
 * Dobson's method, one row per group (PHEindicatormethods 2.1.0, {@code R/DSR.R},
 * {@code R/phe_DSR.R}); see {@link Standardisation#dsr}. Arguments: {@code x} events, {@code n}
 * population, {@code stdpop} standard population (a column; for {@code phe_dsr} with
 * {@code stdpoptype = "vector"}, the default, a vector joined by row position within each group,
 * by default the 19-band ESP2013), {@code confidence},
 * {@code multiplier} (default 100,000), and for repeat events {@code independent_events = FALSE}
 * with {@code eventfreq} and {@code ageband} columns, where x counts the individuals with exactly f
 * events: the DSR is of events Σ_f f·x and its variance Σ_f f²·var_f (the 2.1.0 adjustment).
 */
public final class PheDsr implements TableMethod {

    private final boolean deprecatedVectorForm;

    private PheDsr(boolean deprecatedVectorForm) {
        this.deprecatedVectorForm = deprecatedVectorForm;
    }

    /** {@code calculate_dsr}: the standard population is a column. */
    public static PheDsr calculateDsr() {
        return new PheDsr(false);
    }

    /** {@code phe_dsr}: the standard population is a vector (default ESP2013, 19 bands) joined by position. */
    public static PheDsr pheDsr() {
        return new PheDsr(true);
    }

    @Override
    public String name() {
        return deprecatedVectorForm ? "PHEindicatormethods::phe_dsr" : "PHEindicatormethods::calculate_dsr";
    }

    @Override
    public String description() {
        return "Directly standardised rates with Dobson confidence limits";
    }

    @Override
    public Table apply(Table input, Params params) {
        String x = params.requireColumn("x");
        String n = params.requireColumn("n");
        double multiplier = params.number("multiplier", 100000);
        if (!(multiplier > 0)) {
            throw InputException.field("multiplier", "multiplier must be greater than zero");
        }
        Confidence confidence = Confidence.phe(params);
        if (confidence.none()) {
            throw InputException.field("confidence", "a confidence level is required");
        }
        String type = PheOutput.type(params);
        boolean independent = params.flag("independent_events", true);

        List<Table.Group> groups = input.groupBy(params.groupBy());
        boolean byPosition = deprecatedVectorForm && params.text("stdpoptype", "vector").equals("vector");
        double[] vectorWeights = byPosition ? vectorStdpop(params) : null;
        String stdpop = byPosition ? null : params.requireColumn("stdpop");
        Counts counts = Counts.validated(input, x, n, stdpop);

        List<String> by = params.groupBy();
        int count = groups.size();
        Object[][] keys = new Object[by.size()][count];
        double[] events = new double[count];
        double[] population = new double[count];
        double[] value = new double[count];
        double[][] limits = new double[2 * confidence.levels().size()][count];
        Object[] statistic = new Object[count];
        String perStatistic = "dsr per " + RFormat.fixed(multiplier);
        for (int g = 0; g < count; g++) {
            Table.Group group = groups.get(g);
            Table t = group.rows();
            if (vectorWeights != null && t.rowCount() != vectorWeights.length) {
                throw InputException.field("stdpop", "stdpop length must equal number of rows in each group"
                        + " (group " + group.key() + " has " + t.rowCount() + " rows for "
                        + vectorWeights.length + " standard population bands)");
            }
            Sums sums = independent ? Sums.independent(counts, group.positions(), vectorWeights)
                    : Sums.repeatEvents(t, group.positions(), x, n,
                            vectorWeights != null ? vectorWeights : t.doubles(stdpop), params);
            for (int k = 0; k < by.size(); k++) {
                keys[k][g] = group.key().get(k);
            }
            events[g] = sums.events;
            population[g] = sums.population;
            value[g] = Double.NaN;
            for (int i = 0; i < confidence.levels().size(); i++) {
                Estimate e = Standardisation.dobson(sums.rate, sums.variance, sums.events, multiplier,
                        confidence.levels().get(i));
                value[g] = e.value();
                limits[2 * i][g] = e.lower();
                limits[2 * i + 1][g] = e.upper();
            }
            statistic[g] = sums.events < Standardisation.DSR_MIN_EVENTS ? "dsr NA for total count < 10" : perStatistic;
        }
        Table.Columns out = Table.withRows(count);
        for (int k = 0; k < by.size(); k++) {
            out.cells(by.get(k), keys[k]);
        }
        out.numbers("total_count", events).numbers("total_pop", population)
                .numbers("value", value, PheOutput.nanMask(value));
        List<String> limitColumns = confidence.limitColumns();
        for (int i = 0; i < limits.length; i++) {
            out.numbers(limitColumns.get(i), limits[i], PheOutput.nanMask(limits[i]));
        }
        out.constant("confidence", confidence.label()).cells("statistic", statistic).constant("method",
                independent ? "Dobson" : "Dobson, with confidence adjusted for non-independent events");
        return PheOutput.project(out.build(), type, limitColumns);
    }

    private static double[] vectorStdpop(Params params) {
        if (params.column("stdpop").isPresent()) {
            throw InputException.field("stdpop", "a standard population column needs stdpoptype = \"field\"");
        }
        return params.numbers("stdpop").orElseGet(() -> StandardPopulation.esp2013(19).weights());
    }

    /** The input's events, populations and standard populations (null when given by position), NA as NaN. */
    private record Counts(double[] x, double[] n, double[] stdpop) {

        /** The columns, once every row is checked (the first offending row is named). */
        static Counts validated(Table input, String x, String n, String stdpop) {
            double[] xs = input.doubles(x);
            double[] ns = input.doubles(n);
            double[] ws = stdpop == null ? null : input.doubles(stdpop);
            int nColumn = input.columnIndex(n);
            int stdpopColumn = stdpop == null ? -1 : input.columnIndex(stdpop);
            for (int r = 0; r < xs.length; r++) {
                if (Double.isNaN(ns[r]) && input.isMissing(r, nColumn)) {
                    throw InputException.at(r + 1, n, "denominators must not be missing");
                }
                if (ws != null && Double.isNaN(ws[r]) && input.isMissing(r, stdpopColumn)) {
                    throw InputException.at(r + 1, stdpop, "standard populations must not be missing");
                }
                if (xs[r] < 0) {
                    throw InputException.at(r + 1, x, "numerators must all be greater than or equal to zero");
                }
                if (ns[r] <= 0) {
                    throw InputException.at(r + 1, n, "denominators must all be greater than zero");
                }
                if (ws != null && ws[r] < 0) {
                    throw InputException.at(r + 1, stdpop, "stdpop must all be greater than or equal to zero");
                }
            }
            return new Counts(xs, ns, ws);
        }
    }

    /** Per-group totals: events, population, the DSR per person and its variance. */
    private record Sums(double events, double population, double rate, double variance) {

        /**
         * Independent events over a group's input rows; the weights are {@code vectorWeights} by
         * position in the group when given, else the rows' standard populations.
         */
        static Sums independent(Counts counts, int[] rows, double[] vectorWeights) {
            double events = 0;
            double population = 0;
            double weighted = 0;
            double variance = 0;
            double weights = 0;
            for (int i = 0; i < rows.length; i++) {
                double x = counts.x[rows[i]];
                double n = counts.n[rows[i]];
                double w = vectorWeights != null ? vectorWeights[i] : counts.stdpop[rows[i]];
                double xi = Double.isNaN(x) ? 0 : x;
                events += xi;
                population += n;
                weighted += xi * w / n;
                variance += xi * w * w / (n * n);
                weights += w;
            }
            return new Sums(events, population, weighted / weights, variance / (weights * weights));
        }

        /**
         * Repeat events: rows are (age band, event frequency f) with x individuals having exactly f
         * events. var = Σ_f f²·var_f where var_f is the independent-events variance over the bands
         * present at frequency f; the rate uses events per band e_i = Σ_f f·x_{i,f}.
         */
        static Sums repeatEvents(Table t, int[] positions, String x, String n, double[] w, Params params) {
            String freqColumn = params.column("eventfreq").orElseThrow(() -> InputException.field("eventfreq",
                    "eventfreq is required when independent_events is FALSE"));
            String bandColumn = params.column("ageband").orElseThrow(() -> InputException.field("ageband",
                    "ageband is required when independent_events is FALSE"));
            double[] xs = t.doubles(x);
            double[] ns = t.doubles(n);
            double[] fs = t.doubles(freqColumn);
            Map<Object, double[]> bands = new LinkedHashMap<>();
            TreeMap<Double, double[]> byFrequency = new TreeMap<>();
            for (int r = 0; r < xs.length; r++) {
                if (Double.isNaN(fs[r])) {
                    throw InputException.at(positions[r] + 1, freqColumn, "event frequency must not be missing");
                }
                double xi = Double.isNaN(xs[r]) ? 0 : xs[r];
                Object band = t.get(r, bandColumn);
                double[] b = bands.get(band);
                if (b == null) {
                    bands.put(band, new double[] {ns[r], w[r], fs[r] * xi});
                } else {
                    if (b[0] != ns[r] || b[1] != w[r]) {
                        throw InputException.at(positions[r] + 1, n, "there are rows with the same grouping"
                                + " variables and ageband but with different populations or standard populations");
                    }
                    b[2] += fs[r] * xi;
                }
                double[] f = byFrequency.computeIfAbsent(fs[r], k -> new double[2]);
                f[0] += xi * w[r] * w[r] / (ns[r] * ns[r]);
                f[1] += w[r];
            }
            double variance = 0;
            for (Map.Entry<Double, double[]> f : byFrequency.entrySet()) {
                double freq = f.getKey();
                double[] s = f.getValue();
                variance += freq * freq * (s[0] / (s[1] * s[1]));
            }
            double events = 0;
            double population = 0;
            double weighted = 0;
            double weights = 0;
            for (double[] b : bands.values()) {
                events += b[2];
                population += b[0];
                weighted += b[2] * b[1] / b[0];
                weights += b[1];
            }
            return new Sums(events, population, weighted / weights, variance);
        }
    }
}
