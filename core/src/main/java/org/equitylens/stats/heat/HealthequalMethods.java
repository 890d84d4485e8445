package org.equitylens.stats.heat;

import java.util.List;
import java.util.function.BiFunction;
import org.equitylens.stats.table.Grouping;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.MethodProvider;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * The healthequal 1.0.1 functions as table methods ({@code "healthequal::<measure>"}). Arguments
 * follow the peer: {@code est}, {@code se}, {@code pop}, {@code favourable_indicator},
 * {@code ordered_dimension}, {@code subgroup_order}, {@code reference_subgroup}, {@code scaleval},
 * {@code setting_average} (each a column of the input, or one number for every subgroup),
 * {@code conf.level}, and per measure {@code sim}, {@code seed}, {@code linear}, {@code lmin},
 * {@code lmax}, {@code method}, {@code force}. With grouping columns the measure runs once per group
 * and the group columns prefix its one-row result. Output columns:
 * {@code measure, estimate, se, lowerci, upperci}.
 */
public final class HealthequalMethods implements MethodProvider {

    private static final List<String> OUTPUT = List.of("measure", "estimate", "se", "lowerci", "upperci");

    @Override
    public List<TableMethod> methods() {
        return List.of(
                method("d", "Difference between two subgroups (WHO HEAT D)", (s, p) -> HeatMeasures.d(s, conf(p))),
                method("r", "Ratio between two subgroups (WHO HEAT R)", (s, p) -> HeatMeasures.r(s, conf(p))),
                method("sii", "Slope index of inequality, logistic or linear (WHO HEAT SII)",
                        (s, p) -> HeatMeasures.sii(s, conf(p), p.flag("linear", false))),
                method("rii", "Relative index of inequality, logistic or linear (WHO HEAT RII)",
                        (s, p) -> HeatMeasures.rii(s, conf(p), p.flag("linear", false))),
                method("aci", "Absolute concentration index (WHO HEAT ACI)",
                        (s, p) -> HeatMeasures.aci(s, conf(p), p.number("lmin", Double.NaN), p.number("lmax", Double.NaN))),
                method("rci", "Relative concentration index (WHO HEAT RCI)",
                        (s, p) -> HeatMeasures.rci(s, conf(p), normalisation(p), p.number("lmin", Double.NaN),
                                p.number("lmax", Double.NaN))),
                method("paf", "Population attributable fraction, % (WHO HEAT PAF)", (s, p) -> HeatMeasures.paf(s, conf(p))),
                method("parisk", "Population attributable risk (WHO HEAT PAR)", (s, p) -> HeatMeasures.parisk(s, conf(p))),
                method("bgv", "Between-group variance (WHO HEAT BGV)", (s, p) -> HeatMeasures.bgv(s, conf(p))),
                method("ti", "Theil index x1000 (WHO HEAT TI)", (s, p) -> HeatMeasures.ti(s, conf(p))),
                method("mld", "Mean log deviation x1000 (WHO HEAT MLD)", (s, p) -> HeatMeasures.mld(s, conf(p))),
                method("bgsd", "Between-group standard deviation (WHO HEAT BGSD)", (s, p) -> HeatMeasures.bgsd(s, sim(p))),
                method("covar", "Coefficient of variation, % (WHO HEAT COV)", (s, p) -> HeatMeasures.covar(s, sim(p))),
                method("mdmu", "Mean difference from mean, unweighted (WHO HEAT MDMU)", (s, p) -> HeatMeasures.mdmu(s, sim(p))),
                method("mdmw", "Mean difference from mean, weighted (WHO HEAT MDMW)", (s, p) -> HeatMeasures.mdmw(s, sim(p))),
                method("mdbu", "Mean difference from best subgroup, unweighted (WHO HEAT MDBU)",
                        (s, p) -> HeatMeasures.mdbu(s, sim(p))),
                method("mdbw", "Mean difference from best subgroup, weighted (WHO HEAT MDBW)",
                        (s, p) -> HeatMeasures.mdbw(s, sim(p))),
                method("mdru", "Mean difference from reference subgroup, unweighted (WHO HEAT MDRU)",
                        (s, p) -> HeatMeasures.mdru(s, sim(p))),
                method("mdrw", "Mean difference from reference subgroup, weighted (WHO HEAT MDRW)",
                        (s, p) -> HeatMeasures.mdrw(s, sim(p))),
                method("idisu", "Index of disparity, unweighted (WHO HEAT IDISU)", (s, p) -> HeatMeasures.idisu(s, sim(p))),
                method("idisw", "Index of disparity, weighted (WHO HEAT IDISW)", (s, p) -> HeatMeasures.idisw(s, sim(p))));
    }

