package org.equitylens.engine.sql;

/**
 * The few SQL constructs that differ between the engines that run EquityLens's generated SQL:
 * DuckDB (embedded, one machine) and Spark SQL (a cluster). Validation rules, enrichment and cube
 * queries are written once against this interface, so both engines run the same definition and
 * accept, reject and count exactly the same rows.
 */
public interface SqlDialect {

    SqlDialect DUCKDB = new DuckDbDialect();
    SqlDialect SPARK = new SparkSqlDialect();

    /** A quoted identifier. */
    String id(String name);

    /** A string literal. */
    String str(String value);

    /** Text to DATE: {@code yyyy-MM-dd}, {@code dd/MM/yyyy} or {@code yyyy-MM-dd HH:mm:ss}; NULL when unparseable. */
    String date(String text);

    /** Text to DOUBLE; NULL when it is not a number. */
    String toDouble(String text);

    /** A number, or a yes/no flag as 1/0; NULL otherwise. */
    default String number(String text) {
        return "CASE WHEN lower(" + text + ") IN ('true', 'yes', 'y') THEN 1.0 WHEN lower(" + text
                + ") IN ('false', 'no', 'n') THEN 0.0 ELSE " + toDouble(text) + " END";
    }

    /** A whole number as INTEGER; NULL when not a number, not whole or out of range. */
    default String wholeNumber(String text) {
        String n = toDouble(text);
        return "CASE WHEN " + n + " = floor(" + n + ") AND abs(" + n + ") <= 2147483647 THEN CAST(" + n + " AS INTEGER) END";
    }

    /** True when the whole of {@code text} matches the regular expression {@code regex}. */
    String fullMatch(String text, String regex);

    /** Integer division of INTEGERs, truncating toward zero. */
    String intDiv(String dividend, String divisor);

    /** Completed years from date {@code from} to date {@code to} (an age at an event). */
    String completedYears(String from, String to);

    /** A date as its month, {@code yyyy-MM}. */
    String yearMonth(String date);

    /** The first day of the month, quarter, or year of a date (years start 1 January). */
    String truncate(String unit, String date);

    /** {@code date} plus a whole number of months. */
    String addMonths(String date, int months);

    /** The SQL name of the text type. */
    String textType();

    /** The reference table {@code name} (IMD by LSOA, ethnic categories, populations …). */
    String refTable(String name);
}
