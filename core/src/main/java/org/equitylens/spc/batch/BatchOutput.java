package org.equitylens.spc.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rows a batch produces, per output table, in the order they are added. A mode creates
 * a row with {@link #row}, fills it, and {@link #add}s it.
 */
public final class BatchOutput {

    private final Map<BatchTable, List<String[]>> rows = new EnumMap<>(BatchTable.class);

    public BatchOutput() {
        for (BatchTable table : BatchTable.values()) {
            rows.put(table, new ArrayList<>());
        }
    }

    /** A new, empty row of {@code table} for a series. */
    public OutputRow row(BatchTable table, String seriesId) {
        return new OutputRow(table, seriesId);
    }

    /** Adds a complete row; fails if a column was not set. */
    public void add(OutputRow row) {
        rows.get(row.table()).add(row.cells());
    }

    /** The rows of a table (cells in {@link BatchTable#columns()} order). */
    public List<String[]> rows(BatchTable table) {
        return Collections.unmodifiableList(rows.get(table));
    }

    /** Adds every row of another output (used to assemble per-series results). */
    public void addAll(BatchOutput other) {
        other.rows.forEach((table, list) -> rows.get(table).addAll(list));
    }

    /** Writes all five tables as {@code DIR/<table>.csv}, header included, even when empty. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (BatchTable table : BatchTable.values()) {
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(table.fileName()), StandardCharsets.UTF_8)) {
                out.write(Csv.line(table.columns().toArray(String[]::new)));
                out.write('\n');
                for (String[] row : rows.get(table)) {
                    out.write(Csv.line(row));
                    out.write('\n');
                }
            }
        }
    }
}
