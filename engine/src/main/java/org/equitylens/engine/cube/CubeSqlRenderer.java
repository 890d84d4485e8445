package org.equitylens.engine.cube;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Renders an {@link AggregationDefinition} to one SQL query in a given dialect. The query returns the
 * cube columns of DESIGN.md §3.2 — {@code period_start}, the dimensions, {@code numerator},
 * {@code denominator}, and {@code value_sum}/{@code value_sum_sq} when a value column is set —
 * sorted by period and dimensions (nulls last), so that engines produce identical output.
 *
 * <p>Rows without an event date are not counted. With a population denominator, every population
 * category appears in every period that has events (with numerator 0 when none), and events whose
 * category has no population (Z, 99, blank) are left out.
 */
public final class CubeSqlRenderer {

    /** Dimensions a Census 2021 population denominator can be split by. */
    public static final Set<String> POPULATION_DIMENSIONS = Set.of("ethnic_category", "ethnic_group_census");

    private final SqlDialect dialect;

    public CubeSqlRenderer(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * @param source the table or view holding the stored dataset
     * @param populationTable the table of (area_type, area_code, ethnic_category, ethnic_group_census, population);
     *     only read for a population denominator
     */
    public String render(AggregationDefinition def, String source, String populationTable) {
        String period = dialect.periodStart(def.grain(), q("event_date"));
        List<String> dims = def.dimensions().stream().map(this::q).toList();
        List<String> where = new ArrayList<>(List.of(q("event_date") + " IS NOT NULL"));
        def.filters().forEach(f -> where.add(condition(f)));
        String numerator;
        if (def.numerator() instanceof Numerator.RowsWhere w) {
            numerator = "sum(CASE WHEN " + condition(w.condition()) + " THEN 1 ELSE 0 END)";
        } else if (def.numerator() instanceof Numerator.DistinctPersons) {
            numerator = "count(DISTINCT " + q("person_id") + ")";
        } else {
            numerator = "count(*)";
        }
        List<String> select = new ArrayList<>();
        select.add(period + " AS " + q("period_start"));
        select.addAll(dims);
        select.add("CAST(" + numerator + " AS BIGINT) AS " + q("numerator"));
        if (!(def.denominator() instanceof Denominator.Population)) {
            String denominator = def.denominator() instanceof Denominator.DistinctPersons
                    ? "count(DISTINCT " + q("person_id") + ")" : "count(*)";
            select.add("CAST(" + denominator + " AS BIGINT) AS " + q("denominator"));
        }
        def.valueColumn().ifPresent(v -> {
            String counted = def.numerator() instanceof Numerator.RowsWhere w
                    ? "CASE WHEN " + condition(w.condition()) + " THEN " + q(v) + " END" : q(v);
            select.add("sum(" + counted + ") AS " + q("value_sum"));
            select.add("sum(" + counted + " * " + counted + ") AS " + q("value_sum_sq"));
        });
        String groupBy = IntStream.rangeClosed(1, dims.size() + 1).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        String orderBy = IntStream.rangeClosed(1, dims.size() + 1).mapToObj(i -> i + " ASC NULLS LAST")
                .collect(Collectors.joining(", "));
        String events = "SELECT " + String.join(", ", select) + " FROM " + source + " WHERE " + String.join(" AND ", where)
                + " GROUP BY " + groupBy;
        if (!(def.denominator() instanceof Denominator.Population population)) {
            return events + " ORDER BY " + orderBy;
        }
        return populationCube(def, population, events, populationTable);
    }

    private String populationCube(AggregationDefinition def, Denominator.Population population, String events, String populationTable) {
        for (String d : def.dimensions()) {
            if (!POPULATION_DIMENSIONS.contains(d)) {
                throw new IllegalArgumentException("a population denominator can only be split by " + POPULATION_DIMENSIONS
                        + ", not " + d);
            }
        }
        List<String> dims = def.dimensions().stream().map(this::q).toList();
        String popDims = dims.stream().map(d -> ", " + d).collect(Collectors.joining());
        String join = dims.stream().map(d -> " AND e." + d + " = p." + d).collect(Collectors.joining());
        List<String> out = new ArrayList<>();
        out.add("t." + q("period_start"));
        dims.forEach(d -> out.add("p." + d));
        out.add("CAST(coalesce(e." + q("numerator") + ", 0) AS BIGINT) AS " + q("numerator"));
        out.add("p." + q("population") + " AS " + q("denominator"));
        if (def.valueColumn().isPresent()) {
            out.add("e." + q("value_sum"));
            out.add("e." + q("value_sum_sq"));
        }
        String orderBy = IntStream.rangeClosed(1, dims.size() + 1).mapToObj(i -> i + " ASC NULLS LAST")
                .collect(Collectors.joining(", "));
        return "WITH e AS (" + events + "), "
                + "t AS (SELECT DISTINCT " + q("period_start") + " FROM e), "
                + "p AS (SELECT CAST(sum(" + q("population") + ") AS BIGINT) AS " + q("population") + popDims + " FROM " + populationTable
                + " WHERE " + q("area_type") + " = " + dialect.literal(population.areaType()) + " AND " + q("area_code") + " = "
                + dialect.literal(population.areaCode()) + (dims.isEmpty() ? "" : " GROUP BY " + String.join(", ", dims)) + ") "
                + "SELECT " + String.join(", ", out) + " FROM t CROSS JOIN p LEFT JOIN e ON e." + q("period_start") + " = t."
                + q("period_start") + join + " ORDER BY " + orderBy;
    }

    private String condition(Condition c) {
        if (c.operator() == Condition.Operator.IN) {
            return q(c.column()) + " IN (" + c.values().stream().map(dialect::literal).collect(Collectors.joining(", ")) + ")";
        }
        return q(c.column()) + " " + c.operator().sql() + " " + dialect.literal(c.values().get(0));
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }
}
