package org.equitylens.stats.phe;

import java.util.ArrayList;
import java.util.List;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;

/**
 * The rows a proportion or rate is computed for: the input rows as they are, or — for grouped
 * input — one row per group with the group columns and the summed numerator and denominator
 * (a missing value anywhere in a group makes its sum missing, as R's {@code sum}).
 *
 * <p>PHEindicatormethods sums only when there is more than one group (quirk Q1); EquityLens sums
 * for any grouping, so a single-group table gives one row either way.
 */
record CountRows(List<String> columns, List<Object[]> rows, int xIndex, int nIndex) {

    static CountRows of(Table input, Params params, String x, String n) {
        input.columnIndex(x);
        input.columnIndex(n);
        if (params.groupBy().isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            for (int r = 0; r < input.rowCount(); r++) {
                rows.add(input.row(r));
            }
            return new CountRows(input.columns(), rows, input.columnIndex(x), input.columnIndex(n));
        }
        List<String> columns = new ArrayList<>(params.groupBy());
        columns.add(x);
        columns.add(n);
        List<Object[]> rows = new ArrayList<>();
        for (Table.Group g : input.groupBy(params.groupBy())) {
            Object[] row = new Object[columns.size()];
            for (int k = 0; k < g.key().size(); k++) {
                row[k] = g.key().get(k);
            }
            row[columns.size() - 2] = sum(g.rows(), x);
            row[columns.size() - 1] = sum(g.rows(), n);
            rows.add(row);
        }
        return new CountRows(columns, rows, columns.size() - 2, columns.size() - 1);
    }

    private static Double sum(Table t, String column) {
        double s = 0;
        for (Double v : t.numbers(column)) {
            if (v == null) {
                return null;
            }
            s += v;
        }
        return s;
    }

    /** Refuses negative numerators and non-positive denominators, naming the input row. */
    static void validate(Table input, String x, String n, boolean proportion) {
        Double[] xs = input.numbers(x);
        Double[] ns = input.numbers(n);
        for (int r = 0; r < xs.length; r++) {
            if (xs[r] != null && xs[r] < 0) {
                throw InputException.at(r + 1, x, "numerators must be greater than or equal to zero");
            }
            if (ns[r] != null && ns[r] <= 0) {
                throw InputException.at(r + 1, n, "denominators must be greater than zero");
            }
            if (proportion && xs[r] != null && ns[r] != null && xs[r] > ns[r]) {
                throw InputException.at(r + 1, x,
                        "numerators must be less than or equal to denominator for a proportion statistic");
            }
        }
    }

    Double x(Object[] row) {
        return (Double) row[xIndex];
    }

    Double n(Object[] row) {
        return (Double) row[nIndex];
    }
}
