package org.equitylens.engine.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.importer.ColumnMapping;

/** The catalogue of stored datasets, kept in DuckDB beside them so that both change in one transaction. */
public final class DatasetCatalogue {

    private final Connection connection;

    public DatasetCatalogue(Connection connection) {
        this.connection = connection;
    }

    static void ensureSchema(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS catalogue.datasets (name VARCHAR PRIMARY KEY, table_name VARCHAR NOT NULL, "
                    + "source_file VARCHAR, format VARCHAR, checksum VARCHAR NOT NULL, row_count BIGINT NOT NULL, "
                    + "period_start DATE, period_end DATE, imported_at TIMESTAMP NOT NULL, mapping VARCHAR NOT NULL, "
                    + "imd_version VARCHAR, columns VARCHAR NOT NULL)");
        }
    }

    public List<DatasetInfo> list() {
        return query("SELECT * FROM catalogue.datasets ORDER BY name", null);
    }

    public Optional<DatasetInfo> find(String name) {
        return query("SELECT * FROM catalogue.datasets WHERE name = ?", name).stream().findFirst();
    }

    public DatasetInfo require(String name) {
        return find(name).orElseThrow(() -> EngineException.notFound("No dataset named '" + name + "'. Stored datasets: "
                + list().stream().map(DatasetInfo::name).toList()));
    }

    /** The dataset already imported from a file with this checksum, if any. */
    public Optional<DatasetInfo> findByChecksum(String checksum) {
        return query("SELECT * FROM catalogue.datasets WHERE checksum = ? ORDER BY imported_at LIMIT 1", checksum)
                .stream().findFirst();
    }

    /** Inserts or replaces the entry; runs inside the caller's transaction. */
    public void put(DatasetInfo info) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM catalogue.datasets WHERE name = ?")) {
            delete.setString(1, info.name());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO catalogue.datasets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, info.name());
            insert.setString(2, info.table());
            insert.setString(3, info.sourceFile());
            insert.setString(4, info.format());
            insert.setString(5, info.checksum());
            insert.setLong(6, info.rows());
            insert.setDate(7, info.periodStart().map(Date::valueOf).orElse(null));
            insert.setDate(8, info.periodEnd().map(Date::valueOf).orElse(null));
            insert.setTimestamp(9, Timestamp.from(info.importedAt()));
            insert.setString(10, info.mapping().toText());
            insert.setString(11, info.imdVersion().orElse(null));
            insert.setString(12, String.join(",", info.columns()));
            insert.executeUpdate();
        }
    }

    /** Removes a dataset, its table and its quality records, in one transaction. */
    public void drop(String name) {
        DatasetInfo info = require(name);
        try {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement();
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM catalogue.datasets WHERE name = ?")) {
                dropStorage(connection, info.table());
                delete.setString(1, name);
                delete.executeUpdate();
                org.equitylens.engine.quality.QualityStore.delete(connection, name);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw EngineException.failed("Cannot drop dataset " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The table holding a dataset's stored columns, under the view the catalogue names (the rest of
     * its columns are derived when read; see {@code Enricher.Plan}).
     *
     * @param table the dataset's view, {@code data."name"}
     */
    public static String storedTable(String table) {
        if (!table.endsWith("\"")) {
            throw new IllegalArgumentException("not a quoted dataset table: " + table);
        }
        return table.substring(0, table.length() - 1) + STORED_SUFFIX + "\"";
    }

    private static final String STORED_SUFFIX = "__rows";

    /** Drops a dataset's view and its stored table — or, for a dataset stored before views, its table. */
    public static void dropStorage(Connection connection, String table) throws SQLException {
        boolean view;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT count(*) FROM duckdb_views() WHERE schema_name = 'data' AND view_name = ?")) {
            ps.setString(1, table.substring(table.indexOf('"') + 1, table.length() - 1).replace("\"\"", "\""));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                view = rs.getLong(1) > 0;
            }
        }
        try (Statement st = connection.createStatement()) {
            if (view) {
                st.execute("DROP VIEW " + table);
                st.execute("DROP TABLE IF EXISTS " + storedTable(table));
            } else {
                st.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    private List<DatasetInfo> query(String sql, String parameter) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            List<DatasetInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date start = rs.getDate("period_start");
                    Date end = rs.getDate("period_end");
                    out.add(new DatasetInfo(rs.getString("name"), rs.getString("table_name"), rs.getString("source_file"),
                            rs.getString("format"), rs.getString("checksum"), rs.getLong("row_count"),
                            Optional.ofNullable(start).map(Date::toLocalDate), Optional.ofNullable(end).map(Date::toLocalDate),
                            rs.getTimestamp("imported_at").toInstant(), ColumnMapping.fromText(rs.getString("mapping")),
                            Optional.ofNullable(rs.getString("imd_version")), Arrays.asList(rs.getString("columns").split(","))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw EngineException.failed("Cannot read the dataset catalogue: " + e.getMessage(), e);
        }
    }
}
