package org.equitylens.stats.table;

import java.util.Arrays;
import java.util.Objects;

/**
 * The cells of one {@link Table} column, stored by type: a column whose cells are all numbers (or
 * missing) is a {@code double[]} with a missing mask, so numeric work reads it without boxing; any
 * other column keeps its cells as objects, and a column of one repeated cell (a method's label
 * columns) holds it once. Never modified once built; views of a table share it.
 */
abstract sealed class ColumnData permits ColumnData.Numbers, ColumnData.Cells, ColumnData.Constant {

    /** A column of the given cells (checked and normalised as {@link Builder#add} does). */
    static ColumnData of(Object[] cells) {
        Object[] normalised = new Object[cells.length];
        boolean numbers = true;
        for (int r = 0; r < cells.length; r++) {
            normalised[r] = normalise(cells[r]);
            numbers &= normalised[r] == null || normalised[r] instanceof Double;
        }
        if (!numbers) {
            return new Cells(normalised);
        }
        double[] values = new double[cells.length];
        boolean[] missing = null;
        for (int r = 0; r < cells.length; r++) {
            if (normalised[r] == null) {
                if (missing == null) {
                    missing = new boolean[cells.length];
                }
                missing[r] = true;
                values[r] = Double.NaN;
            } else {
                values[r] = (Double) normalised[r];
            }
        }
        return new Numbers(values, missing);
    }

    /** Numbers as given (not copied), missing where {@code missing} says ({@code null} for none). */
    static ColumnData numbers(double[] values, boolean[] missing) {
        if (missing != null) {
            for (boolean absent : missing) {
                if (absent) {
                    return new Numbers(values, missing);
                }
            }
        }
        return new Numbers(values, null);
    }

    /** A cell as stored: any {@link Number} as a Double; types other than the table's are refused. */
    static Object normalise(Object cell) {
        if (cell == null || cell instanceof Double || cell instanceof String || cell instanceof Boolean) {
            return cell;
        }
        if (cell instanceof Number) {
            return ((Number) cell).doubleValue();
        }
        throw new IllegalArgumentException("unsupported cell type: " + cell.getClass().getName());
    }

    /** The cell at a physical row as the row API gives it: {@code null}, Double, String or Boolean. */
    abstract Object cell(int row);

    abstract boolean missing(int row);

    /** Same cell, as {@link Double#equals} and {@link Objects#equals} compare cells. */
    abstract boolean sameCell(int row, int otherRow);

    /** The cell's hash, as the boxed cell's {@code hashCode} (0 when missing). */
    abstract int cellHash(int row);

    /** Numbers; {@code missing} is null when no cell is missing. */
    static final class Numbers extends ColumnData {
        private final double[] values;
        private final boolean[] missing;

        Numbers(double[] values, boolean[] missing) {
            this.values = values;
            this.missing = missing;
        }

        double value(int row) {
            return values[row];
        }

        @Override
        boolean missing(int row) {
            return missing != null && missing[row];
        }

        @Override
        Object cell(int row) {
            return missing(row) ? null : values[row];
        }

        @Override
        boolean sameCell(int row, int otherRow) {
            boolean absent = missing(row);
            return absent == missing(otherRow)
                    && (absent || Double.doubleToLongBits(values[row]) == Double.doubleToLongBits(values[otherRow]));
        }

        @Override
        int cellHash(int row) {
            return missing(row) ? 0 : Double.hashCode(values[row]);
        }
    }

    /** Text, logicals, missing cells and columns that mix them with numbers. */
    static final class Cells extends ColumnData {
        private final Object[] cells;

        Cells(Object[] cells) {
            this.cells = cells;
        }

        @Override
        Object cell(int row) {
            return cells[row];
        }

        @Override
        boolean missing(int row) {
            return cells[row] == null;
        }

        @Override
        boolean sameCell(int row, int otherRow) {
            return Objects.equals(cells[row], cells[otherRow]);
        }

        @Override
        int cellHash(int row) {
            return Objects.hashCode(cells[row]);
        }
    }

    /** The same cell in every row. */
    static final class Constant extends ColumnData {
        private final Object cell;

        Constant(Object cell) {
            this.cell = normalise(cell);
        }

        @Override
        Object cell(int row) {
            return cell;
        }

        @Override
        boolean missing(int row) {
            return cell == null;
        }

        @Override
        boolean sameCell(int row, int otherRow) {
            return true;
        }

        @Override
        int cellHash(int row) {
            return Objects.hashCode(cell);
        }
    }

    /**
     * Collects one column's cells, as numbers while every cell is a number or missing, switching to
     * objects at the first other cell.
     */
    static final class Builder {
        private double[] values = new double[16];
        private boolean[] missing;
        private Object[] cells;
        private int size;

        /** Adds a cell: {@code null}, a {@link Number} (stored as a double), a String or a Boolean. */
        void add(Object cell) {
            cell = normalise(cell);
            if (cells == null && cell != null && !(cell instanceof Double)) {
                cells = new Object[values.length];
                for (int r = 0; r < size; r++) {
                    cells[r] = missing != null && missing[r] ? null : values[r];
                }
                values = null;
                missing = null;
            }
            if (cells != null) {
                if (size == cells.length) {
                    cells = Arrays.copyOf(cells, Math.max(16, size * 2));
                }
                cells[size++] = cell;
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(16, size * 2));
                if (missing != null) {
                    missing = Arrays.copyOf(missing, values.length);
                }
            }
            if (cell == null) {
                if (missing == null) {
                    missing = new boolean[values.length];
                }
                missing[size] = true;
                values[size] = Double.NaN;
            } else {
                values[size] = (Double) cell;
            }
            size++;
        }

        ColumnData build() {
            if (cells != null) {
                return new Cells(Arrays.copyOf(cells, size));
            }
            return new Numbers(values.length == size ? values : Arrays.copyOf(values, size),
                    missing == null ? null : Arrays.copyOf(missing, size));
        }
    }
}
