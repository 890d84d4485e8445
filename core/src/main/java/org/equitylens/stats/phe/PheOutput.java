package org.equitylens.stats.phe;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;

/** PHE's {@code type} argument: which columns of the full output are returned. */
final class PheOutput {

    /** Columns only the "full" type returns (life expectancy adds the populations and deaths used). */
    static final Set<String> METADATA = Set.of("confidence", "statistic", "method", "pops_used", "dths_used");

    private PheOutput() {
    }

    static String type(Params params) {
        String type = params.text("type", "full");
        if (!List.of("full", "standard", "value", "lower", "upper").contains(type)) {
            throw InputException.field("type", "type must be one of value, lower, upper, standard or full");
        }
        return type;
    }

    /**
     * Projects a full output table: "standard" drops the metadata columns; "value", "lower" and
     * "upper" keep the input/group columns and that one statistic.
     */
    static Table project(Table full, String type, List<String> limitColumns) {
        if (type.equals("full")) {
            return full;
        }
        List<String> keep = new ArrayList<>();
        for (String column : full.columns()) {
            boolean meta = METADATA.contains(column);
            boolean limit = limitColumns.contains(column);
            boolean value = column.equals("value");
            boolean drop = switch (type) {
                case "standard" -> meta;
                case "value" -> meta || limit;
                case "lower" -> meta || value || (limit && !column.startsWith("lower"));
                default -> meta || value || (limit && !column.startsWith("upper"));
            };
            if (!drop) {
                keep.add(column);
            }
        }
        return select(full, keep);
    }

    static Table select(Table table, List<String> columns) {
        Table.Columns out = Table.withRows(table.rowCount());
        for (String column : columns) {
            out.column(table, column);
        }
        return out.build();
    }

    /** Where the values are NaN: the cells to give as missing (R's NA). */
    static boolean[] nanMask(double[] values) {
        boolean[] missing = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            missing[i] = Double.isNaN(values[i]);
        }
        return missing;
    }

    /** Missing numbers as {@code null} (R's NA) rather than NaN, for output cells. */
    static Double na(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
