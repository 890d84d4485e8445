package org.equitylens.engine.cube;

import java.util.List;
import java.util.Optional;

/**
 * What to aggregate a stored dataset into: one cube row per period × combination of dimension
 * values, with a numerator, a denominator and optionally the sum and sum of squares of a value
 * column over the rows counted in the numerator. Engine-neutral: {@link CubeSqlRenderer} renders it
 * for any {@link SqlDialect}, so DuckDB and Spark run the same definition.
 *
 * @param grain the period grain, on {@code event_date}
 * @param dimensions stored column names to split by, in output order
 * @param numerator what to count
 * @param denominator what to divide by
 * @param valueColumn a numeric column to sum (for means and variances), if any
 * @param filters conditions every counted row must meet
 */
public record AggregationDefinition(Grain grain, List<String> dimensions, Numerator numerator, Denominator denominator,
        Optional<String> valueColumn, List<Condition> filters) {

    public AggregationDefinition {
        dimensions = List.copyOf(dimensions);
        filters = List.copyOf(filters);
        if (dimensions.stream().distinct().count() != dimensions.size()) {
            throw new IllegalArgumentException("a dimension is listed twice: " + dimensions);
        }
    }

    /** Rows per month, split by nothing; use the {@code with…} methods to refine. */
    public static AggregationDefinition rowsBy(Grain grain, List<String> dimensions) {
        return new AggregationDefinition(grain, dimensions, new Numerator.Rows(), new Denominator.AllRows(), Optional.empty(), List.of());
    }

    public AggregationDefinition withNumerator(Numerator value) {
        return new AggregationDefinition(grain, dimensions, value, denominator, valueColumn, filters);
    }

    public AggregationDefinition withDenominator(Denominator value) {
        return new AggregationDefinition(grain, dimensions, numerator, value, valueColumn, filters);
    }

    public AggregationDefinition withValueColumn(String value) {
        return new AggregationDefinition(grain, dimensions, numerator, denominator, Optional.ofNullable(value), filters);
    }

    public AggregationDefinition withFilters(List<Condition> value) {
        return new AggregationDefinition(grain, dimensions, numerator, denominator, valueColumn, value);
    }

    /** Every stored column the definition reads. */
    public List<String> columnsRead() {
        java.util.LinkedHashSet<String> cols = new java.util.LinkedHashSet<>(List.of("event_date"));
        cols.addAll(dimensions);
        if (numerator instanceof Numerator.DistinctPersons || denominator instanceof Denominator.DistinctPersons) {
            cols.add("person_id");
        }
        if (numerator instanceof Numerator.RowsWhere w) {
            cols.add(w.condition().column());
        }
        valueColumn.ifPresent(cols::add);
        filters.forEach(f -> cols.add(f.column()));
        return List.copyOf(cols);
    }
}
