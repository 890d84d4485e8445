package org.equitylens.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.equitylens.stats.table.CsvTables;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Table;

/**
 * Applies a policy: primary suppression of counts, complementary suppression along every total
 * (a line of cells with an exactly shown total and exactly one hidden component whose other
 * components are all shown exactly would give the hidden cell away by subtraction, so the smallest
 * other component — or failing that the total — is hidden too, repeated until no line reveals a
 * cell), then percentages and rates from the shown figures and simple statistics.
 */
final class Suppression {

    private Suppression() {
    }

    static ProtectedTable apply(DisclosurePolicy policy, Table table, TableLayout layout) {
        int rows = table.rowCount();
        List<String> counts = layout.counts();
        double[][] value = new double[rows][counts.size()];
        boolean[][] hidden = new boolean[rows][counts.size()];
        boolean[][] exact = new boolean[rows][counts.size()];
        boolean[] national = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            national[r] = layout.levelColumn() != null
                    && layout.nationalLevels().contains(label(table.get(r, layout.levelColumn())));
        }
        int primary = 0;
        for (int c = 0; c < counts.size(); c++) {
            for (int r = 0; r < rows; r++) {
                Double v = table.number(r, counts.get(c));
                if (v == null) {
                    value[r][c] = Double.NaN;
                    continue;
                }
                if (v < 0 || v != Math.rint(v)) {
                    throw InputException.at(r + 1, counts.get(c), "counts must be whole numbers of zero or more, got "
                            + CsvTables.format(v));
                }
                value[r][c] = v;
                hidden[r][c] = Double.isNaN(policy.show(v, national[r]));
                exact[r][c] = !hidden[r][c] && policy.exact(v, national[r]);
                primary += hidden[r][c] ? 1 : 0;
            }
        }

