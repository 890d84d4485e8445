package org.equitylens.engine.cube;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The rows of a cube (DESIGN.md §3.2) held as columns: period start, one text column per dimension,
 * numerator, denominator and, for continuous measures, value sum and sum of squares. Immutable; the
 * only thing the app reads from the engine. Dimension values are text ("1" for IMD decile 1, "true"
 * for Core20) and null when the dataset had no value.
 */
public final class Cube {

    private final List<String> dimensions;
    private final LocalDate[] periodStart;
    private final String[][] dimensionValues;
    private final long[] numerator;
    private final long[] denominator;
    private final double[] valueSum;
    private final double[] valueSumSq;

    /**
     * @param dimensionValues one array per dimension, each as long as {@code periodStart}
     * @param valueSum null when the cube has no value column (then {@code valueSumSq} is null too)
     */
    public Cube(List<String> dimensions, LocalDate[] periodStart, String[][] dimensionValues, long[] numerator,
            long[] denominator, double[] valueSum, double[] valueSumSq) {
        int n = periodStart.length;
        if (dimensionValues.length != dimensions.size() || numerator.length != n || denominator.length != n
                || Arrays.stream(dimensionValues).anyMatch(v -> v.length != n)
                || (valueSum == null) != (valueSumSq == null) || (valueSum != null && (valueSum.length != n || valueSumSq.length != n))) {
            throw new IllegalArgumentException("cube columns must have equal lengths");
        }
        this.dimensions = List.copyOf(dimensions);
        this.periodStart = periodStart.clone();
        this.dimensionValues = Arrays.stream(dimensionValues).map(String[]::clone).toArray(String[][]::new);
        this.numerator = numerator.clone();
        this.denominator = denominator.clone();
        this.valueSum = valueSum == null ? null : valueSum.clone();
        this.valueSumSq = valueSumSq == null ? null : valueSumSq.clone();
    }

    public int size() {
        return periodStart.length;
    }

    public List<String> dimensions() {
        return dimensions;
    }

    public LocalDate periodStart(int row) {
        return periodStart[row];
    }

    /** The value of dimension {@code dimension} (an index into {@link #dimensions()}) on a row. */
    public String dimensionValue(int row, int dimension) {
        return dimensionValues[dimension][row];
    }

    /** The value of the named dimension on a row. */
    public String dimensionValue(int row, String dimension) {
        int i = dimensions.indexOf(dimension);
        if (i < 0) {
            throw new IllegalArgumentException("cube has no dimension " + dimension + "; it has " + dimensions);
        }
        return dimensionValues[i][row];
    }

    public long numerator(int row) {
        return numerator[row];
    }

    public long denominator(int row) {
        return denominator[row];
    }

    public boolean hasValues() {
        return valueSum != null;
    }

    /** Sum of the value column over the counted rows; empty without a value column or when none had a value. */
    public OptionalDouble valueSum(int row) {
        return valueSum == null || Double.isNaN(valueSum[row]) ? OptionalDouble.empty() : OptionalDouble.of(valueSum[row]);
    }

    public OptionalDouble valueSumSq(int row) {
        return valueSumSq == null || Double.isNaN(valueSumSq[row]) ? OptionalDouble.empty() : OptionalDouble.of(valueSumSq[row]);
    }

    public long totalNumerator() {
        return Arrays.stream(numerator).sum();
    }

    public long totalDenominator() {
        return Arrays.stream(denominator).sum();
    }

    /** The row index matching a period and dimension values (in dimension order), if present. */
    public Optional<Integer> find(LocalDate period, String... values) {
        outer:
        for (int row = 0; row < size(); row++) {
            if (!periodStart[row].equals(period)) {
                continue;
            }
            for (int d = 0; d < values.length; d++) {
                if (!java.util.Objects.equals(dimensionValues[d][row], values[d])) {
                    continue outer;
                }
            }
            return Optional.of(row);
        }
        return Optional.empty();
    }
}
