package org.equitylens.engine.validation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.equitylens.codes.AgeBands;
import org.equitylens.codes.EthnicCategory;
import org.equitylens.engine.importer.ColumnMapping;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.importer.RawTable;
import org.equitylens.engine.sql.Dialect;
import org.equitylens.engine.store.Sql;

/**
 * Applies every rule to every row of a staging table in SQL, all at once, and groups the failures
 * by rule, column and value. The work is a few column scans inside DuckDB; no row passes through Java.
 */
public final class Validator {

    private final Connection connection;

    public Validator(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param raw the extract as a (materialized) table of text ({@link RawTable#allText}), for row numbers and values
     * @param rows its row count
     * @param lsoaVintage 2011 or 2021, the boundary year LSOA codes are checked against (ignored without an LSOA column)
     * @param uniqueKey headers whose combined values must be unique
     */
    public ValidationReport validate(String file, RawTable raw, long rows, ColumnMapping mapping, int lsoaVintage,
            List<String> uniqueKey, LocalDate today, LocalDate earliest, int maxErrors) throws SQLException {
        if (!raw.allText()) {
            throw new IllegalArgumentException("row-level validation reads the extract as text");
        }
        List<String> checks = new ArrayList<>();
        for (Map.Entry<String, ColumnRole> entry : mapping.roles().entrySet()) {
            String header = entry.getKey();
            String col = raw.column(header);
            for (Check check : checks(entry.getValue(), Column.of(Sql.id(col), lsoaVintage), today, earliest)) {
                checks.add(select(header, entry.getValue(), col, check, raw.rowNumber()));
            }
        }
        if (!uniqueKey.isEmpty()) {
            List<String> keys = uniqueKey.stream().map(h -> Sql.id(raw.column(h))).toList();
            checks.add("SELECT '" + Rule.DUPLICATE_KEY + "' AS rule, " + Sql.str(keyColumnName(uniqueKey))
                    + " AS col, NULL::VARCHAR AS value, r AS row FROM (SELECT " + raw.rowNumber() + " AS r, "
                    + keyRows(keys) + " AS " + KEY_ROWS + " FROM " + raw.table() + ") WHERE " + duplicateKey(KEY_ROWS).failsWhen());
        }
        if (checks.isEmpty()) {
            return new ValidationReport(file, rows, List.of(), 0, false);
        }
        String sql = "WITH e AS (" + checks.stream().map(q -> q.replace("{raw}", raw.table())).collect(Collectors.joining(" UNION ALL "))
                + "), g AS (SELECT rule, col, value, count(*) AS n, min(row) AS first_row, list(row ORDER BY row)[1:5] AS rows "
                + "FROM e GROUP BY rule, col, value) "
                + "SELECT rule, col, value, n, rows, sum(n) OVER () AS total, count(*) OVER () AS groups FROM g "
                + "ORDER BY first_row, rule, col LIMIT " + maxErrors;
        List<ValidationIssue> issues = new ArrayList<>();
        long total = 0;
        long groups = 0;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Array rowArray = rs.getArray("rows");
                List<Long> rowNumbers = new ArrayList<>();
                for (Object o : (Object[]) rowArray.getArray()) {
                    rowNumbers.add(((Number) o).longValue());
                }
                issues.add(new ValidationIssue(file, rs.getString("col"), Rule.valueOf(rs.getString("rule")),
                        rs.getString("value"), rs.getLong("n"), rowNumbers));
                total = rs.getLong("total");
                groups = rs.getLong("groups");
            }
        }
        return new ValidationReport(file, rows, issues, total, groups > issues.size());
    }

    /** The column name a row's {@link #keyRows} is selected as. */
    public static final String KEY_ROWS = "__key_rows";

    /**
     * Refuses a unique key naming a column the extract does not have.
     *
     * @throws IllegalArgumentException naming the missing column
     */
    public static void requireKeyColumns(List<String> headers, List<String> uniqueKey) {
        for (String key : uniqueKey) {
            if (!headers.contains(key)) {
                throw new IllegalArgumentException("unique key column '" + key + "' is not in the file");
            }
        }
    }

    /** How reports name the declared-unique columns together, e.g. {@code person_id+event_date}. */
    public static String keyColumnName(List<String> uniqueKey) {
        return String.join("+", uniqueKey);
    }

    /**
     * The rows sharing this row's values of the quoted key columns (NULLs equal), a window
     * expression both engines accept.
     */
    public static String keyRows(List<String> keyColumns) {
        return "count(*) OVER (PARTITION BY " + String.join(", ", keyColumns) + ")";
    }

    /** {@link Rule#DUPLICATE_KEY} on a row whose {@link #keyRows} are in {@code keyRows}: every row of a repeated key fails. */
    public static Check duplicateKey(String keyRows) {
        return new Check(Rule.DUPLICATE_KEY, keyRows + " > 1");
    }

    /** One rule as a SQL condition that is true when a row fails it. */
    public record Check(Rule rule, String failsWhen) {
    }

    /**
     * How the checks read a column, as SQL expressions: the column itself (text, or a date or number
     * its reader typed), it as a date, whether it is a known LSOA code, and it as a whole number and
     * as a number. A caller scanning a large file passes precomputed values, so each is evaluated
     * once per row.
     */
    public record Column(String text, String date, String lsoaKnown, String wholeNumber, String number) {

        /** Each expression computed from the quoted column reference {@code c}. */
        public static Column of(String c, int lsoaVintage) {
            return of(Dialect.DUCKDB, c, lsoaVintage);
        }

        /** The same in another engine's SQL. */
        public static Column of(Dialect sql, String c, int lsoaVintage) {
            // coalesce(… IN (…), false) rather than a bare IN: the same for these non-null codes, and under the
            // checks' NOT it keeps Spark from planning a null-aware anti join (a nested loop) over the extract.
            return new Column(c, sql.date(c), "coalesce(upper(" + c + ") IN (SELECT lsoa_code FROM " + sql.refTable("imd_lsoa")
                    + " WHERE lsoa_vintage = " + lsoaVintage + "), false)", sql.wholeNumber(c), sql.number(c));
        }
    }

    /**
     * The rules for a column of this role, as conditions true when a row fails. The data-quality
     * report uses the same conditions to count valid values.
     */
    public static List<Check> checks(ColumnRole role, Column column, LocalDate today, LocalDate earliest) {
        return checks(Dialect.DUCKDB, role, column, today, earliest);
    }

    /** The same rules in another engine's SQL (Spark runs them on a cluster). */
    public static List<Check> checks(Dialect sql, ColumnRole role, Column column, LocalDate today, LocalDate earliest) {
        String c = column.text();
        String codes = Arrays.stream(EthnicCategory.values()).map(e -> sql.literal(e.code())).collect(Collectors.joining(", "));
        return switch (role) {
            case PERSON_ID -> List.of(new Check(Rule.REQUIRED_MISSING, c + " IS NULL"));
            case ETHNIC_CATEGORY -> List.of(new Check(Rule.ETHNIC_CATEGORY_CODE,
                    c + " IS NOT NULL AND upper(" + c + ") NOT IN (" + codes + ")"));
            case LSOA, LSOA11, LSOA21 -> List.of(
                    new Check(Rule.LSOA_FORMAT, c + " IS NOT NULL AND NOT " + sql.fullMatch("upper(" + c + ")", "[EW]01[0-9]{6}")),
                    new Check(Rule.LSOA_UNKNOWN, sql.fullMatch("upper(" + c + ")", "[EW]01[0-9]{6}") + " AND NOT "
                            + column.lsoaKnown()));
            case IMD_DECILE -> List.of(new Check(Rule.IMD_DECILE_RANGE,
                    c + " IS NOT NULL AND coalesce(" + column.wholeNumber() + " NOT BETWEEN 1 AND 10, true)"));
            case EVENT_DATE, DOB -> {
                String d = column.date();
                List<Check> dateChecks = new ArrayList<>();
                if (role == ColumnRole.EVENT_DATE) {
                    dateChecks.add(new Check(Rule.REQUIRED_MISSING, c + " IS NULL"));
                }
                dateChecks.add(new Check(Rule.DATE_FORMAT, c + " IS NOT NULL AND " + d + " IS NULL"));
                dateChecks.add(new Check(Rule.DATE_FUTURE, d + " > DATE " + sql.literal(today.toString())));
                dateChecks.add(new Check(Rule.DATE_TOO_EARLY, d + " < DATE " + sql.literal(earliest.toString())));
                yield dateChecks;
            }
            case AGE -> List.of(new Check(Rule.AGE_INVALID,
                    c + " IS NOT NULL AND coalesce(" + column.wholeNumber() + " NOT BETWEEN 0 AND " + AgeBands.MAX_AGE + ", true)"));
            case AGE_BAND -> List.of(new Check(Rule.AGE_BAND_FORMAT,
                    c + " IS NOT NULL AND NOT " + sql.fullMatch(c, "[0-9]{1,3}(-[0-9]{1,3}|\\+)")));
            case OUTCOME -> List.of(new Check(Rule.OUTCOME_NOT_NUMERIC, c + " IS NOT NULL AND " + column.number() + " IS NULL"));
            default -> List.of();
        };
    }

    /** The failures of one rule on one column; values of identifying columns are never selected. */
    private static String select(String header, ColumnRole role, String column, Check check, String rowNumber) {
        String value = role.identifying() ? "NULL::VARCHAR" : Sql.id(column);
        return "SELECT '" + check.rule() + "' AS rule, " + Sql.str(header) + " AS col, " + value
                + " AS value, " + rowNumber + " AS row FROM {raw} WHERE " + check.failsWhen();
    }
}
