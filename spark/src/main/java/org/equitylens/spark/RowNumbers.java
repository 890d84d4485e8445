package org.equitylens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Turns the position columns of {@link ExtractReader} into row numbers in a file. Rows of one file
 * split are read by one task in file order and get consecutive read ids, so a row's number is the
 * rows of the file's earlier splits, plus its distance from the first read id of its split, plus the
 * number of the file's first data row.
 */
final class RowNumbers {

    private final Map<String, Map<Long, long[]>> splitsByFile;
    private final long firstDataRow;
    private final long rows;

    private RowNumbers(Map<String, Map<Long, long[]>> splitsByFile, long firstDataRow, long rows) {
        this.splitsByFile = splitsByFile;
        this.firstDataRow = firstDataRow;
        this.rows = rows;
    }

    /**
     * From the collected rows of {@link #splitCounts}.
     * {@code firstDataRow} is the number the user sees for a file's first data row (2 under a header).
     */
    static RowNumbers fromSplits(List<Row> splits, long firstDataRow) {
        Map<String, List<Row>> byFile = new HashMap<>();
        for (Row split : splits) {
            byFile.computeIfAbsent(split.getString(split.fieldIndex(ExtractReader.FILE)), f -> new ArrayList<>()).add(split);
        }
        Map<String, Map<Long, long[]>> index = new HashMap<>();
        long total = 0;
        for (Map.Entry<String, List<Row>> entry : byFile.entrySet()) {
            List<Row> fileSplits = entry.getValue();
            fileSplits.sort(Comparator.comparingLong(r -> r.getLong(r.fieldIndex(ExtractReader.SPLIT))));
            Map<Long, long[]> starts = new HashMap<>();
            long rowsBefore = 0;
            for (Row split : fileSplits) {
                long rows = split.getLong(split.fieldIndex("rows"));
                long firstId = split.getLong(split.fieldIndex("first_id"));
                starts.put(split.getLong(split.fieldIndex(ExtractReader.SPLIT)), new long[] {rowsBefore, firstId});
                rowsBefore += rows;
            }
            index.put(entry.getKey(), starts);
            total += rowsBefore;
        }
        return new RowNumbers(index, firstDataRow, total);
    }

    /** The row number in its file of the row read with these position values. */
    long rowNumber(String file, long split, long readId) {
        long[] start = splitsByFile.get(file).get(split);
        return firstDataRow + start[0] + (readId - start[1]);
    }

    /** Data rows in all files. */
    long rows() {
        return rows;
    }

    /** The number of files read. */
    int files() {
        return splitsByFile.size();
    }

    /** Per file split of {@link ExtractReader}'s output: file, split start, rows and first read id. */
    static Dataset<Row> splitCounts(Dataset<Row> rows) {
        return splitCounts(rows, List.of());
    }

    /** The same, followed by further aggregates per split, computed in the same pass. */
    static Dataset<Row> splitCounts(Dataset<Row> rows, List<Column> aggregates) {
        List<Column> more = new ArrayList<>(List.of(min(col(ExtractReader.READ_ID)).as("first_id")));
        more.addAll(aggregates);
        return rows.groupBy(col(ExtractReader.FILE), col(ExtractReader.SPLIT)).agg(count(lit(1)).as("rows"),
                more.toArray(Column[]::new));
    }
}
