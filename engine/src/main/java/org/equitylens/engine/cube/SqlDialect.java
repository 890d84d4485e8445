package org.equitylens.engine.cube;

/**
 * The few places where SQL engines differ, for {@link CubeSqlRenderer}. Everything else the renderer
 * writes is ANSI SQL that DuckDB and Spark SQL both accept (CASE, count(DISTINCT …), CAST … AS BIGINT,
 * GROUP BY ordinals, ORDER BY … NULLS LAST, CTEs, LEFT JOIN).
 */
public interface SqlDialect {

    /** A quoted identifier. */
    String quote(String identifier);

    /** A string literal. */
    String literal(String value);

    /** The first day of the period containing the DATE expression {@code date}, as a DATE. */
    String periodStart(Grain grain, String date);
}
