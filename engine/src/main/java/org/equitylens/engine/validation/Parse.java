package org.equitylens.engine.validation;

import org.equitylens.engine.sql.Dialect;

/**
 * SQL expressions that turn the text of a staging column (given as a quoted, possibly qualified, column
 * reference) into typed values; validation and
 * enrichment use the same ones, so a value that passes validation is stored as it was checked.
 * DuckDB's; other engines use the same constructs of their {@link Dialect}.
 */
public final class Parse {

    private Parse() {
    }

    /**
     * ISO dates, UK dd/MM/yyyy dates and ISO timestamps (from Parquet) to DATE; NULL when unparseable.
     * The cast is the fast path for the common ISO case; strptime handles the rest.
     */
    public static String date(String value) {
        return Dialect.DUCKDB.date(value);
    }

    /** A number, or a yes/no flag as 1/0; NULL otherwise. */
    public static String number(String value) {
        return Dialect.DUCKDB.number(value);
    }

    /** A whole number ("34", or "34.0" from a spreadsheet), NULL when not a number or not whole. */
    public static String wholeNumber(String value) {
        return Dialect.DUCKDB.wholeNumber(value);
    }

    /** Ethnic category codes are matched ignoring case. */
    public static String upper(String value) {
        return "upper(" + value + ")";
    }
}
