package org.equitylens.stats.phe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * {@code phe_quantile}: assigns small areas to quantiles of a score within each group
 * (PHEindicatormethods 2.1.0, {@code R/Quantiles.R}), e.g. local IMD deciles within a local
 * authority. With N non-missing values, ranks r (ties share the minimum rank; of −v when
 * {@code invert}, so quantile 1 holds the highest scores — the most deprived for IMD):
 * {@code q = floor((nq + 1) − ceiling(((N + 1) − r) / (N / nq)))}, 0 becoming 1. A group with fewer
 * values than quantiles gets none. Rows keep their input order.
 */
public final class PheQuantile implements TableMethod {

    @Override
    public String name() {
        return "PHEindicatormethods::phe_quantile";
    }

    @Override
    public String description() {
        return "Quantiles (e.g. local deprivation deciles) of a score within groups";
    }

    @Override
    public Table apply(Table input, Params params) {
        String values = params.requireColumn("values");
        input.columnIndex(values);
        double nq = params.number("nquantiles", 10);
        if (nq < 1 || nq != Math.rint(nq)) {
            throw InputException.field("nquantiles", "nquantiles must be a positive whole number");
        }
        String inverttype = params.text("inverttype", "logical");
        String type = params.text("type", "full");
        if (!type.equals("full") && !type.equals("standard")) {
            throw InputException.field("type", "type must be full or standard");
        }
        Double[] quantiles = new Double[input.rowCount()];
        boolean tooFew = false;
        boolean[] inverted = new boolean[input.rowCount()];
        for (Table.Group g : input.groupBy(params.groupBy())) {
            boolean invert = invert(params, inverttype, g);
            double[] v = g.rows().doubles(values);
            int n = 0;
            for (double d : v) {
                n += Double.isNaN(d) ? 0 : 1;
            }
            tooFew |= n < nq;
            for (int i = 0; i < v.length; i++) {
                int row = g.positions()[i];
                inverted[row] = invert;
                if (n < nq || Double.isNaN(v[i])) {
                    continue;
                }
                double rank = 1;
                for (double other : v) {
                    if (!Double.isNaN(other) && (invert ? other > v[i] : other < v[i])) {
                        rank++;
                    }
                }
                double q = Math.floor((nq + 1) - Math.ceil(((n + 1) - rank) / (n / nq)));
                quantiles[row] = q == 0 ? 1.0 : q;
            }
        }
        List<String> columns = new ArrayList<>(input.columns());
        columns.add("quantile");
        if (type.equals("full")) {
            columns.addAll(List.of("nquantiles", "groupvars", "qinverted"));
        }
        String groupvars = params.groupBy().isEmpty() ? null : String.join(", ", params.groupBy());
        Table.Builder out = Table.builder(columns);
        for (int r = 0; r < input.rowCount(); r++) {
            List<Object> cells = new ArrayList<>(Arrays.asList(input.row(r)));
            cells.add(quantiles[r]);
            if (type.equals("full")) {
                cells.add(nq);
                cells.add(groupvars);
                cells.add(inverted[r] ? "lowest quantile represents highest values"
                        : "lowest quantile represents lowest values");
            }
            out.add(cells);
        }
        Table result = out.build();
        return tooFew ? result.withNotes(List.of("one or more groups had too few small areas with values to allow"
                + " quantiles to be assigned")) : result;
    }

    private static boolean invert(Params params, String inverttype, Table.Group g) {
        if (inverttype.equals("logical")) {
            return params.flag("invert", true);
        }
        if (!inverttype.equals("field")) {
            throw InputException.field("inverttype", "inverttype must be logical or field");
        }
        String column = params.requireColumn("invert");
        Boolean value = null;
        for (int r = 0; r < g.rows().rowCount(); r++) {
            Object cell = g.rows().get(r, column);
            boolean b = cell instanceof Boolean ? (Boolean) cell : g.rows().number(r, column) != 0;
            if (value != null && value != b) {
                throw InputException.at(g.positions()[r] + 1, column, "invert must be the same for every row of a group");
            }
            value = b;
        }
        return value == null || value;
    }
}
