package org.equitylens.engine.sql;

import org.equitylens.engine.cube.Grain;

/**
 * Spark SQL (Spark 4). Where Spark's built-in parsing is more or less lenient than DuckDB's, the
 * text is screened with a pattern first, so that both engines accept the same values: dates the
 * shapes DuckDB's DATE cast and {@code strptime} accept, and numbers the shapes of DuckDB's DOUBLE
 * cast (digit-group underscores allowed, Java's {@code d}/{@code f} suffixes not). Not followed:
 * DuckDB's dates beyond year 9999, BC dates and the words {@code epoch} and {@code infinity}, which
 * Spark's DATE cannot hold or which no extract should contain; Spark counts them as unparseable.
 * Reference tables are temporary views named {@code ref_<name>}.
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
        // DuckDB's DATE cast: year-month-day with one separator (-, / or space) used twice, optionally followed by a
        // valid time (and zone), which is ignored; then strptime's dd/MM/yyyy.
        String ymd = "([0-9]{1,4})([-/ ])([0-9]{1,2})\\2([0-9]{1,2})";
        String time = "([T ]([01]?[0-9]|2[0-3]):[0-5]?[0-9](:[0-5]?[0-9](\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?";
        String iso = "^" + ymd;
        return "CASE WHEN " + fullMatch(text, ymd + time) + " THEN try_to_date(concat_ws('-', regexp_extract(" + text + ", "
                + literal(iso) + ", 1), regexp_extract(" + text + ", " + literal(iso) + ", 3), regexp_extract(" + text + ", "
                + literal(iso) + ", 4)), 'y-M-d')"
                + " WHEN " + fullMatch(text, "[0-9]{1,2}/[0-9]{1,2}/[0-9]{1,4}") + " THEN try_to_date(" + text + ", 'd/M/y') END";
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
    public String element(java.util.List<String> values, String index) {
        return "element_at(array(" + String.join(", ", values) + "), " + index + ")";
    }

    @Override
    public String refTable(String name) {
        return quote("ref_" + name);
    }
}