    private static TableMethod method(String fn, String description, BiFunction<Subgroups, Params, SummaryMeasure> measure) {
        return new TableMethod() {
            @Override
            public String name() {
                return "healthequal::" + fn;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public Table apply(Table input, Params params) {
                return Grouping.perGroup(input, params.groupBy(), group -> row(measure.apply(subgroups(group, params), params)));
            }
        };
    }

    private static Table row(SummaryMeasure m) {
        return Table.builder(OUTPUT).add(m.measure(), na(m.estimate()), na(m.se()), na(m.lower()), na(m.upper())).build();
    }

    private static Double na(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static Subgroups subgroups(Table t, Params p) {
        double[] est = vector(t, p, "est");
        if (est == null) {
            throw InputException.field("est", "argument is required (a column of subgroup estimates)");
        }
        if (p.flag("force", false)) {
            // force = TRUE: compute with the subgroups that have an estimate.
            int[] keep = java.util.stream.IntStream.range(0, est.length).filter(i -> !Double.isNaN(est[i])).toArray();
            t = t.select(keep);
            return subgroups(t, vector(t, p, "est"), p);
        }
        return subgroups(t, est, p);
    }

    private static Subgroups subgroups(Table t, double[] est, Params p) {
        return Subgroups.of(est).se(vector(t, p, "se")).pop(vector(t, p, "pop"))
                .favourable(vector(t, p, "favourable_indicator")).ordered(vector(t, p, "ordered_dimension"))
                .order(vector(t, p, "subgroup_order")).reference(vector(t, p, "reference_subgroup"))
                .scale(vector(t, p, "scaleval")).settingAverage(vector(t, p, "setting_average")).build();
    }

    /** A per-subgroup argument: a column, or a single number repeated for every subgroup. */
    private static double[] vector(Table t, Params p, String name) {
        if (!p.has(name) || p.isNa(name)) {
            return null;
        }
        if (p.raw(name).orElseThrow() instanceof Params.Column) {
            return t.doubles(p.requireColumn(name));
        }
        double[] values = p.numbers(name).orElseThrow();
        if (values.length == t.rowCount()) {
            return values;
        }
        if (values.length != 1) {
            throw InputException.field(name, "has " + values.length + " values for " + t.rowCount() + " subgroups");
        }
        double[] repeated = new double[t.rowCount()];
        java.util.Arrays.fill(repeated, values[0]);
        return repeated;
    }

    private static double conf(Params p) {
        return p.number("conf.level", 0.95);
    }

    private static Simulation sim(Params p) {
        return new Simulation((int) p.number("sim", Simulation.DEFAULT.draws()), (int) p.number("seed", Simulation.DEFAULT.seed()));
    }

    private static ConcentrationIndex.Normalisation normalisation(Params p) {
        String method = p.text("method", "none");
        switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "none":
                return ConcentrationIndex.Normalisation.NONE;
            case "wagstaff":
                return ConcentrationIndex.Normalisation.WAGSTAFF;
            case "erreygers":
                return ConcentrationIndex.Normalisation.ERREYGERS;
            default:
                throw InputException.field("method", "must be wagstaff or erreygers, got '" + method + "'");
        }
    }
}
