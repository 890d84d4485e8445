package org.equitylens.stats.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Helpers for methods that run once per group. */
public final class Grouping {

    private Grouping() {
    }

    /**
     * Runs {@code method} on each group of {@code input} (by {@code by}, groups in sorted key order)
     * and stacks the results with the group columns prefixed — how healthequal measures are applied to
     * grouped data. The groups' notes are kept, each prefixed with its group. With no grouping
     * columns the method runs once on the whole table. Row numbers in an {@link InputException}
     * thrown for a group refer to that group's rows.
     */
    public static Table perGroup(Table input, List<String> by, Function<Table, Table> method) {
        if (by.isEmpty()) {
            return method.apply(input);
        }
        List<String> columns = null;
        List<Object[]> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Table.Group group : input.groupBy(by)) {
            Table result = method.apply(group.rows());
            for (String note : result.notes()) {
                notes.add(by + " = " + group.key() + ": " + note);
            }
            if (columns == null) {
                columns = new ArrayList<>(by);
                columns.addAll(result.columns());
            }
            for (int r = 0; r < result.rowCount(); r++) {
                Object[] row = new Object[by.size() + result.columns().size()];
                for (int k = 0; k < by.size(); k++) {
                    row[k] = group.key().get(k);
                }
                System.arraycopy(result.row(r), 0, row, by.size(), result.columns().size());
                rows.add(row);
            }
        }
        if (columns == null) {
            columns = new ArrayList<>(by);
        }
        return Table.of(columns, rows).withNotes(notes);
    }
}
