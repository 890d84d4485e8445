package org.equitylens.stats.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equitylens.stats.table.Grouping;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.MethodProvider;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * The epitools, fmsb and base R comparisons as table methods.
 *
 * <ul>
 * <li>{@code epitools::riskratio} / {@code oddsratio} take columns {@code group, noncases, cases}
 * and {@code epitools::rateratio} {@code group, cases, person_time}, first row the reference;
 * arguments {@code method}, {@code conf.level}. Output {@code group, estimate, lower, upper} and the
 * p-values ({@code p_midp_exact, p_fisher_exact, p_chi_square} or {@code p_midp_exact, p_wald}).
 * <li>fmsb and base functions make one comparison per input row and return the input row followed
 * by {@code estimate, lower, upper, p_value}: {@code fmsb::rateratio}, {@code fmsb::ratedifference}
 * and {@code base::poisson.test} read {@code a, b, PT1, PT0}; {@code fmsb::riskratio} reads
 * {@code X, Y, m1, m2}; {@code fmsb::riskdifference} {@code a, b, N1, N0}; {@code fmsb::oddsratio}
 * and {@code base::fisher.test} {@code a, b, c, d}; {@code base::binom.test} {@code x, n} (argument
 * {@code p}, default 0.5).
 * </ul>
 * With grouping columns the epitools comparisons run within each group (each group's first row is
 * its reference); the per-row comparisons are unaffected by grouping.
 */
public final class CompareMethods implements MethodProvider {

    private interface PairTest {
        TestedEstimate apply(double v1, double v2, double v3, double v4, double confidence, int row);
    }

    @Override
    public List<TableMethod> methods() {
        return List.of(
                method("epitools::riskratio", "Risk ratios against the first row (Wald or small-sample)",
                        CompareMethods::riskRatio),
                method("epitools::oddsratio", "Odds ratios against the first row (mid-p, Fisher, Wald or small-sample)",
                        CompareMethods::oddsRatio),
                method("epitools::rateratio", "Incidence rate ratios against the first row (Wald or mid-p)",
                        CompareMethods::rateRatio),
                perRow("fmsb::rateratio", "Rate ratio with Wald interval and score test", p -> Fmsb::rateRatio,
                        "a", "b", "PT1", "PT0"),
                perRow("fmsb::ratedifference", "Rate difference with Wald interval", p -> Fmsb::rateDifference,
                        "a", "b", "PT1", "PT0"),
                perRow("fmsb::riskratio", "Risk ratio with Katz interval",
                        p -> (v1, v2, v3, v4, conf, row) -> Fmsb.riskRatio(v1, v2, v3, v4, conf, independence(p), row),
                        "X", "Y", "m1", "m2"),
                perRow("fmsb::riskdifference", "Risk difference with Wald interval", p -> Fmsb::riskDifference,
                        "a", "b", "N1", "N0"),
                perRow("fmsb::oddsratio", "Odds ratio with Woolf interval",
                        p -> (v1, v2, v3, v4, conf, row) -> Fmsb.oddsRatio(v1, v2, v3, v4, conf, independence(p), row),
                        "a", "b", "c", "d"),
                perRow("base::poisson.test", "Exact conditional comparison of two Poisson rates",
                        p -> (v1, v2, v3, v4, conf, row) -> ExactTests.poissonRatio(v1, v2, v3, v4, p.number("r", 1), conf,
                                row),
                        "a", "b", "PT1", "PT0"),
                perRow("base::fisher.test", "Fisher's exact test: conditional MLE odds ratio and exact interval",
                        p -> ExactTests::fisher, "a", "b", "c", "d"),
                binomial());
    }

