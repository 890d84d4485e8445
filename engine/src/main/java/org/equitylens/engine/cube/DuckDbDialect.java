package org.equitylens.engine.cube;

/** DuckDB: double-quoted identifiers, '' escapes, date_trunc returns a timestamp for some parts so results are cast. */
public final class DuckDbDialect implements SqlDialect {

    public static final DuckDbDialect INSTANCE = new DuckDbDialect();

    private DuckDbDialect() {
    }

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    @Override
    public String periodStart(Grain grain, String date) {
        return switch (grain) {
            case MONTH -> "CAST(date_trunc('month', " + date + ") AS DATE)";
            case QUARTER -> "CAST(date_trunc('quarter', " + date + ") AS DATE)";
            case YEAR -> "CAST(date_trunc('year', " + date + ") AS DATE)";
            case FINANCIAL_YEAR -> "make_date(CAST(year(" + date + ") - CASE WHEN month(" + date + ") < 4 THEN 1 ELSE 0 END AS BIGINT), 4, 1)";
        };
    }
}
