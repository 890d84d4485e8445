package org.equitylens.engine.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.equitylens.codes.EthnicCategory;

/**
 * Loads the bundled reference tables (resources under {@code /refdata}, see PROVENANCE.md there)
 * into the {@code ref} schema once per store, and gives the generator access to the raw files.
 */
public final class RefData {

    /** Bump when a bundled table changes, so existing stores reload it. */
    static final int VERSION = 1;

    private RefData() {
    }

    /** The text of a bundled reference file. */
    public static InputStream open(String file) {
        InputStream in = RefData.class.getResourceAsStream("/refdata/" + file);
        if (in == null) {
            throw new IllegalStateException("bundled reference file missing: " + file);
        }
        return in;
    }

    /** Every line of a bundled CSV file split on commas, header first (only for files without quoted commas). */
    public static List<String[]> readSimpleCsv(String file) {
        try (InputStream in = open(file)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void ensureLoaded(Connection connection, Path tmpDir) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS ref.loaded (version INTEGER)");
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM ref.loaded")) {
                if (rs.next() && rs.getInt(1) == VERSION) {
                    return;
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE ref.imd_lsoa AS "
                    + "SELECT lsoa11_code AS lsoa_code, 2011 AS lsoa_vintage, 'IMD2019' AS imd_version, "
                    + "imd_rank::INTEGER AS imd_rank, imd_decile::TINYINT AS imd_decile FROM " + csv(tmpDir, "imd2019_lsoa11.csv")
                    + " UNION ALL SELECT lsoa21_code, 2021, 'IMD2025', imd_rank::INTEGER, imd_decile::TINYINT FROM "
                    + csv(tmpDir, "imd2025_lsoa21.csv"));
            st.execute("CREATE OR REPLACE TABLE ref.lsoa21_areas AS SELECT * FROM " + csv(tmpDir, "lsoa21_areas.csv"));
            st.execute("CREATE OR REPLACE TABLE ref.areas AS SELECT * FROM " + csv(tmpDir, "areas.csv"));
            st.execute("CREATE OR REPLACE TABLE ref.population_ethnicity AS SELECT area_type, area_code, ethnic_category, "
                    + "ethnic_group_census, population::BIGINT AS population FROM " + csv(tmpDir, "population_ethnicity_census2021.csv"));
            st.execute("CREATE OR REPLACE TABLE ref.esp2013 AS SELECT * FROM " + csv(tmpDir, "esp2013_19_bands.csv"));
            st.execute("CREATE OR REPLACE TABLE ref.ethnic_category (code VARCHAR PRIMARY KEY, label VARCHAR, "
                    + "ethnic_group VARCHAR, ethnic_group_census VARCHAR, wres_group VARCHAR, stated BOOLEAN)");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ref.ethnic_category VALUES (?, ?, ?, ?, ?, ?)")) {
                for (EthnicCategory c : EthnicCategory.values()) {
                    insert.setString(1, c.code());
                    insert.setString(2, c.label());
                    insert.setString(3, c.nhsGroup().map(Enum::name).orElse(null));
                    insert.setString(4, c.censusGroup().map(Enum::name).orElse(null));
                    insert.setString(5, c.wresGroup().map(Enum::name).orElse(null));
                    insert.setBoolean(6, c.isStated());
                    insert.executeUpdate();
                }
            }
            st.execute("DELETE FROM ref.loaded");
            st.execute("INSERT INTO ref.loaded VALUES (" + VERSION + ")");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** DuckDB reads files, not class-path resources, so each table is copied out to the scratch directory first. */
    private static String csv(Path tmpDir, String file) {
        try (InputStream in = open(file)) {
            Path copy = tmpDir.resolve("refdata-" + file);
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            return "read_csv(" + Sql.str(copy.toAbsolutePath().toString()) + ", header = true, all_varchar = true)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
