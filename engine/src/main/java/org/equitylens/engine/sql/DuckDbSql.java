package org.equitylens.engine.sql;

import org.equitylens.engine.cube.DuckDbDialect;
import org.equitylens.engine.cube.Grain;

/** DuckDB's SQL; quoting and periods as the cube renderer's {@link DuckDbDialect}. */
final class DuckDbSql implements Dialect {

    private static final DuckDbDialect CUBE = DuckDbDialect.INSTANCE;

    @Override
    public String quote(String identifier) {
        return CUBE.quote(identifier);
    }

    @Override
    public String literal(String value) {
        return CUBE.literal(value);
    }

    @Override
    public String periodStart(Grain grain, String date) {
        return CUBE.periodStart(grain, date);
    }

    @Override
    public String date(String text) {
        // The cast is the fast path for the common ISO case; strptime handles the rest.
        return "coalesce(TRY_CAST(" + text + " AS DATE), CAST(try_strptime(" + text
                + ", ['%d/%m/%Y', '%Y-%m-%d %H:%M:%S']) AS DATE))";
    }

    @Override
    public String toDouble(String text) {
        return "TRY_CAST(" + text + " AS DOUBLE)";
    }

    @Override
    public String fullMatch(String text, String regex) {
        return "regexp_full_match(" + text + ", " + literal(regex) + ")";
    }

    @Override
    public String intDiv(String dividend, String divisor) {
        return "((" + dividend + ") // (" + divisor + "))";
    }

    @Override
    public String completedYears(String from, String to) {
        return "date_sub('year', " + from + ", " + to + ")";
    }

    @Override
    public String yearMonth(String date) {
        return "strftime(" + date + ", '%Y-%m')";
    }

    @Override
    public String element(java.util.List<String> values, String index) {
        return "[" + String.join(", ", values) + "][" + index + "]";
    }

    @Override
    public String refTable(String name) {
        return "ref." + quote(name);
    }
}
