package org.equitylens.engine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.equitylens.engine.EngineException;

/**
 * The analytical store: one DuckDB file in the data directory holding the reference tables
 * ({@code ref}), the dataset catalogue ({@code catalogue}) and the stored datasets ({@code data}).
 * Only the engine opens it. One instance per data directory per process.
 */
public final class EngineStore implements AutoCloseable {

    public static final String FILE_NAME = "equitylens.duckdb";

    private final Path dataDir;
    private final Connection connection;

    private EngineStore(Path dataDir, Connection connection) {
        this.dataDir = dataDir;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir}. {@code memoryLimit} caps DuckDB's
     * memory (e.g. "1GB") so that peak RSS stays bounded; it spills to the data directory beyond it.
     */
    public static EngineStore open(Path dataDir, String memoryLimit) {
        try {
            Files.createDirectories(dataDir);
            Path tmp = dataDir.resolve("tmp");
            Files.createDirectories(tmp);
            Properties props = new Properties();
            props.setProperty("memory_limit", memoryLimit);
            props.setProperty("temp_directory", tmp.toAbsolutePath().toString());
            // Extensions are never downloaded at run time; everything the engine needs is built in.
            props.setProperty("autoinstall_known_extensions", "false");
            props.setProperty("autoload_known_extensions", "false");
            Connection connection = DriverManager.getConnection(
                    "jdbc:duckdb:" + dataDir.resolve(FILE_NAME).toAbsolutePath(), props);
            EngineStore store = new EngineStore(dataDir, connection);
            store.initialise();
            return store;
        } catch (IOException | SQLException e) {
            throw EngineException.failed("Cannot open the data store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public static EngineStore open(Path dataDir) {
        return open(dataDir, "1GB");
    }

    private void initialise() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS ref");
            st.execute("CREATE SCHEMA IF NOT EXISTS catalogue");
            st.execute("CREATE SCHEMA IF NOT EXISTS data");
            st.execute("CREATE SCHEMA IF NOT EXISTS staging");
            // Long statements report how far they have got (StatementProgress), without DuckDB printing a bar itself.
            st.execute("SET enable_progress_bar = true");
            st.execute("SET enable_progress_bar_print = false");
        }
        dropStaleStaging();
        RefData.ensureLoaded(connection, dataDir.resolve("tmp"));
        DatasetCatalogue.ensureSchema(connection);
    }

    /** Staging tables only survive a crash between statements of an earlier process; they are never committed work. */
    private void dropStaleStaging() throws SQLException {
        List<String> stale = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'staging'")) {
            while (rs.next()) {
                stale.add(rs.getString(1));
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String table : stale) {
                st.execute("DROP TABLE IF EXISTS staging." + Sql.id(table));
            }
        }
    }

    public Connection connection() {
        return connection;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A scratch directory inside the data directory, for transcoded inputs and bench files. */
    public Path tmpDir() {
        return dataDir.resolve("tmp");
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw EngineException.failed("Cannot close the data store: " + e.getMessage(), e);
        }
    }
}
