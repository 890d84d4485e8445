package org.equitylens.engine.importer;

import java.util.Locale;

/**
 * How a column of an extract is read. Everything can be read as text and parsed by the rules' own
 * expressions; a column whose role takes a date or a number is read as one when the file's reader
 * can type it (CSV: DuckDB's sniffer found ISO dates or numbers; Parquet: the column's own type),
 * which is the same value parsed once, by the reader, instead of from text.
 */
public enum ValueType {
    TEXT,
    /** A DATE read as such: ISO {@code yyyy-MM-dd} text in a CSV, or a Parquet DATE. */
    DATE,
    /** An integer, floating-point or decimal number. */
    NUMBER;

    /** The value type of a DuckDB column type, e.g. {@code BIGINT}, {@code DECIMAL(9,2)}, {@code DATE}. */
    public static ValueType ofDuckDb(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        if (t.equals("DATE")) {
            return DATE;
        }
        if (t.matches("U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|FLOAT|DOUBLE|DECIMAL(\\(.*\\))?")) {
            return NUMBER;
        }
        return TEXT;
    }

    /**
     * The type a column of this role is read as when its reader offers {@code offered}: dates and
     * numbers only where the role parses them from text anyway, text for everything else (codes,
     * identifiers, categories, and anything typed differently).
     */
    public static ValueType forRole(ColumnRole role, ValueType offered) {
        boolean accepted = switch (role) {
            case EVENT_DATE, DOB -> offered == DATE;
            case AGE, IMD_DECILE, OUTCOME -> offered == NUMBER;
            default -> false;
        };
        return accepted ? offered : TEXT;
    }
}
