package org.equitylens.stats.phe;

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
record CountRows(Table counts, int xIndex, int nIndex) {

    static CountRows of(Table input, Params params, String x, String n) {
        int xColumn = input.columnIndex(x);
        int nColumn = input.columnIndex(n);
        if (params.groupBy().isEmpty()) {
            return new CountRows(input, xColumn, nColumn);
        }
        List<String> by = params.groupBy();
        List<Table.Group> groups = input.groupBy(by);
        Object[][] keys = new Object[by.size()][groups.size()];
        double[] xs = new double[groups.size()];
        double[] ns = new double[groups.size()];
        boolean[] xMissing = new boolean[groups.size()];
        boolean[] nMissing = new boolean[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            Table.Group group = groups.get(g);
            for (int k = 0; k < by.size(); k++) {
                keys[k][g] = group.key().get(k);
            }
            xMissing[g] = !sum(group.rows(), xColumn, xs, g);
            nMissing[g] = !sum(group.rows(), nColumn, ns, g);
        }
        Table.Columns counts = Table.withRows(groups.size());
        for (int k = 0; k < by.size(); k++) {
            counts.cells(by.get(k), keys[k]);
        }
        Table table = counts.numbers(x, xs, xMissing).numbers(n, ns, nMissing).build();
        return new CountRows(table, by.size(), by.size() + 1);
    }

    /** Sums a column of {@code t} into {@code sums[at]}; false when a cell is missing. */
    private static boolean sum(Table t, int column, double[] sums, int at) {
        double s = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.isMissing(r, column)) {
                return false;
            }
            s += t.numberAt(r, column);
        }
        sums[at] = s;
        return true;
    }

    /** Refuses negative numerators and non-positive denominators, naming the input row. */
    static void validate(Table input, String x, String n, boolean proportion) {
        double[] xs = input.doubles(x);
        double[] ns = input.doubles(n);
        for (int r = 0; r < xs.length; r++) {
            if (xs[r] < 0) {
                throw InputException.at(r + 1, x, "numerators must be greater than or equal to zero");
            }
            if (ns[r] <= 0) {
                throw InputException.at(r + 1, n, "denominators must be greater than zero");
            }
            if (proportion && xs[r] > ns[r]) {
                throw InputException.at(r + 1, x,
                        "numerators must be less than or equal to denominator for a proportion statistic");
            }
        }
    }

    int size() {
        return counts.rowCount();
    }

    /** True when the row's numerator or denominator is missing: its results are missing too. */
    boolean missing(int row) {
        return counts.isMissing(row, xIndex) || counts.isMissing(row, nIndex);
    }

    double x(int row) {
        return counts.numberAt(row, xIndex);
    }

    double n(int row) {
        return counts.numberAt(row, nIndex);
    }

    /**
     * The output PHE lays out: these rows' columns, {@code value}, the limits per level (lower,
     * upper), then {@code confidence}, {@code statistic} and {@code method} — or only
     * {@code statistic} when no level is asked for. Results of rows with a missing count are missing.
     */
    Table withResults(double[] value, double[][] limits, Confidence confidence, String statistic, Object[] method) {
        boolean[] missing = new boolean[size()];
        for (int r = 0; r < missing.length; r++) {
            missing[r] = missing(r);
        }
        Table.Columns out = Table.withRows(size()).columnsOf(counts).numbers("value", value, missing);
        if (confidence.none()) {
            return out.constant("statistic", statistic).build();
        }
        List<String> limitColumns = confidence.limitColumns();
        for (int i = 0; i < limits.length; i++) {
            out.numbers(limitColumns.get(i), limits[i], missing);
        }
        return out.constant("confidence", confidence.label()).constant("statistic", statistic)
                .cells("method", method).build();
    }
}
