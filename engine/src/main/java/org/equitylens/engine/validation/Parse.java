package org.equitylens.engine.validation;

/**
 * SQL expressions that turn the text of a staging column (given as a quoted, possibly qualified, column
 * reference) into typed values; validation and
 * enrichment use the same ones, so a value that passes validation is stored as it was checked.
 */
public final class Parse {

    private Parse() {
    }

    /** ISO dates, UK dd/MM/yyyy dates and ISO timestamps (from Parquet) to DATE; NULL when unparseable. */
    public static String date(String value) {
        return "CAST(try_strptime(" + value + ", ['%Y-%m-%d', '%d/%m/%Y', '%Y-%m-%d %H:%M:%S']) AS DATE)";
    }

    /** A number, or a yes/no flag as 1/0; NULL otherwise. */
    public static String number(String value) {
        return "CASE WHEN lower(" + value + ") IN ('true', 'yes', 'y') THEN 1.0 WHEN lower(" + value + ") IN ('false', 'no', 'n') THEN 0.0 "
                + "ELSE TRY_CAST(" + value + " AS DOUBLE) END";
    }

    /** A whole number, NULL when not a number or not whole. */
    public static String wholeNumber(String value) {
        String n = "TRY_CAST(" + value + " AS DOUBLE)";
        return "CASE WHEN " + n + " = floor(" + n + ") THEN TRY_CAST(" + n + " AS INTEGER) END";
    }

    /** Ethnic category codes are matched ignoring case. */
    public static String upper(String value) {
        return "upper(" + value + ")";
    }
}