    private static TableMethod method(String name, String description, java.util.function.BiFunction<Table, Params, Table> body) {
        return new TableMethod() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public Table apply(Table input, Params params) {
                return Grouping.perGroup(input, params.groupBy(), group -> body.apply(group, params));
            }
        };
    }

    private static TableMethod rowwise(String name, String description,
            java.util.function.BiFunction<Table, Params, Table> body) {
        return new TableMethod() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public Table apply(Table input, Params params) {
                return body.apply(input, params);
            }
        };
    }

    private static boolean independence(Params p) {
        return p.flag("p.calc.by.independence", true);
    }

    private static Table riskRatio(Table t, Params p) {
        Epitools.RiskMethod m = choose(Epitools.RiskMethod.class, p.text("method", "wald"));
        return epitoolsTable(Epitools.riskRatio(caseCounts(t), m, conf(p)), false);
    }

    private static Table oddsRatio(Table t, Params p) {
        Epitools.OddsMethod m = choose(Epitools.OddsMethod.class, p.text("method", "midp"));
        return epitoolsTable(Epitools.oddsRatio(caseCounts(t), m, conf(p)), false);
    }

    private static Table rateRatio(Table t, Params p) {
        Epitools.RateMethod m = choose(Epitools.RateMethod.class, p.text("method", "wald"));
        List<Epitools.RateCounts> rows = new ArrayList<>();
        double[] cases = t.doubles("cases");
        double[] time = t.doubles("person_time");
        for (int r = 0; r < t.rowCount(); r++) {
            rows.add(new Epitools.RateCounts(label(t, r), cases[r], time[r]));
        }
        return epitoolsTable(Epitools.rateRatio(rows, m, conf(p)), true);
    }

    private static List<Epitools.CaseCounts> caseCounts(Table t) {
        double[] noncases = t.doubles("noncases");
        double[] cases = t.doubles("cases");
        List<Epitools.CaseCounts> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            rows.add(new Epitools.CaseCounts(label(t, r), noncases[r], cases[r]));
        }
        return rows;
    }

    private static String label(Table t, int r) {
        Object g = t.get(r, "group");
        if (g == null) {
            throw InputException.at(r + 1, "group", "is missing");
        }
        return g instanceof String ? (String) g : org.equitylens.stats.table.CsvTables.format(g);
    }

    private static Table epitoolsTable(List<Epitools.Row> rows, boolean rate) {
        Table.Builder b = rate
                ? Table.builder("group", "estimate", "lower", "upper", "p_midp_exact", "p_wald")
                : Table.builder("group", "estimate", "lower", "upper", "p_midp_exact", "p_fisher_exact", "p_chi_square");
        for (Epitools.Row r : rows) {
            Estimate e = r.estimate();
            if (rate) {
                b.add(r.group(), na(e.value()), na(e.lower()), na(e.upper()), na(r.pMidpExact()), na(r.pWald()));
            } else {
                b.add(r.group(), na(e.value()), na(e.lower()), na(e.upper()), na(r.pMidpExact()), na(r.pFisherExact()),
                        na(r.pChiSquare()));
            }
        }
        return b.build();
    }

    /** One comparison per input row, in input order (grouping does not change per-row results). */
    private static TableMethod perRow(String name, String description, java.util.function.Function<Params, PairTest> tests,
            String c1, String c2, String c3, String c4) {
        return rowwise(name, description, (t, p) -> {
            PairTest test = tests.apply(p);
            double conf = conf(p);
            double[][] cols = {t.doubles(c1), t.doubles(c2), t.doubles(c3), t.doubles(c4)};
            List<Object[]> out = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                TestedEstimate e = test.apply(cols[0][r], cols[1][r], cols[2][r], cols[3][r], conf, r + 1);
                out.add(appended(t, r, e));
            }
            return Table.of(appendedColumns(t), out);
        });
    }

    private static TableMethod binomial() {
        return rowwise("base::binom.test", "Exact binomial test and Clopper-Pearson interval", (t, p) -> {
            double conf = conf(p);
            double prob = p.number("p", 0.5);
            double[] x = t.doubles("x");
            double[] n = t.doubles("n");
            List<Object[]> out = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                out.add(appended(t, r, ExactTests.binomial(x[r], n[r], prob, conf, r + 1)));
            }
            return Table.of(appendedColumns(t), out);
        });
    }

    private static List<String> appendedColumns(Table t) {
        List<String> columns = new ArrayList<>(t.columns());
        columns.addAll(List.of("estimate", "lower", "upper", "p_value"));
        return columns;
    }

    private static Object[] appended(Table t, int r, TestedEstimate e) {
        Object[] in = t.row(r);
        Object[] row = java.util.Arrays.copyOf(in, in.length + 4);
        row[in.length] = na(e.estimate().value());
        row[in.length + 1] = na(e.estimate().lower());
        row[in.length + 2] = na(e.estimate().upper());
        row[in.length + 3] = na(e.pValue());
        return row;
    }

    private static Double na(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static double conf(Params p) {
        return p.number("conf.level", 0.95);
    }

    private static <E extends Enum<E>> E choose(Class<E> type, String method) {
        try {
            return Enum.valueOf(type, method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InputException.field("method", "unknown method '" + method + "' (choose from "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ")");
        }
    }
}
