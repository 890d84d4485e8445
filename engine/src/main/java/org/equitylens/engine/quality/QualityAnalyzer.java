package org.equitylens.engine.quality;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equitylens.codes.EthnicCategory;
import org.equitylens.engine.importer.ColumnMapping;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.importer.RawTable;
import org.equitylens.engine.sql.Dialect;
import org.equitylens.engine.sql.SqlRunner;
import org.equitylens.engine.validation.Validator;

/**
 * Computes the data-quality report from an extract's staging table, with the same rules as
 * validation, so it also works on extracts that validation would refuse. The SQL is generated for a
 * {@link Dialect}, so the Spark job computes the same report on a cluster.
 */
public final class QualityAnalyzer {

    private final Dialect sql;
    private final SqlRunner runner;

    public QualityAnalyzer(Connection connection) {
        this(Dialect.DUCKDB, SqlRunner.jdbc(connection));
    }

    /** On another engine: its dialect, and a runner for queries in it. */
    public QualityAnalyzer(Dialect sql, SqlRunner runner) {
        this.sql = sql;
        this.runner = runner;
    }

    public QualityReport analyse(String dataset, RawTable raw, ColumnMapping mapping, int lsoaVintage, LocalDate today,
            LocalDate earliest) throws SQLException {
        List<String> aggregates = new ArrayList<>(List.of("count(*)"));
        List<Map.Entry<String, ColumnRole>> entries = new ArrayList<>(mapping.roles().entrySet());
        for (Map.Entry<String, ColumnRole> e : entries) {
            String c = sql.quote(raw.column(e.getKey()));
            String invalid = Validator.checks(sql, e.getValue(), c, lsoaVintage, today, earliest).stream()
                    .map(check -> "(" + check.failsWhen() + ")").collect(Collectors.joining(" OR "));
            aggregates.add("count(" + c + ")");
            aggregates.add(invalid.isEmpty() ? "count(" + c + ")"
                    : "count(*) FILTER (WHERE " + c + " IS NOT NULL AND NOT coalesce(" + invalid + ", false))");
        }
        Optional<String> dateColumn = mapping.column(ColumnRole.EVENT_DATE).map(h -> sql.date(sql.quote(raw.column(h))));
        dateColumn.ifPresent(d -> {
            String inRange = d + " BETWEEN DATE " + sql.literal(earliest.toString()) + " AND DATE " + sql.literal(today.toString());
            aggregates.add("min(" + d + ") FILTER (WHERE " + inRange + ")");
            aggregates.add("max(" + d + ") FILTER (WHERE " + inRange + ")");
        });
        List<ColumnQuality> columns = new ArrayList<>();
        Object[] totals = runner.query("SELECT " + String.join(", ", aggregates) + " FROM " + raw.table()).get(0);
        long rows = count(totals[0]);
        int i = 1;
        for (Map.Entry<String, ColumnRole> e : entries) {
            columns.add(new ColumnQuality(e.getKey(), e.getValue().key(), rows, count(totals[i]), count(totals[i + 1])));
            i += 2;
        }
        Optional<LocalDate> from = dateColumn.isPresent() ? date(totals[i]) : Optional.empty();
        Optional<LocalDate> to = dateColumn.isPresent() ? date(totals[i + 1]) : Optional.empty();
        Optional<String> ethnic = mapping.column(ColumnRole.ETHNIC_CATEGORY).map(h -> sql.quote(raw.column(h)));
        if (ethnic.isEmpty()) {
            return new QualityReport(dataset, rows, from, to, columns, Optional.empty(), List.of(), List.of());
        }
        String cls = classify(ethnic.get());
        EthnicityCoverage overall = coverage(raw, cls, "'all'").get(0);
        List<EthnicityCoverage> byMonth = dateColumn
                .map(d -> coverage(raw, cls, "coalesce(" + sql.yearMonth(d) + ", 'unknown')")).orElse(List.of());
        List<EthnicityCoverage> bySite = mapping.column(ColumnRole.SITE)
                .map(h -> coverage(raw, cls, "coalesce(" + sql.quote(raw.column(h)) + ", 'unknown')")).orElse(List.of());
        return new QualityReport(dataset, rows, from, to, columns, Optional.of(overall), byMonth, bySite);
    }

    /** Each row's ethnicity recording as one of coded, z, nk, blank, invalid. */
    private String classify(String c) {
        String coded = Arrays.stream(EthnicCategory.values()).filter(EthnicCategory::isStated)
                .map(e -> sql.literal(e.code())).collect(Collectors.joining(", "));
        return "CASE WHEN " + c + " IS NULL THEN 'blank' WHEN upper(" + c + ") = 'Z' THEN 'z' WHEN " + c + " = '99' THEN 'nk' "
                + "WHEN upper(" + c + ") IN (" + coded + ") THEN 'coded' ELSE 'invalid' END";
    }

    private List<EthnicityCoverage> coverage(RawTable raw, String cls, String key) {
        String query = "SELECT k, count(*), count(*) FILTER (WHERE cls = 'coded'), count(*) FILTER (WHERE cls = 'z'), "
                + "count(*) FILTER (WHERE cls = 'nk'), count(*) FILTER (WHERE cls = 'blank'), count(*) FILTER (WHERE cls = 'invalid') "
                + "FROM (SELECT " + key + " AS k, " + cls + " AS cls FROM " + raw.table() + ") GROUP BY k ORDER BY k = 'unknown', k";
        try {
            List<EthnicityCoverage> out = new ArrayList<>();
            for (Object[] r : runner.query(query)) {
                out.add(new EthnicityCoverage((String) r[0], count(r[1]), count(r[2]), count(r[3]), count(r[4]), count(r[5]),
                        count(r[6])));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("quality query failed: " + e.getMessage(), e);
        }
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Optional<LocalDate> date(Object value) {
        return Optional.ofNullable(value).map(v -> v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v);
    }
}
