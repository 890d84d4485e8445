package org.equitylens.engine.sql;

import org.equitylens.engine.cube.SqlDialect;

/**
 * The SQL constructs that differ between the engines that run EquityLens's generated SQL: DuckDB
 * (embedded, one machine) and Spark SQL (a cluster). Validation rules, the data-quality report,
 * enrichment and cube queries are written once against this interface (the cube renderer against
 * its {@link SqlDialect} part), so both engines run the same definitions and accept, reject and count
 * exactly the same rows.
 */
public interface Dialect extends SqlDialect {

    Dialect DUCKDB = new DuckDbSql();
    Dialect SPARK = new SparkSql();

    /** Text to DATE: {@code yyyy-MM-dd}, {@code dd/MM/yyyy} or {@code yyyy-MM-dd HH:mm:ss}; NULL when unparseable. */
    String date(String text);

    /** Text to DOUBLE; NULL when it is not a number. */
    String toDouble(String text);

    /** A number, or a yes/no flag as 1/0; NULL otherwise. */
    default String number(String text) {
        return "coalesce(" + toDouble(text) + ", CASE WHEN lower(" + text + ") IN ('true', 'yes', 'y') THEN 1.0 "
                + "WHEN lower(" + text + ") IN ('false', 'no', 'n') THEN 0.0 END)";
    }

    /** A whole number ("34", or "34.0" from a spreadsheet) as INTEGER; NULL when not a number, not whole or out of range. */
    default String wholeNumber(String text) {
        String n = toDouble(text);
        // Not a cast of the text to INTEGER: that rounds "2.5".
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

    /** The element at a 1-based {@code index} of a constant list of SQL {@code values}. */
    String element(java.util.List<String> values, String index);

    /** The reference table {@code name} (IMD by LSOA, ethnic categories, populations …). */
    String refTable(String name);
}
