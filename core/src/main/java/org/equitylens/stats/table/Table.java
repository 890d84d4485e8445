package org.equitylens.stats.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable tidy table: named columns and rows of cells. A cell is {@code null} (missing, R's
 * {@code NA}), a {@link Double} (including NaN and infinities), a {@link String} or a
 * {@link Boolean}. Integers are held as doubles, as R holds them once read for arithmetic.
 *
 * <p>Cells are stored by column: a numeric column is a {@code double[]} with a missing mask, read
 * without boxing by {@link #doubles}, {@link #isMissing} and {@link #numberAt}; other columns hold
 * their cells. Selections and groups are views that share the columns of the table they come from.
 */
public final class Table {

    private final List<String> columns;
    private final Map<String, Integer> index;
    private final ColumnData[] data;
    /** Physical rows of a view ({@code rowMap[offset + r]}), or null when rows are {@code offset + r}. */
    private final int[] rowMap;
    private final int offset;
    private final int rowCount;
    private final List<String> notes;

    private Table(List<String> columns, ColumnData[] data, int rowCount) {
        this.columns = List.copyOf(columns);
        this.index = new LinkedHashMap<>();
        for (int c = 0; c < this.columns.size(); c++) {
            if (index.putIfAbsent(this.columns.get(c), c) != null) {
                throw new IllegalArgumentException("duplicate column: " + this.columns.get(c));
            }
        }
        this.data = data;
        this.rowMap = null;
        this.offset = 0;
        this.rowCount = rowCount;
        this.notes = List.of();
    }

    /** A view of some of {@code parent}'s stored rows, sharing its (immutable) columns and index. */
    private Table(Table parent, int[] rowMap, int offset, int rowCount, List<String> notes) {
        this.columns = parent.columns;
        this.index = parent.index;
        this.data = parent.data;
        this.rowMap = rowMap;
        this.offset = offset;
        this.rowCount = rowCount;
        this.notes = List.copyOf(notes);
    }

    /**
     * Warnings a method attached to its output, as the peers warn (e.g. groups suppressed for small
     * populations); empty for most tables. Notes are not part of {@link #equals}.
     */
    public List<String> notes() {
        return notes;
    }

    /** This table with the given notes attached. */
    public Table withNotes(List<String> notes) {
        return new Table(this, rowMap, offset, rowCount, notes);
    }

    /** A table from column names and rows; each row must have one cell per column. */
    public static Table of(List<String> columns, List<Object[]> rows) {
        Builder b = new Builder(columns);
        for (Object[] row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("row has " + row.length + " cells for "
                        + columns.size() + " columns");
            }
            b.add(row);
        }
        return b.build();
    }

    public static Builder builder(List<String> columns) {
        return new Builder(columns);
    }

    public static Builder builder(String... columns) {
        return new Builder(List.of(columns));
    }

    /** Assembles a table of {@code rowCount} rows a whole column at a time. */
    public static Columns withRows(int rowCount) {
        return new Columns(rowCount);
    }

    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rowCount;
    }

    public boolean hasColumn(String column) {
        return index.containsKey(column);
    }

    /** The position of a column; an {@link InputException} names it when it is absent. */
    public int columnIndex(String column) {
        Integer c = index.get(column);
        if (c == null) {
            throw InputException.field(column, "no such column in the input (columns: "
                    + String.join(", ", columns) + ")");
        }
        return c;
    }

    /** The cell at a 0-based row and a column position. */
    public Object get(int row, int column) {
        return data[column].cell(stored(row));
    }

    public Object get(int row, String column) {
        return get(row, columnIndex(column));
    }

    /** A copy of one row's cells. */
    public Object[] row(int row) {
        int r = stored(row);
        Object[] cells = new Object[data.length];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = data[c].cell(r);
        }
        return cells;
    }

    /** True when the cell is missing (R's {@code NA}; NaN is not missing). */
    public boolean isMissing(int row, int column) {
        return data[column].missing(stored(row));
    }

    /**
     * A numeric cell: {@code null} when missing; booleans read as 1/0 (as R coerces them); any other
     * text is refused with the row and field named.
     */
    public Double number(int row, int column) {
        return isMissing(row, column) ? null : numberAt(row, column);
    }

    public Double number(int row, String column) {
        return number(row, columnIndex(column));
    }

    /** A numeric cell as {@link #number}, unboxed with a missing cell as NaN. */
    public double numberAt(int row, int column) {
        int r = stored(row);
        ColumnData cells = data[column];
        if (cells instanceof ColumnData.Numbers) {
            return ((ColumnData.Numbers) cells).value(r);
        }
        Object cell = cells.cell(r);
        if (cell == null || cell instanceof Double) {
            return cell == null ? Double.NaN : (Double) cell;
        }
        if (cell instanceof Boolean) {
            return (Boolean) cell ? 1.0 : 0.0;
        }
        throw InputException.at(row + 1, columns.get(column), "not a number: " + cell);
    }

    /** A column of numbers with missing cells as NaN (for arithmetic where NA and NaN behave alike). */
    public double[] doubles(String column) {
        return doubles(columnIndex(column));
    }

    /** A column of numbers, by position, with missing cells as NaN. */
    public double[] doubles(int c) {
        double[] values = new double[rowCount];
        if (data[c] instanceof ColumnData.Numbers numbers) {
            for (int r = 0; r < values.length; r++) {
                values[r] = numbers.value(rowMap == null ? offset + r : rowMap[offset + r]);
            }
            return values;
        }
        for (int r = 0; r < values.length; r++) {
            values[r] = numberAt(r, c);
        }
        return values;
    }

    /** A column of numbers with missing cells as {@code null}. */
    public Double[] numbers(String column) {
        int c = columnIndex(column);
        Double[] values = new Double[rowCount];
        for (int r = 0; r < values.length; r++) {
            values[r] = number(r, c);
        }
        return values;
    }

    /** The rows at the given 0-based positions, in that order. */
    public Table select(int[] rowPositions) {
        int[] picked = new int[rowPositions.length];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = stored(Objects.checkIndex(rowPositions[i], rowCount));
        }
        return new Table(this, picked, 0, picked.length, List.of());
    }

    /**
     * Splits the rows by the values of the given columns, groups in ascending key order (numbers
     * numerically, text by code point — dplyr's C-locale order — missing last), rows within a group
     * in input order. With no columns, the whole table is one group with an empty key.
     */
    public List<Group> groupBy(List<String> by) {
        if (by.isEmpty()) {
            return List.of(new Group(List.of(), allRows(), this));
        }
        int[] cols = by.stream().mapToInt(this::columnIndex).toArray();
        // Rows usually come in runs of equal keys (sorted or at least clustered extracts), so keys
        // are compared with the previous row's first and numbered only where a run starts. When the
        // rows are clustered (runs of two rows or more on average, or runs in ascending key order)
        // the runs are sorted by key and equal keys numbered alike, so key numbers follow key order;
        // when they are scattered, keys are numbered by hashing and only the distinct keys sorted.
        // When every key is a single run, the runs are the groups; otherwise the rows are bucketed
        // by key number (counting sort, rows keep their input order).
        int[] runStarts = runStarts(cols);
        int runs = runStarts.length - 1;
        Comparator<Object> keyOrder = cols.length == 1 ? CELL_ORDER : KEY_ORDER;
        List<Object> runKeys = new ArrayList<>(runs);
        boolean ascending = true;
        for (int run = 0; run < runs; run++) {
            runKeys.add(key(runStarts[run], cols));
            ascending = ascending && (run == 0 || keyOrder.compare(runKeys.get(run - 1), runKeys.get(run)) < 0);
        }
        int[] runGroup = new int[runs];
        List<Object> keys = new ArrayList<>();
        Integer[] order;
        if (ascending || 2 * runs <= rowCount) {
            Integer[] sortedRuns = new Integer[runs];
            Arrays.setAll(sortedRuns, run -> run);
            Arrays.sort(sortedRuns, (a, b) -> keyOrder.compare(runKeys.get(a), runKeys.get(b)));
            for (int run : sortedRuns) {
                Object key = runKeys.get(run);
                if (keys.isEmpty() || keyOrder.compare(keys.get(keys.size() - 1), key) != 0) {
                    keys.add(key);
                }
                runGroup[run] = keys.size() - 1;
            }
            order = new Integer[keys.size()];
            Arrays.setAll(order, g -> g);
        } else {
            KeyNumbers numbers = new KeyNumbers(runs);
            for (int run = 0; run < runs; run++) {
                runGroup[run] = numbers.number(runKeys.get(run));
                if (runGroup[run] == keys.size()) {
                    keys.add(runKeys.get(run));
                }
            }
            order = new Integer[keys.size()];
            Arrays.setAll(order, g -> g);
            Arrays.sort(order, (a, b) -> keyOrder.compare(keys.get(a), keys.get(b)));
        }
        List<Group> groups = new ArrayList<>(keys.size());
        if (keys.size() == runs) {
            int[] groupRun = new int[runs];
            for (int run = 0; run < runs; run++) {
                groupRun[runGroup[run]] = run;
            }
            for (int g : order) {
                int from = runStarts[groupRun[g]];
                int size = runStarts[groupRun[g] + 1] - from;
                int[] positions = new int[size];
                for (int i = 0; i < size; i++) {
                    positions[i] = from + i;
                }
                groups.add(new Group(keyCells(keys.get(g), cols), positions,
                        new Table(this, rowMap, offset + from, size, List.of())));
            }
            return groups;
        }
        int[] start = new int[keys.size() + 1];
        for (int run = 0; run < runs; run++) {
            start[runGroup[run] + 1] += runStarts[run + 1] - runStarts[run];
        }
        for (int g = 0; g < keys.size(); g++) {
            start[g + 1] += start[g];
        }
        int[] next = Arrays.copyOf(start, keys.size());
        int[] bucketed = new int[rowCount];
        for (int run = 0; run < runs; run++) {
            for (int r = runStarts[run]; r < runStarts[run + 1]; r++) {
                bucketed[next[runGroup[run]]++] = r;
            }
        }
        int[] bucketedStored = bucketed;
        if (rowMap != null || offset != 0) {
            bucketedStored = new int[rowCount];
            for (int i = 0; i < rowCount; i++) {
                bucketedStored[i] = stored(bucketed[i]);
            }
        }
        for (int g : order) {
            groups.add(new Group(keyCells(keys.get(g), cols), Arrays.copyOfRange(bucketed, start[g], start[g + 1]),
                    new Table(this, bucketedStored, start[g], start[g + 1] - start[g], List.of())));
        }
        return groups;
    }

    /**
     * Numbers distinct keys (cells or lists of cells, compared with {@code equals}) in order of first
     * appearance: an open-addressing table sized once for the most keys there can be.
     */
    private static final class KeyNumbers {
        /** Stands for a missing single-column key. */
        private static final Object MISSING = new Object();

        private final Object[] slots;
        private final int[] numbers;
        private int count;

        KeyNumbers(int mostKeys) {
            int capacity = Integer.highestOneBit(Math.max(8, mostKeys) * 2 - 1) << 1;
            slots = new Object[capacity];
            numbers = new int[capacity];
        }

        /** The key's number, the next number when it is new. */
        int number(Object key) {
            Object stored = key == null ? MISSING : key;
            int hash = stored.hashCode();
            int mask = slots.length - 1;
            for (int i = (hash ^ (hash >>> 16)) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == null) {
                    slots[i] = stored;
                    numbers[i] = count;
                    return count++;
                }
                if (slots[i].equals(stored)) {
                    return numbers[i];
                }
            }
        }
    }

    /** Where each run of rows with equal keys starts, and the row count at the end. */
    private int[] runStarts(int[] cols) {
        int[] starts = new int[16];
        int runs = 0;
        int previous = -1;
        for (int r = 0; r < rowCount; r++) {
            int row = stored(r);
            if (r == 0 || !sameKey(previous, row, cols)) {
                if (runs + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[runs++] = r;
            }
            previous = row;
        }
        starts[runs] = rowCount;
        return Arrays.copyOf(starts, runs + 1);
    }

    /** Whether two stored rows have the same key. */
    private boolean sameKey(int a, int b, int[] cols) {
        for (int c : cols) {
            if (!data[c].sameCell(a, b)) {
                return false;
            }
        }
        return true;
    }

    /** A key as a group gives it: the cells of the grouping columns. */
    @SuppressWarnings("unchecked")
    private static List<Object> keyCells(Object key, int[] cols) {
        return cols.length == 1 ? Collections.singletonList(key) : (List<Object>) key;
    }

    /** A row's key: its cell for one grouping column, else an unmodifiable list of its cells. */
    private Object key(int row, int[] cols) {
        if (cols.length == 1) {
            return get(row, cols[0]);
        }
        Object[] key = new Object[cols.length];
        for (int i = 0; i < cols.length; i++) {
            key[i] = get(row, cols[i]);
        }
        return Collections.unmodifiableList(Arrays.asList(key));
    }

    /** The stored row behind a 0-based row of this table. */
    private int stored(int row) {
        Objects.checkIndex(row, rowCount);
        return rowMap == null ? offset + row : rowMap[offset + row];
    }

    private int[] allRows() {
        int[] all = new int[rowCount];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /** Cell order used for sorting keys: numbers, then text, then booleans (false first), missing last. */
    public static final Comparator<Object> CELL_ORDER = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Double && b instanceof Double) {
            return Double.compare((Double) a, (Double) b);
        }
        if (a instanceof String && b instanceof String) {
            return ((String) a).compareTo((String) b);
        }
        if (a instanceof Boolean && b instanceof Boolean) {
            return Boolean.compare((Boolean) a, (Boolean) b);
        }
        return Integer.compare(rank(a), rank(b));
    };

    /** Order of multi-column keys (lists of cells), column by column. */
    private static final Comparator<Object> KEY_ORDER = (a, b) -> {
        List<?> x = (List<?>) a;
        List<?> y = (List<?>) b;
        for (int i = 0; i < x.size(); i++) {
            int c = CELL_ORDER.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static int rank(Object cell) {
        return cell instanceof Double ? 0 : cell instanceof String ? 1 : 2;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Table)) {
            return false;
        }
        Table other = (Table) o;
        if (!columns.equals(other.columns) || rowCount != other.rowCount) {
            return false;
        }
        for (int c = 0; c < data.length; c++) {
            for (int r = 0; r < rowCount; r++) {
                if (!Objects.equals(get(r, c), other.get(r, c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** As the rows' {@link Arrays#hashCode(Object[])} combined, without boxing the cells. */
    @Override
    public int hashCode() {
        int h = columns.hashCode();
        for (int r = 0; r < rowCount; r++) {
            int stored = stored(r);
            int rowHash = 1;
            for (ColumnData cells : data) {
                rowHash = 31 * rowHash + cells.cellHash(stored);
            }
            h = 31 * h + rowHash;
        }
        return h;
    }

    @Override
    public String toString() {
        return "Table" + columns + " with " + rowCount + " rows";
    }

    /**
     * One group of rows: its key (the grouping columns' values), the rows' 0-based positions in the
     * table it came from, and those rows as a table.
     */
    public record Group(List<Object> key, int[] positions, Table rows) {
        public Group {
            Objects.requireNonNull(key);
            Objects.requireNonNull(rows);
        }
    }

    /** Collects output rows; numeric cells may be given as any {@link Number} and are stored as doubles. */
    public static final class Builder {
        private final List<String> columns;
        private final ColumnData.Builder[] cells;
        private int rowCount;

        private Builder(List<String> columns) {
            this.columns = List.copyOf(columns);
            this.cells = new ColumnData.Builder[this.columns.size()];
            Arrays.setAll(cells, c -> new ColumnData.Builder());
        }

        public Builder add(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells for "
                        + columns.size() + " columns " + columns);
            }
            for (int c = 0; c < cells.length; c++) {
                this.cells[c].add(cells[c]);
            }
            rowCount++;
            return this;
        }

        public Builder add(List<Object> cells) {
            return add(cells.toArray());
        }

        public Table build() {
            ColumnData[] data = new ColumnData[cells.length];
            Arrays.setAll(data, c -> cells[c].build());
            return new Table(columns, data, rowCount);
        }
    }

    /**
     * Collects whole columns of one length: numbers from a {@code double[]} (copied) with an
     * optional missing mask, any cells, one cell repeated, or a column of another table of that
     * length (shared, not copied). Columns come out in the order they are added.
     */
    public static final class Columns {
        private final int rowCount;
        private final List<String> names = new ArrayList<>();
        private final List<ColumnData> data = new ArrayList<>();

        private Columns(int rowCount) {
            this.rowCount = rowCount;
        }

        /** Numbers, NaN as NaN (nothing missing). */
        public Columns numbers(String name, double[] values) {
            return numbers(name, values, null);
        }

        /** Numbers, missing where {@code missing} is true ({@code null} for none). */
        public Columns numbers(String name, double[] values, boolean[] missing) {
            checkLength(name, values.length);
            if (missing != null) {
                checkLength(name, missing.length);
            }
            return add(name, ColumnData.numbers(values.clone(), missing == null ? null : missing.clone()));
        }

        /** Cells of any of the table's cell types, numbers as any {@link Number}. */
        public Columns cells(String name, Object[] cells) {
            checkLength(name, cells.length);
            return add(name, ColumnData.of(cells));
        }

        /** The same cell in every row. */
        public Columns constant(String name, Object cell) {
            return add(name, new ColumnData.Constant(cell));
        }

        /** Every column of {@code table}, which must have this many rows. */
        public Columns columnsOf(Table table) {
            for (String column : table.columns) {
                column(table, column);
            }
            return this;
        }

        /** A column of {@code table}, which must have this many rows, under its own name. */
        public Columns column(Table table, String column) {
            checkLength(column, table.rowCount);
            int c = table.columnIndex(column);
            if (table.rowMap == null && table.offset == 0) {
                return add(column, table.data[c]);
            }
            ColumnData.Builder b = new ColumnData.Builder();
            for (int r = 0; r < rowCount; r++) {
                b.add(table.get(r, c));
            }
            return add(column, b.build());
        }

        public Table build() {
            return new Table(names, data.toArray(new ColumnData[0]), rowCount);
        }

        private Columns add(String name, ColumnData column) {
            names.add(name);
            data.add(column);
            return this;
        }

        private void checkLength(String name, int length) {
            if (length != rowCount) {
                throw new IllegalArgumentException(name + " has " + length + " rows for " + rowCount);
            }
        }
    }
}
