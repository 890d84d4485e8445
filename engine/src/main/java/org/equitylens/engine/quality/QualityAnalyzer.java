package org.equitylens.engine.quality;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.equitylens.engine.store.Sql;
import org.equitylens.engine.validation.Parse;
import org.equitylens.engine.validation.Validator;

/**
 * Computes the data-quality report from an extract's staging table, with the same rules as
 * validation, so it also works on extracts that validation would refuse.
 */
public final class QualityAnalyzer {

    private final Connection connection;

    public QualityAnalyzer(Connection connection) {
        this.connection = connection;
    }

    public QualityReport analyse(String dataset, RawTable raw, ColumnMapping mapping, int lsoaVintage, LocalDate today,
            LocalDate earliest) throws SQLException {
        List<String> aggregates = new ArrayList<>(List.of("count(*)"));
        List<Map.Entry<String, ColumnRole>> entries = new ArrayList<>(mapping.roles().entrySet());
        for (Map.Entry<String, ColumnRole> e : entries) {
            String c = Sql.id(raw.column(e.getKey()));
            String invalid = Validator.checks(e.getValue(), c, lsoaVintage, today, earliest).stream()
                    .map(check -> "(" + check.failsWhen() + ")").collect(Collectors.joining(" OR "));
            aggregates.add("count(" + c + ")");
            aggregates.add(invalid.isEmpty() ? "count(" + c + ")"
                    : "count(*) FILTER (WHERE " + c + " IS NOT NULL AND NOT coalesce(" + invalid + ", false))");
        }
        Optional<String> dateColumn = mapping.column(ColumnRole.EVENT_DATE).map(h -> Parse.date(Sql.id(raw.column(h))));
        dateColumn.ifPresent(d -> {
            String inRange = d + " BETWEEN DATE " + Sql.str(earliest.toString()) + " AND DATE " + Sql.str(today.toString());
            aggregates.add("min(" + d + ") FILTER (WHERE " + inRange + ")");
            aggregates.add("max(" + d + ") FILTER (WHERE " + inRange + ")");
        });
        List<ColumnQuality> columns = new ArrayList<>();
        long rows;
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + String.join(", ", aggregates) + " FROM " + raw.table())) {
            rs.next();
            rows = rs.getLong(1);
            int i = 2;
            for (Map.Entry<String, ColumnRole> e : entries) {
                columns.add(new ColumnQuality(e.getKey(), e.getValue().key(), rows, rs.getLong(i), rs.getLong(i + 1)));
                i += 2;
            }
            if (dateColumn.isPresent()) {
                from = Optional.ofNullable(rs.getDate(i)).map(Date::toLocalDate);
                to = Optional.ofNullable(rs.getDate(i + 1)).map(Date::toLocalDate);
            }
        }
        Optional<String> ethnic = mapping.column(ColumnRole.ETHNIC_CATEGORY).map(h -> Sql.id(raw.column(h)));
        if (ethnic.isEmpty()) {
            return new QualityReport(dataset, rows, from, to, columns, Optional.empty(), List.of(), List.of());
        }
        String cls = classify(ethnic.get());
        EthnicityCoverage overall = coverage(raw, cls, "'all'").get(0);
        List<EthnicityCoverage> byMonth = dateColumn
                .map(d -> coverage(raw, cls, "coalesce(strftime(" + d + ", '%Y-%m'), 'unknown')")).orElse(List.of());
        List<EthnicityCoverage> bySite = mapping.column(ColumnRole.SITE)
                .map(h -> coverage(raw, cls, "coalesce(" + Sql.id(raw.column(h)) + ", 'unknown')")).orElse(List.of());
        return new QualityReport(dataset, rows, from, to, columns, Optional.of(overall), byMonth, bySite);
    }

    /** Each row's ethnicity recording as one of coded, z, nk, blank, invalid. */
    private static String classify(String c) {
        String coded = Arrays.stream(EthnicCategory.values()).filter(EthnicCategory::isStated)
                .map(e -> Sql.str(e.code())).collect(Collectors.joining(", "));
        return "CASE WHEN " + c + " IS NULL THEN 'blank' WHEN upper(" + c + ") = 'Z' THEN 'z' WHEN " + c + " = '99' THEN 'nk' "
                + "WHEN upper(" + c + ") IN (" + coded + ") THEN 'coded' ELSE 'invalid' END";
    }

    private List<EthnicityCoverage> coverage(RawTable raw, String cls, String key) {
        String sql = "SELECT k, count(*), count(*) FILTER (WHERE cls = 'coded'), count(*) FILTER (WHERE cls = 'z'), "
                + "count(*) FILTER (WHERE cls = 'nk'), count(*) FILTER (WHERE cls = 'blank'), count(*) FILTER (WHERE cls = 'invalid') "
                + "FROM (SELECT " + key + " AS k, " + cls + " AS cls FROM " + raw.table() + ") GROUP BY k ORDER BY k = 'unknown', k";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<EthnicityCoverage> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new EthnicityCoverage(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("quality query failed: " + e.getMessage(), e);
        }
    }
}
