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
 * Computes the data-quality report with the same rules as validation, so it also works on extracts
 * that validation would refuse. The per-column figures take one pass over the extract, which also
 * tells the importer whether any rule failed at all.
 */
public final class QualityAnalyzer {

    private final Connection connection;

    public QualityAnalyzer(Connection connection) {
        this.connection = connection;
    }

    /**
     * Rows, per-column completeness and validity, the valid date range and the number of rows beyond
     * the first for each declared-unique key value, in one pass.
     *
     * @param duplicateRows rows whose unique-key hash repeats an earlier row's (0 without a key)
     */
    public record Summary(long rows, List<ColumnQuality> columns, Optional<LocalDate> from, Optional<LocalDate> to,
            long duplicateRows) {

        /** True when no validation rule can fail: every present value valid, required columns full, keys unique. */
        public boolean passes() {
            return duplicateRows == 0 && columns.stream().allMatch(c -> c.valid() == c.present()
                    && (!(c.role().equals(ColumnRole.PERSON_ID.key()) || c.role().equals(ColumnRole.EVENT_DATE.key()))
                        || c.present() == c.rows()));
        }
    }

    public Summary summarise(RawTable raw, ColumnMapping mapping, int lsoaVintage, LocalDate today, LocalDate earliest,
            List<String> uniqueKey) throws SQLException {
        List<String> aggregates = new ArrayList<>(List.of("count(*)"));
        List<Map.Entry<String, ColumnRole>> entries = new ArrayList<>(mapping.roles().entrySet());
        for (Map.Entry<String, ColumnRole> e : entries) {
            String c = Sql.id(raw.column(e.getKey()));
            String invalid = Validator.checks(e.getValue(), c, lsoaVintage, today, earliest).stream()
                    .filter(check -> check.rule() != org.equitylens.engine.validation.Rule.REQUIRED_MISSING)
                    .map(check -> "(" + check.failsWhen() + ")").collect(Collectors.joining(" OR "));
            aggregates.add("count(" + c + ")");
            aggregates.add(invalid.isEmpty() ? "count(" + c + ")"
                    : "count(*) FILTER (WHERE " + c + " IS NOT NULL AND NOT coalesce(" + invalid + ", false))");
        }
        Optional<String> date = mapping.column(ColumnRole.EVENT_DATE).map(h -> Parse.date(Sql.id(raw.column(h))));
        date.ifPresent(d -> {
            String inRange = d + " BETWEEN DATE " + Sql.str(earliest.toString()) + " AND DATE " + Sql.str(today.toString());
            aggregates.add("min(" + d + ") FILTER (WHERE " + inRange + ")");
            aggregates.add("max(" + d + ") FILTER (WHERE " + inRange + ")");
        });
        if (!uniqueKey.isEmpty()) {
            // A hash collision can only raise a false alarm, which the row-level check then clears.
            aggregates.add("count(*) - count(DISTINCT hash(" + uniqueKey.stream().map(h -> Sql.id(raw.column(h)))
                    .collect(Collectors.joining(", ")) + "))");
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + String.join(", ", aggregates) + " FROM " + raw.relation())) {
            rs.next();
            long rows = rs.getLong(1);
            List<ColumnQuality> columns = new ArrayList<>();
            int i = 2;
            for (Map.Entry<String, ColumnRole> e : entries) {
                columns.add(new ColumnQuality(e.getKey(), e.getValue().key(), rows, rs.getLong(i), rs.getLong(i + 1)));
                i += 2;
            }
            Optional<LocalDate> from = Optional.empty();
            Optional<LocalDate> to = Optional.empty();
            if (date.isPresent()) {
                from = Optional.ofNullable(rs.getDate(i)).map(Date::toLocalDate);
                to = Optional.ofNullable(rs.getDate(i + 1)).map(Date::toLocalDate);
                i += 2;
            }
            return new Summary(rows, columns, from, to, uniqueKey.isEmpty() ? 0 : rs.getLong(i));
        }
    }

    /** The full report of an extract, from its text. */
    public QualityReport analyse(String dataset, RawTable raw, ColumnMapping mapping, int lsoaVintage, LocalDate today,
            LocalDate earliest) throws SQLException {
        Summary summary = summarise(raw, mapping, lsoaVintage, today, earliest, List.of());
        Optional<String> ethnic = mapping.column(ColumnRole.ETHNIC_CATEGORY).map(h -> Sql.id(raw.column(h)));
        // Dates that fail validation (unparseable, future, too early) count under "unknown".
        Optional<String> month = mapping.column(ColumnRole.EVENT_DATE).map(h -> Parse.date(Sql.id(raw.column(h))))
                .map(d -> "CASE WHEN " + d + " BETWEEN DATE " + Sql.str(earliest.toString()) + " AND DATE " + Sql.str(today.toString())
                        + " THEN strftime(" + d + ", '%Y-%m') END");
        Optional<String> site = mapping.column(ColumnRole.SITE).map(h -> Sql.id(raw.column(h)));
        return report(dataset, summary, raw.relation(), ethnic, month, site);
    }

    /**
     * The full report of a stored dataset whose text passed validation: the column figures from the
     * validation pass, the ethnicity breakdowns from the stored (typed) columns, which is cheaper than
     * reading the file again.
     */
    public QualityReport analyseStored(String dataset, Summary summary, String table, List<String> storedColumns) {
        return report(dataset, summary, table,
                Optional.of("ethnic_category").filter(storedColumns::contains),
                Optional.of("strftime(event_date, '%Y-%m')").filter(x -> storedColumns.contains("event_date")),
                Optional.of("site").filter(storedColumns::contains));
    }

    private QualityReport report(String dataset, Summary s, String relation, Optional<String> ethnic, Optional<String> month,
            Optional<String> site) {
        if (ethnic.isEmpty()) {
            return new QualityReport(dataset, s.rows(), s.from(), s.to(), s.columns(), Optional.empty(), List.of(), List.of());
        }
        String cls = classify(ethnic.get());
        EthnicityCoverage overall = coverage(relation, cls, "'all'").stream().findFirst()
                .orElse(new EthnicityCoverage("all", 0, 0, 0, 0, 0, 0));
        List<EthnicityCoverage> byMonth = month.map(m -> coverage(relation, cls, "coalesce(" + m + ", 'unknown')")).orElse(List.of());
        List<EthnicityCoverage> bySite = site.map(c -> coverage(relation, cls, "coalesce(" + c + ", 'unknown')")).orElse(List.of());
        return new QualityReport(dataset, s.rows(), s.from(), s.to(), s.columns(), Optional.of(overall), byMonth, bySite);
    }

    /** Each row's ethnicity recording as one of coded, z, nk, blank, invalid. */
    private static String classify(String c) {
        String coded = Arrays.stream(EthnicCategory.values()).filter(EthnicCategory::isStated)
                .map(e -> Sql.str(e.code())).collect(Collectors.joining(", "));
        return "CASE WHEN " + c + " IS NULL THEN 'blank' WHEN upper(" + c + ") = 'Z' THEN 'z' WHEN " + c + " = '99' THEN 'nk' "
                + "WHEN upper(" + c + ") IN (" + coded + ") THEN 'coded' ELSE 'invalid' END";
    }

    private List<EthnicityCoverage> coverage(String relation, String cls, String key) {
        String sql = "SELECT k, count(*), count(*) FILTER (WHERE cls = 'coded'), count(*) FILTER (WHERE cls = 'z'), "
                + "count(*) FILTER (WHERE cls = 'nk'), count(*) FILTER (WHERE cls = 'blank'), count(*) FILTER (WHERE cls = 'invalid') "
                + "FROM (SELECT " + key + " AS k, " + cls + " AS cls FROM " + relation + ") GROUP BY k ORDER BY k = 'unknown', k";
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
