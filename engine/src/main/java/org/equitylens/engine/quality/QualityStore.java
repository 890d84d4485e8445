package org.equitylens.engine.quality;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equitylens.engine.EngineException;

/**
 * Keeps each dataset's quality report in the catalogue schema, written in the import's transaction,
 * so the app can list and chart it without re-reading the data.
 */
public final class QualityStore {

    private QualityStore() {
    }

    private static void ensureSchema(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS catalogue.quality_summary (dataset VARCHAR, row_count BIGINT, "
                    + "date_from DATE, date_to DATE)");
            st.execute("CREATE TABLE IF NOT EXISTS catalogue.quality_columns (dataset VARCHAR, position INTEGER, column_name VARCHAR, "
                    + "role VARCHAR, row_count BIGINT, present BIGINT, valid BIGINT)");
            st.execute("CREATE TABLE IF NOT EXISTS catalogue.quality_ethnicity (dataset VARCHAR, breakdown VARCHAR, position INTEGER, "
                    + "key VARCHAR, row_count BIGINT, coded BIGINT, not_stated BIGINT, not_known BIGINT, blank BIGINT, invalid BIGINT)");
        }
    }

    public static void delete(Connection connection, String dataset) throws SQLException {
        ensureSchema(connection);
        for (String table : List.of("quality_summary", "quality_columns", "quality_ethnicity")) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM catalogue." + table + " WHERE dataset = ?")) {
                ps.setString(1, dataset);
                ps.executeUpdate();
            }
        }
    }

    /** Replaces the stored report of {@code report.dataset()}; runs in the caller's transaction. */
    public static void save(Connection connection, QualityReport report) throws SQLException {
        delete(connection, report.dataset());
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO catalogue.quality_summary VALUES (?, ?, ?, ?)")) {
            ps.setString(1, report.dataset());
            ps.setLong(2, report.rows());
            ps.setDate(3, report.dateFrom().map(Date::valueOf).orElse(null));
            ps.setDate(4, report.dateTo().map(Date::valueOf).orElse(null));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO catalogue.quality_columns VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (ColumnQuality c : report.columns()) {
                ps.setString(1, report.dataset());
                ps.setInt(2, i++);
                ps.setString(3, c.column());
                ps.setString(4, c.role());
                ps.setLong(5, c.rows());
                ps.setLong(6, c.present());
                ps.setLong(7, c.valid());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO catalogue.quality_ethnicity VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            report.ethnicity().ifPresent(e -> insert(ps, report.dataset(), "all", 0, e));
            for (int i = 0; i < report.byMonth().size(); i++) {
                insert(ps, report.dataset(), "month", i, report.byMonth().get(i));
            }
            for (int i = 0; i < report.bySite().size(); i++) {
                insert(ps, report.dataset(), "site", i, report.bySite().get(i));
            }
        }
    }

    private static void insert(PreparedStatement ps, String dataset, String breakdown, int position, EthnicityCoverage e) {
        try {
            ps.setString(1, dataset);
            ps.setString(2, breakdown);
            ps.setInt(3, position);
            ps.setString(4, e.key());
            ps.setLong(5, e.rows());
            ps.setLong(6, e.coded());
            ps.setLong(7, e.notStated());
            ps.setLong(8, e.notKnown());
            ps.setLong(9, e.blank());
            ps.setLong(10, e.invalid());
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw EngineException.failed("Cannot save the quality report: " + ex.getMessage(), ex);
        }
    }

    /** The stored report of a dataset. */
    public static Optional<QualityReport> load(Connection connection, String dataset) {
        try {
            ensureSchema(connection);
            long rows;
            Optional<java.time.LocalDate> from;
            Optional<java.time.LocalDate> to;
            try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM catalogue.quality_summary WHERE dataset = ?")) {
                ps.setString(1, dataset);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    rows = rs.getLong("row_count");
                    from = Optional.ofNullable(rs.getDate("date_from")).map(Date::toLocalDate);
                    to = Optional.ofNullable(rs.getDate("date_to")).map(Date::toLocalDate);
                }
            }
            List<ColumnQuality> columns = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT * FROM catalogue.quality_columns WHERE dataset = ? ORDER BY position")) {
                ps.setString(1, dataset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.add(new ColumnQuality(rs.getString("column_name"), rs.getString("role"), rs.getLong("row_count"),
                                rs.getLong("present"), rs.getLong("valid")));
                    }
                }
            }
            Optional<EthnicityCoverage> overall = Optional.empty();
            List<EthnicityCoverage> byMonth = new ArrayList<>();
            List<EthnicityCoverage> bySite = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT * FROM catalogue.quality_ethnicity WHERE dataset = ? ORDER BY breakdown, position")) {
                ps.setString(1, dataset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        EthnicityCoverage e = new EthnicityCoverage(rs.getString("key"), rs.getLong("row_count"), rs.getLong("coded"),
                                rs.getLong("not_stated"), rs.getLong("not_known"), rs.getLong("blank"), rs.getLong("invalid"));
                        switch (rs.getString("breakdown")) {
                            case "all" -> overall = Optional.of(e);
                            case "month" -> byMonth.add(e);
                            default -> bySite.add(e);
                        }
                    }
                }
            }
            return Optional.of(new QualityReport(dataset, rows, from, to, columns, overall, byMonth, bySite));
        } catch (SQLException e) {
            throw EngineException.failed("Cannot read the quality report: " + e.getMessage(), e);
        }
    }
}
