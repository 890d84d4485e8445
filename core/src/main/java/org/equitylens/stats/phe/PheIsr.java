package org.equitylens.stats.phe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.equitylens.stats.Estimate;
import org.equitylens.stats.Standardisation;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * {@code calculate_ISRatio} and {@code calculate_ISRate}: indirect standardisation (PHEindicatormethods
 * 2.1.0, {@code R/ISRatio.R}, {@code R/ISRate.R}). Expected events E = Σ(x_ref_i/n_ref_i)·n_i over
 * strata (missing reference counts and populations count as 0); observed O = Σx_i, or taken from
 * an {@code observed_totals} table joined on the group columns. Ratio: O/E × refvalue with the
 * Poisson limits of O over E ({@link Standardisation#indirectRatio}); rate: the ratio × the crude
 * reference rate Σx_ref/Σn_ref × multiplier. Reference data are columns ({@code refpoptype =
 * "field"}) or vectors joined by row position within each group ({@code "vector"}, the default).
 * Unlike the DSR, zero populations are accepted and small counts are not suppressed.
 */
public final class PheIsr implements TableMethod {

    private final boolean rate;

    private PheIsr(boolean rate) {
        this.rate = rate;
    }

    public static PheIsr ratio() {
        return new PheIsr(false);
    }

    public static PheIsr rate() {
        return new PheIsr(true);
    }

    @Override
    public String name() {
        return rate ? "PHEindicatormethods::calculate_ISRate" : "PHEindicatormethods::calculate_ISRatio";
    }

    @Override
    public String description() {
        return rate ? "Indirectly standardised rates with exact/Byar's limits"
                : "Indirectly standardised ratios (e.g. SMR x 100) with exact/Byar's limits";
    }

    @Override
    public Table apply(Table input, Params params) {
        String x = params.requireColumn("x");
        String n = params.requireColumn("n");
        Confidence confidence = Confidence.phe(params);
        if (confidence.none()) {
            throw InputException.field("confidence", "a confidence level is required");
        }
        String type = PheOutput.type(params);
        double refvalue = params.number("refvalue", 1);
        double multiplier = params.number("multiplier", 100000);
        String refpoptype = params.text("refpoptype", "vector");
        if (!refpoptype.equals("vector") && !refpoptype.equals("field")) {
            throw InputException.field("refpoptype", "valid values for refpoptype are vector and field");
        }
        Table observedTotals = params.table("observed_totals").orElse(null);
        validate(input, x, n, observedTotals == null);

        List<Table.Group> groups = input.groupBy(params.groupBy());
        List<String> columns = new ArrayList<>(params.groupBy());
        columns.addAll(List.of("observed", "expected"));
        if (rate) {
            columns.add("ref_rate");
        }
        columns.add("value");
        columns.addAll(confidence.limitColumns());
        columns.addAll(List.of("confidence", "statistic", "method"));
        String statistic = rate ? "indirectly standardised rate per " + RFormat.fixed(multiplier)
                : "indirectly standardised ratio x " + RFormat.print(refvalue);
        Table.Builder out = Table.builder(columns);
        for (Table.Group g : groups) {
            Table t = g.rows();
            double[] xRef = reference(params, "x_ref", refpoptype, t);
            double[] nRef = reference(params, "n_ref", refpoptype, t);
            double[] pop = t.doubles(n);
            double expected = 0;
            double refEvents = 0;
            double refPopulation = 0;
            for (int i = 0; i < pop.length; i++) {
                double term = xRef[i] / nRef[i] * pop[i];
                expected += Double.isNaN(term) ? 0 : term;
                refEvents += Double.isNaN(xRef[i]) ? 0 : xRef[i];
                refPopulation += nRef[i];
            }
            double observed = observedTotals == null ? sumIgnoringMissing(t.doubles(x))
                    : observedFor(observedTotals, params.groupBy(), g.key(), x);
            double refRate = refEvents / refPopulation * multiplier;
            double scale = rate ? refRate : refvalue;
            List<Object> cells = new ArrayList<>(g.key());
            cells.add(observed);
            cells.add(expected);
            if (rate) {
                cells.add(refRate);
            }
            cells.add(observed / expected * scale);
            String method = null;
            for (double level : confidence.levels()) {
                Estimate e = Standardisation.indirectRatio(observed, expected, scale, level);
                cells.add(e.lower());
                cells.add(e.upper());
                method = e.method();
            }
            cells.add(confidence.label());
            cells.add(statistic);
            cells.add(method);
            out.add(cells);
        }
        return PheOutput.project(out.build(), type, confidence.limitColumns());
    }

    private static void validate(Table input, String x, String n, boolean observedInData) {
        Double[] ns = input.numbers(n);
        Double[] xs = observedInData ? input.numbers(x) : null;
        for (int r = 0; r < ns.length; r++) {
            if (xs != null && xs[r] != null && xs[r] < 0) {
                throw InputException.at(r + 1, x, "numerators must all be greater than or equal to zero");
            }
            if (ns[r] != null && ns[r] < 0) {
                throw InputException.at(r + 1, n, "denominators must all be greater than or equal to zero");
            }
        }
    }

    private static double[] reference(Params params, String name, String refpoptype, Table group) {
        if (!params.has(name)) {
            throw InputException.field(name, "argument is required");
        }
        if (refpoptype.equals("field")) {
            return group.doubles(params.requireColumn(name));
        }
        double[] values = params.numbers(name).orElseThrow();
        if (values.length != group.rowCount()) {
            throw InputException.field(name, name + " length must equal number of rows in each group ("
                    + values.length + " values for a group of " + group.rowCount() + " rows)");
        }
        return values;
    }

    private static double sumIgnoringMissing(double[] values) {
        double s = 0;
        for (double v : values) {
            s += Double.isNaN(v) ? 0 : v;
        }
        return s;
    }

    private static double observedFor(Table totals, List<String> groupBy, List<Object> key, String x) {
        totals.columnIndex(x);
        List<Integer> joinOn = new ArrayList<>();
        for (int k = 0; k < groupBy.size(); k++) {
            if (totals.hasColumn(groupBy.get(k))) {
                joinOn.add(k);
            }
        }
        Double found = null;
        for (int r = 0; r < totals.rowCount(); r++) {
            boolean match = true;
            for (int k : joinOn) {
                if (!Objects.equals(totals.get(r, groupBy.get(k)), key.get(k))) {
                    match = false;
                    break;
                }
            }
            if (match) {
                if (found != null) {
                    throw InputException.at(r + 1, "observed_totals", "more than one observed total for group " + key);
                }
                found = totals.number(r, x);
                if (found != null && found < 0) {
                    throw InputException.at(r + 1, x, "observed totals must be greater than or equal to zero");
                }
            }
        }
        if (found == null) {
            throw InputException.field("observed_totals", "no observed total for group " + key);
        }
        return found;
    }
}
