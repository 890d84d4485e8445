package org.equitylens.stats.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable tidy table: named columns and rows of cells. A cell is {@code null} (missing, R's
 * {@code NA}), a {@link Double} (including NaN and infinities), a {@link String} or a
 * {@link Boolean}. Integers are held as doubles, as R holds them once read for arithmetic.
 */
public final class Table {

    private final List<String> columns;
    private final Map<String, Integer> index;
    private final List<Object[]> rows;
    private final List<String> notes;

    private Table(List<String> columns, List<Object[]> rows) {
        this.columns = List.copyOf(columns);
        this.index = new LinkedHashMap<>();
        for (int c = 0; c < this.columns.size(); c++) {
            if (index.putIfAbsent(this.columns.get(c), c) != null) {
                throw new IllegalArgumentException("duplicate column: " + this.columns.get(c));
            }
        }
        this.rows = rows;
        this.notes = List.of();
    }

    /** A table of some of {@code parent}'s rows, sharing its (immutable) column index. */
    private Table(Table parent, List<Object[]> rows, List<String> notes) {
        this.columns = parent.columns;
        this.index = parent.index;
        this.rows = rows;
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
        return new Table(this, rows, notes);
    }

    /** A table from column names and rows; each row must have one cell per column. */
    public static Table of(List<String> columns, List<Object[]> rows) {
        List<Object[]> copy = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("row has " + row.length + " cells for "
                        + columns.size() + " columns");
            }
            for (Object cell : row) {
                checkCell(cell);
            }
            copy.add(row.clone());
        }
        return new Table(columns, Collections.unmodifiableList(copy));
    }

    public static Builder builder(List<String> columns) {
        return new Builder(columns);
    }

    public static Builder builder(String... columns) {
        return new Builder(List.of(columns));
    }

    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rows.size();
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
        return rows.get(row)[column];
    }

    public Object get(int row, String column) {
        return get(row, columnIndex(column));
    }

    /** A copy of one row's cells. */
    public Object[] row(int row) {
        return rows.get(row).clone();
    }

    /**
     * A numeric cell: {@code null} when missing; booleans read as 1/0 (as R coerces them); any other
     * text is refused with the row and field named.
     */
    public Double number(int row, int column) {
        Object cell = rows.get(row)[column];
        if (cell == null || cell instanceof Double) {
            return (Double) cell;
        }
        if (cell instanceof Boolean) {
            return (Boolean) cell ? 1.0 : 0.0;
        }
        throw InputException.at(row + 1, columns.get(column), "not a number: " + cell);
    }

    public Double number(int row, String column) {
        return number(row, columnIndex(column));
    }

    /** A column of numbers with missing cells as NaN (for arithmetic where NA and NaN behave alike). */
    public double[] doubles(String column) {
        int c = columnIndex(column);
        double[] values = new double[rows.size()];
        for (int r = 0; r < values.length; r++) {
            Double v = number(r, c);
            values[r] = v == null ? Double.NaN : v;
        }
        return values;
    }

    /** A column of numbers with missing cells as {@code null}. */
    public Double[] numbers(String column) {
        int c = columnIndex(column);
        Double[] values = new Double[rows.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = number(r, c);
        }
        return values;
    }

    /** The rows at the given 0-based positions, in that order. */
    public Table select(int[] rowPositions) {
        List<Object[]> picked = new ArrayList<>(rowPositions.length);
        for (int r : rowPositions) {
            picked.add(rows.get(r));
        }
        return new Table(this, Collections.unmodifiableList(picked), List.of());
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
        List<Group> sorted = contiguousGroups(cols);
        if (sorted != null) {
            return sorted;
        }
        // Number the distinct keys in order of appearance, bucket the rows by key number (counting
        // sort, rows keep their input order), then emit the groups in sorted key order.
        Map<Object, Integer> ids = new HashMap<>();
        List<List<Object>> keys = new ArrayList<>();
        int[] rowGroup = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            Object lookup;
            if (cols.length == 1) {
                lookup = row[cols[0]] == null ? NullKey.INSTANCE : row[cols[0]];
            } else {
                Object[] key = new Object[cols.length];
                for (int i = 0; i < cols.length; i++) {
                    key[i] = row[cols[i]];
                }
                lookup = Arrays.asList(key);
            }
            Integer id = ids.get(lookup);
            if (id == null) {
                id = keys.size();
                ids.put(lookup, id);
                Object[] key = new Object[cols.length];
                for (int i = 0; i < cols.length; i++) {
                    key[i] = row[cols[i]];
                }
                keys.add(Collections.unmodifiableList(Arrays.asList(key)));
            }
            rowGroup[r] = id;
        }
        int[] start = new int[keys.size() + 1];
        for (int g : rowGroup) {
            start[g + 1]++;
        }
        for (int g = 0; g < keys.size(); g++) {
            start[g + 1] += start[g];
        }
        int[] next = Arrays.copyOf(start, keys.size());
        int[] bucketed = new int[rows.size()];
        for (int r = 0; r < rowGroup.length; r++) {
            bucketed[next[rowGroup[r]]++] = r;
        }
        Integer[] order = new Integer[keys.size()];
        for (int g = 0; g < order.length; g++) {
            order[g] = g;
        }
        Arrays.sort(order, (a, b) -> KEY_ORDER.compare(keys.get(a), keys.get(b)));
        List<Group> groups = new ArrayList<>(keys.size());
        for (int g : order) {
            int[] positions = Arrays.copyOfRange(bucketed, start[g], start[g + 1]);
            groups.add(new Group(keys.get(g), positions, select(positions)));
        }
        return groups;
    }

    /** Stands for a missing single-column key in hash maps. */
    private enum NullKey { INSTANCE }

    /**
     * The groups when the rows already come in strictly ascending runs of equal keys (the usual case
     * for sorted extracts), found in one pass without hashing; null when they do not.
     */
    private List<Group> contiguousGroups(int[] cols) {
        List<Group> groups = new ArrayList<>();
        int start = 0;
        for (int r = 1; r <= rows.size(); r++) {
            if (r < rows.size()) {
                int order = compareKeys(rows.get(r - 1), rows.get(r), cols);
                if (order == 0) {
                    continue;
                }
                if (order > 0) {
                    return null;
                }
            }
            int[] positions = new int[r - start];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = start + i;
            }
            Object[] first = rows.get(start);
            Object[] key = new Object[cols.length];
            for (int i = 0; i < cols.length; i++) {
                key[i] = first[cols[i]];
            }
            groups.add(new Group(Collections.unmodifiableList(Arrays.asList(key)), positions,
                    new Table(this, Collections.unmodifiableList(rows.subList(start, r)), List.of())));
            start = r;
        }
        return groups;
    }

    private static int compareKeys(Object[] a, Object[] b, int[] cols) {
        for (int c : cols) {
            int order = Objects.equals(a[c], b[c]) ? 0 : CELL_ORDER.compare(a[c], b[c]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private int[] allRows() {
        int[] all = new int[rows.size()];
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

    private static final Comparator<List<Object>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = CELL_ORDER.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static int rank(Object cell) {
        return cell instanceof Double ? 0 : cell instanceof String ? 1 : 2;
    }

    private static void checkCell(Object cell) {
        if (cell != null && !(cell instanceof Double) && !(cell instanceof String) && !(cell instanceof Boolean)) {
            throw new IllegalArgumentException("unsupported cell type: " + cell.getClass().getName());
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Table)) {
            return false;
        }
        Table other = (Table) o;
        if (!columns.equals(other.columns) || rows.size() != other.rows.size()) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!Arrays.equals(rows.get(r), other.rows.get(r))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = columns.hashCode();
        for (Object[] row : rows) {
            h = 31 * h + Arrays.hashCode(row);
        }
        return h;
    }

    @Override
    public String toString() {
        return "Table" + columns + " with " + rows.size() + " rows";
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
        private final List<Object[]> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = List.copyOf(columns);
        }

        public Builder add(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells for "
                        + columns.size() + " columns " + columns);
            }
            Object[] row = new Object[cells.length];
            for (int i = 0; i < cells.length; i++) {
                row[i] = cells[i] instanceof Number && !(cells[i] instanceof Double)
                        ? Double.valueOf(((Number) cells[i]).doubleValue()) : cells[i];
                checkCell(row[i]);
            }
            rows.add(row);
            return this;
        }

        public Builder add(List<Object> cells) {
            return add(cells.toArray());
        }

        public Table build() {
            return new Table(columns, Collections.unmodifiableList(new ArrayList<>(rows)));
        }
    }
}
