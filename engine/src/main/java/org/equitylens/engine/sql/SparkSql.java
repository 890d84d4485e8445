package org.equitylens.engine.sql;

import org.equitylens.engine.cube.Grain;

/**
 * Spark SQL (Spark 4). Where Spark's built-in parsing is more or less lenient than DuckDB's, the
 * text is screened with a pattern first, so that both engines accept the same values: dates must
 * have the shapes DuckDB's {@code strptime} formats accept (years of one to four digits), and numbers
 * the shapes of DuckDB's DOUBLE cast (digit-group underscores allowed, Java's {@code d}/{@code f}
 * suffixes not). Reference tables are temporary views named {@code ref_<name>}.
 */
final class SparkSql implements Dialect {

    private static final String NUMBER_SHAPE =
            "[+-]?([0-9]+(_[0-9]+)*(\\.([0-9]+(_[0-9]+)*)?)?|\\.[0-9]+(_[0-9]+)*)([eE][+-]?[0-9]+)?"
                    + "|[+-]?(?i:inf|infinity|nan)";

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String literal(String value) {
        // Spark string literals treat the backslash as an escape character.
        return '\'' + value.replace("\\", "\\\\").replace("'", "\\'") + '\'';
    }

    @Override
    public String periodStart(Grain grain, String date) {
        return switch (grain) {
            case MONTH -> "trunc(" + date + ", 'MM')";
            case QUARTER -> "trunc(" + date + ", 'QUARTER')";
            case YEAR -> "trunc(" + date + ", 'YEAR')";
            case FINANCIAL_YEAR -> "make_date(year(" + date + ") - CASE WHEN month(" + date + ") < 4 THEN 1 ELSE 0 END, 4, 1)";
        };
    }

    @Override
    public String date(String text) {
        return "CASE WHEN " + fullMatch(text, "[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,2}") + " THEN try_to_date(" + text + ", 'y-M-d')"
                + " WHEN " + fullMatch(text, "[0-9]{1,2}/[0-9]{1,2}/[0-9]{1,4}") + " THEN try_to_date(" + text + ", 'd/M/y')"
                + " WHEN " + fullMatch(text, "[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,2} [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}")
                + " THEN to_date(try_to_timestamp(" + text + ", 'y-M-d H:m:s')) END";
    }

    @Override
    public String toDouble(String text) {
        return "CASE WHEN " + fullMatch(text, NUMBER_SHAPE) + " THEN try_cast(replace(" + text + ", '_', '') AS DOUBLE) END";
    }

    @Override
    public String fullMatch(String text, String regex) {
        return "(" + text + " RLIKE " + literal("^(?:" + regex + ")$") + ")";
    }

    @Override
    public String intDiv(String dividend, String divisor) {
        // div gives BIGINT; DuckDB's // keeps INTEGER operands INTEGER.
        return "CAST((" + dividend + ") div (" + divisor + ") AS INTEGER)";
    }

    @Override
    public String completedYears(String from, String to) {
        // months_between counts a month as complete from the last day of one month to the last day of
        // another, as DuckDB's date_sub does (29 February to 28 February is a year).
        return "CAST(CAST(months_between(" + to + ", " + from + ", false) AS INTEGER) / 12 AS INTEGER)";
    }

    @Override
    public String yearMonth(String date) {
        return "date_format(" + date + ", 'yyyy-MM')";
    }

    @Override
    public String textType() {
        return "STRING";
    }

    @Override
    public String refTable(String name) {
        return quote("ref_" + name);
    }
}