        List<int[][]> lines = lines(table, layout);
        int complementary = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                int[] total = line[0];
                if (hidden[total[0]][total[1]] || !exact[total[0]][total[1]]) {
                    continue;
                }
                int hiddenComponents = 0;
                boolean othersExact = true;
                int[] smallest = null;
                for (int i = 1; i < line.length; i++) {
                    int[] cell = line[i];
                    if (hidden[cell[0]][cell[1]]) {
                        hiddenComponents++;
                    } else {
                        othersExact &= exact[cell[0]][cell[1]];
                        if (smallest == null || preferToHide(value[cell[0]][cell[1]], value[smallest[0]][smallest[1]])) {
                            smallest = cell;
                        }
                    }
                }
                if (hiddenComponents == 1 && othersExact) {
                    int[] victim = smallest != null ? smallest : total;
                    hidden[victim[0]][victim[1]] = true;
                    exact[victim[0]][victim[1]] = false;
                    complementary++;
                    changed = true;
                }
            }
        }
        return new ProtectedTable(render(policy, table, layout, value, hidden, national), policy.name(),
                "Disclosure control: " + policy.description() + ".", primary, complementary);
    }

    /** Smaller positive counts are hidden first (hiding a zero protects nothing if it is known to be zero). */
    private static boolean preferToHide(double candidate, double current) {
        if ((candidate > 0) != (current > 0)) {
            return candidate > 0;
        }
        return candidate < current;
    }

    /** Each line is {total cell, component cells...} as {row, count column index}. */
    private static List<int[][]> lines(Table table, TableLayout layout) {
        List<String> counts = layout.counts();
        List<int[][]> lines = new ArrayList<>();
        for (TableLayout.TotalColumn tc : layout.totalColumns()) {
            int total = countIndex(counts, tc.column());
            int[] parts = tc.components().stream().mapToInt(c -> countIndex(counts, c)).toArray();
            for (int r = 0; r < table.rowCount(); r++) {
                int[][] line = new int[parts.length + 1][];
                line[0] = new int[] {r, total};
                for (int i = 0; i < parts.length; i++) {
                    line[i + 1] = new int[] {r, parts[i]};
                }
                lines.add(line);
            }
        }
        TableLayout.TotalRow tr = layout.totalRow();
        if (tr != null) {
            Map<List<Object>, List<Integer>> components = new HashMap<>();
            Map<List<Object>, Integer> totals = new HashMap<>();
            for (int r = 0; r < table.rowCount(); r++) {
                List<Object> key = new ArrayList<>();
                for (String w : tr.within()) {
                    key.add(table.get(r, w));
                }
                if (Objects.equals(label(table.get(r, tr.column())), tr.label())) {
                    if (totals.put(key, r) != null) {
                        throw InputException.at(r + 1, tr.column(), "more than one total row for " + key);
                    }
                } else {
                    components.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                }
            }
            for (Map.Entry<List<Object>, Integer> t : totals.entrySet()) {
                List<Integer> parts = components.getOrDefault(t.getKey(), List.of());
                for (int c = 0; c < counts.size(); c++) {
                    int[][] line = new int[parts.size() + 1][];
                    line[0] = new int[] {t.getValue(), c};
                    for (int i = 0; i < parts.size(); i++) {
                        line[i + 1] = new int[] {parts.get(i), c};
                    }
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static Table render(DisclosurePolicy policy, Table table, TableLayout layout, double[][] value,
            boolean[][] hidden, boolean[] national) {
        List<String> counts = layout.counts();
        List<String> columns = new ArrayList<>(table.columns());
        for (TableLayout.Ratio ratio : layout.ratios()) {
            if (!columns.contains(ratio.column())) {
                columns.add(ratio.column());
            }
        }
        columns.remove(ProtectedTable.POLICY_COLUMN);
        columns.add(ProtectedTable.POLICY_COLUMN);
        Table.Builder out = Table.builder(columns);
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] cells = new Object[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                String column = columns.get(c);
                cells[c] = table.hasColumn(column) ? table.get(r, column) : null;
            }
            for (int c = 0; c < counts.size(); c++) {
                int at = columns.indexOf(counts.get(c));
                if (Double.isNaN(value[r][c])) {
                    cells[at] = null;
                } else {
                    cells[at] = hidden[r][c] ? ProtectedTable.HIDDEN : policy.show(value[r][c], national[r]);
                }
            }
            for (TableLayout.Ratio ratio : layout.ratios()) {
                Object num = shown(table, layout, ratio.numerator(), r, cells, columns);
                Object den = shown(table, layout, ratio.denominator(), r, cells, columns);
                Object result;
                if (ProtectedTable.HIDDEN.equals(num) || ProtectedTable.HIDDEN.equals(den)) {
                    result = ProtectedTable.HIDDEN;
                } else if (num == null || den == null || (Double) den == 0) {
                    result = null;
                } else {
                    result = (Double) num / (Double) den * ratio.multiplier();
                }
                cells[columns.indexOf(ratio.column())] = result;
            }
            for (TableLayout.SimpleStatistic s : layout.simple()) {
                Double base = table.number(r, s.basedOn());
                if (base != null && policy.hideSimple(base, national[r])) {
                    cells[columns.indexOf(s.column())] = ProtectedTable.HIDDEN;
                }
            }
            cells[columns.size() - 1] = policy.name();
            out.add(cells);
        }
        return out.build();
    }

    /** A ratio's input as shown: a protected count, or an unprotected numeric column as it is. */
    private static Object shown(Table table, TableLayout layout, String column, int row, Object[] cells,
            List<String> columns) {
        if (layout.counts().contains(column)) {
            return cells[columns.indexOf(column)];
        }
        return table.number(row, column);
    }

    private static int countIndex(List<String> counts, String column) {
        int i = counts.indexOf(column);
        if (i < 0) {
            throw InputException.field(column, "a total or its components must be listed as count columns");
        }
        return i;
    }

    private static String label(Object cell) {
        return cell instanceof String ? (String) cell : CsvTables.format(cell);
    }
}
