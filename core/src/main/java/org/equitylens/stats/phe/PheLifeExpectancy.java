package org.equitylens.stats.phe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equitylens.stats.Distributions;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * {@code phe_life_expectancy}: life expectancy at each age band start from an abridged life table
 * of 20 bands (0, 1–4, 5–9, …, 85–89, 90+), Chiang's method II with Silcocks et al. (2001)
 * variance for the open-ended band (PHEindicatormethods 2.1.0, {@code R/LifeExpectancy.R}; PHE's
 * life expectancy calculator). Per band i: n_i its width, a_i = 0.1 at age 0 else 0.5,
 * M_i = D_i/P_i, q_i = M_i n_i/(1 + M_i n_i(1 − a_i)) (1 for the last band), l_1 = 100,000,
 * L_i = n_i(l_{i+1} + a_i d_i), L_20 = l_20/M_20, e_i = Σ_{j≥i} L_j / l_i; variance from
 * s_i = q_i²(1 − q_i)/D_i, s_20 = 4/(D_20 M_20²), W_i = s_i l_i²((1 − a_i)n_i + e_{i+1})²,
 * W_20 = (l_20/2)² s_20, SE_i = √(Σ_{j≥i} W_j)/l_i. Suppression (PHE's rules): a group with
 * negative deaths, non-positive populations, deaths above population, other than 20 bands or a
 * total population of 5,000 or less gets no results; a value whose 95% interval is wider than 20
 * years is withheld (its limits are still given, as the peer does).
 */
public final class PheLifeExpectancy implements TableMethod {

    private static final double[] DEFAULT_AGES = {0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70,
        75, 80, 85, 90};
    private static final double MIN_POPULATION = 5000;

    @Override
    public String name() {
        return "PHEindicatormethods::phe_life_expectancy";
    }

    @Override
    public String description() {
        return "Life expectancy (Chiang II abridged life table, Silcocks confidence limits)";
    }

    @Override
    public Table apply(Table input, Params params) {
        String deaths = params.requireColumn("deaths");
        String population = params.requireColumn("population");
        String startage = params.requireColumn("startage");
        double[] ages = params.numbers("age_contents").orElse(DEFAULT_AGES);
        Confidence confidence = Confidence.any(params);
        if (confidence.none()) {
            throw InputException.field("confidence", "a confidence level is required");
        }
        String type = PheOutput.type(params);
        double[] leAges = params.has("le_age") && !"all".equals(params.raw("le_age").orElse(null))
                ? params.numbers("le_age").orElseThrow() : null;

        List<String> columns = new ArrayList<>(params.groupBy());
        columns.addAll(List.of(startage, "value"));
        for (int i = 0; i < confidence.levels().size(); i++) {
            columns.add(confidence.lowerName(i));
        }
        for (int i = 0; i < confidence.levels().size(); i++) {
            columns.add(confidence.upperName(i));
        }
        columns.addAll(List.of("pops_used", "dths_used", "confidence", "statistic", "method"));
        Table.Builder out = Table.builder(columns);
        double z95 = Distributions.twoSidedZ(0.95);
        double[] z = confidence.levels().stream().mapToDouble(Distributions::twoSidedZ).toArray();
        boolean suppressedGroups = false;
        for (Table.Group g : input.groupBy(params.groupBy())) {
            Table t = g.rows();
            int k = t.rowCount();
            Integer[] order = new Integer[k];
            double[] start = new double[k];
            for (int r = 0; r < k; r++) {
                order[r] = r;
                start[r] = startAge(t.get(r, startage), g.positions()[r] + 1, startage);
            }
            Arrays.sort(order, (a, b) -> Double.compare(start[a], start[b]));
            double[] d = new double[k];
            double[] p = new double[k];
            double[] s = new double[k];
            Object[] labels = new Object[k];
            for (int i = 0; i < k; i++) {
                int r = order[i];
                Double dv = t.number(r, deaths);
                Double pv = t.number(r, population);
                if (dv == null || pv == null) {
                    throw InputException.at(g.positions()[r] + 1, dv == null ? deaths : population,
                            "deaths and populations must not be missing");
                }
                d[i] = dv;
                p[i] = pv;
                s[i] = start[r];
                labels[i] = t.get(r, startage);
            }
            double[][] results = valid(d, p, s, ages) ? lifeTable(d, p, s, z, z95) : null;
            suppressedGroups |= results == null;
            double pops = 0;
            double dths = 0;
            double[] popsUsed = new double[k];
            double[] dthsUsed = new double[k];
            for (int i = k - 1; i >= 0; i--) {
                pops += p[i];
                dths += d[i];
                popsUsed[i] = pops;
                dthsUsed[i] = dths;
            }
            for (int i = 0; i < k; i++) {
                final double age = s[i];
                if (leAges != null && Arrays.stream(leAges).noneMatch(a -> a == age)) {
                    continue;
                }
                List<Object> cells = new ArrayList<>(g.key());
                cells.add(labels[i]);
                cells.add(results == null ? null : PheOutput.na(results[0][i]));
                for (int c = 0; c < z.length; c++) {
                    cells.add(results == null ? null : results[1 + 2 * c][i]);
                }
                for (int c = 0; c < z.length; c++) {
                    cells.add(results == null ? null : results[2 + 2 * c][i]);
                }
                cells.add(popsUsed[i]);
                cells.add(dthsUsed[i]);
                cells.add(confidence.label());
                cells.add("life expectancy at " + RFormat.print15(age));
                cells.add("Chiang, using Silcocks et al for confidence limits");
                out.add(cells);
            }
        }
        List<String> limitColumns = new ArrayList<>(columns.subList(params.groupBy().size() + 2,
                params.groupBy().size() + 2 + 2 * z.length));
        Table result = PheOutput.project(out.build(), type, limitColumns);
        return suppressedGroups ? result.withNotes(List.of("some groups have a total population of 5,000 or less"
                + " or invalid data (negative deaths, non-positive populations, deaths above population, other"
                + " than " + ages.length + " age bands); their outputs have been suppressed to NA")) : result;
    }

    /** PHE's validity rules for a group; an invalid group is reported without results, not refused. */
    private static boolean valid(double[] d, double[] p, double[] start, double[] ages) {
        if (d.length != ages.length) {
            return false;
        }
        double total = 0;
        for (int i = 0; i < d.length; i++) {
            if (d[i] < 0 || p[i] <= 0 || d[i] > p[i] || start[i] != ages[i]) {
                return false;
            }
            total += p[i];
        }
        return total > MIN_POPULATION;
    }

    /** Rows: value, then lower/upper per level; columns: bands in age order. */
    private static double[][] lifeTable(double[] deaths, double[] pop, double[] start, double[] z, double z95) {
        int k = deaths.length;
        double[] n = new double[k];
        double[] a = new double[k];
        double[] m = new double[k];
        double[] q = new double[k];
        for (int i = 0; i < k; i++) {
            m[i] = deaths[i] / pop[i];
            a[i] = start[i] == 0 ? 0.1 : 0.5;
            n[i] = i < k - 1 ? start[i + 1] - start[i] : 2 / m[i];
        }
        for (int i = 0; i < k - 1; i++) {
            q[i] = deaths[i] <= pop[i] / n[i] / a[i] ? m[i] * n[i] / (1 + m[i] * n[i] * (1 - a[i])) : 1;
        }
        q[k - 1] = 1;
        double[] l = new double[k];
        l[0] = 100000;
        for (int i = 1; i < k; i++) {
            l[i] = l[i - 1] * (1 - q[i - 1]);
        }
        double[] dl = new double[k];
        double[] bigL = new double[k];
        for (int i = 0; i < k - 1; i++) {
            dl[i] = l[i] - l[i + 1];
            bigL[i] = n[i] * (l[i + 1] + a[i] * dl[i]);
        }
        dl[k - 1] = l[k - 1];
        bigL[k - 1] = l[k - 1] / m[k - 1];
        double[] e = new double[k];
        double t = 0;
        for (int i = k - 1; i >= 0; i--) {
            t += bigL[i];
            e[i] = l[i] == 0 ? 0 : t / l[i];
        }
        double[] w = new double[k];
        for (int i = 0; i < k - 1; i++) {
            double s = dl[i] == 0 ? 0 : q[i] * q[i] * (1 - q[i]) / deaths[i];
            double f = (1 - a[i]) * n[i] + e[i + 1];
            w[i] = s * l[i] * l[i] * f * f;
        }
        double sLast = 4 / (deaths[k - 1] * m[k - 1] * m[k - 1]);
        w[k - 1] = (l[k - 1] / 2) * (l[k - 1] / 2) * sLast;
        double[][] out = new double[1 + 2 * z.length][k];
        double sumW = 0;
        for (int i = k - 1; i >= 0; i--) {
            sumW += w[i];
            double se = Math.sqrt(sumW / (l[i] * l[i]));
            double value = Double.isInfinite(e[i]) ? Double.NaN : e[i];
            for (int c = 0; c < z.length; c++) {
                out[1 + 2 * c][i] = value - z[c] * se;
                out[2 + 2 * c][i] = value + z[c] * se;
            }
            out[0][i] = z95 * se > 10 ? Double.NaN : value;
        }
        return out;
    }

    /** The start age of a band: the cell's number, or the leading digits of a label such as "1-4" or "90+". */
    private static double startAge(Object cell, int row, String column) {
        if (cell instanceof Double) {
            return (Double) cell;
        }
        if (cell instanceof String) {
            String digits = ((String) cell).replaceFirst("^\\D*(\\d+).*$", "$1");
            if (digits.matches("\\d+")) {
                return Double.parseDouble(digits);
            }
        }
        throw InputException.at(row, column, "start age must be a number or a band label such as 1-4");
    }
}
