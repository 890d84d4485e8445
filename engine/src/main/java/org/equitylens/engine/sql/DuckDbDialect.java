package org.equitylens.engine.sql;

/** DuckDB's SQL. */
final class DuckDbDialect implements SqlDialect {

    @Override
    public String id(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String str(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    @Override
    public String date(String text) {
        return "CAST(try_strptime(" + text + ", ['%Y-%m-%d', '%d/%m/%Y', '%Y-%m-%d %H:%M:%S']) AS DATE)";
    }

    @Override
    public String toDouble(String text) {
        return "TRY_CAST(" + text + " AS DOUBLE)";
    }

    @Override
    public String fullMatch(String text, String regex) {
        return "regexp_full_match(" + text + ", " + str(regex) + ")";
    }

    @Override
    public String intDiv(String dividend, String divisor) {
        return "(" + dividend + " // " + divisor + ")";
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
    public String truncate(String unit, String date) {
        return "CAST(date_trunc(" + str(unit) + ", " + date + ") AS DATE)";
    }

    @Override
    public String addMonths(String date, int months) {
        return "CAST(" + date + " + INTERVAL (" + months + ") MONTH AS DATE)";
    }

    @Override
    public String textType() {
        return "VARCHAR";
    }

    @Override
    public String refTable(String name) {
        return "ref." + id(name);
    }
}
