package org.equitylens.app.dataset;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.cube.Cube;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.importer.SourceFormat;
import org.equitylens.engine.store.EngineStore;
import org.equitylens.engine.store.Sql;

/**
 * Ready cubes (DESIGN §3.2: period_start, dimension columns, numerator, denominator) uploaded as
 * datasets of aggregates, e.g. from the Spark job. They are kept as tables in the engine store's
 * data schema and re-aggregated to a measure's grain and dimensions by summing.
 */
final class CubeTables {

    static final List<String> REQUIRED = List.of("period_start", "numerator", "denominator");

    private CubeTables() {
    }

    static String table(String engineName) {
        return "data." + Sql.id("cube_" + engineName);
    }

    /** Loads the file in one transaction; returns the summary or refuses a file that is not a cube. */
    static Summary load(EngineStore store, Path file, String engineName) {
        String source = SourceFormat.of(file) == SourceFormat.PARQUET
                ? "read_parquet(" + Sql.str(file.toAbsolutePath().toString()) + ")"
                : "read_csv(" + Sql.str(file.toAbsolutePath().toString()) + ", header = true)";
        try (Statement st = store.connection().createStatement()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
                while (rs.next()) {
                    columns.add(rs.getString("column_name").toLowerCase(Locale.ROOT));
                }
            }
            for (String required : REQUIRED) {
                if (!columns.contains(required)) {
                    throw EngineException.refused("A cube needs the columns " + REQUIRED + "; this file has " + columns);
                }
            }
            st.execute("CREATE TABLE " + table(engineName) + " AS SELECT CAST(period_start AS DATE) AS period_start, "
                    + columns.stream().filter(c -> !REQUIRED.contains(c) && !c.startsWith("value_sum"))
                            .map(c -> "CAST(" + Sql.id(c) + " AS VARCHAR) AS " + Sql.id(c)).map(c -> c + ", ").reduce("", String::concat)
                    + "CAST(numerator AS BIGINT) AS numerator, CAST(denominator AS BIGINT) AS denominator FROM " + source);
            try (ResultSet rs = st.executeQuery("SELECT count(*), min(period_start), max(period_start) FROM " + table(engineName))) {
                rs.next();
                return new Summary(rs.getLong(1), date(rs.getDate(2)), date(rs.getDate(3)),
                        columns.stream().filter(c -> !REQUIRED.contains(c) && !c.startsWith("value_sum")).toList());
            }
        } catch (SQLException e) {
            throw EngineException.refused("The file could not be read as a cube: " + firstLine(e.getMessage()));
        }
    }

    record Summary(long rows, LocalDate from, LocalDate to, List<String> dimensions) {
    }

    static List<String> dimensions(EngineStore store, String engineName) {
        List<String> columns = new ArrayList<>();
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + table(engineName))) {
            while (rs.next()) {
                String c = rs.getString("column_name");
                if (!REQUIRED.contains(c)) {
                    columns.add(c);
                }
            }
        } catch (SQLException e) {
            throw EngineException.failed("Cannot read the cube's columns: " + e.getMessage(), e);
        }
        return columns;
    }

    static void drop(EngineStore store, String engineName) {
        try (Statement st = store.connection().createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table(engineName));
        } catch (SQLException e) {
            throw EngineException.failed("Cannot drop the cube: " + e.getMessage(), e);
        }
    }

    /** The stored cube summed to a grain and a subset of its dimensions. */
    static Cube aggregate(EngineStore store, String engineName, Grain grain, List<String> dimensions) {
        String period = switch (grain) {
            case MONTH -> "date_trunc('month', period_start)";
            case QUARTER -> "date_trunc('quarter', period_start)";
            case YEAR -> "date_trunc('year', period_start)";
            case FINANCIAL_YEAR -> "CAST(make_date(year(period_start - INTERVAL 3 MONTH), 4, 1) AS DATE)";
        };
        String dims = dimensions.stream().map(d -> ", " + Sql.id(d)).reduce("", String::concat);
        String sql = "SELECT CAST(" + period + " AS DATE) AS p" + dims + ", sum(numerator), sum(denominator) FROM "
                + table(engineName) + " GROUP BY ALL ORDER BY ALL";
        List<LocalDate> periods = new ArrayList<>();
        List<String[]> values = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                periods.add(rs.getDate(1).toLocalDate());
                String[] v = new String[dimensions.size()];
                for (int d = 0; d < v.length; d++) {
                    v[d] = rs.getString(2 + d);
                }
                values.add(v);
                counts.add(new long[] {rs.getLong(2 + dimensions.size()), rs.getLong(3 + dimensions.size())});
            }
        } catch (SQLException e) {
            throw EngineException.failed("Cannot aggregate the cube: " + e.getMessage(), e);
        }
        int n = periods.size();
        String[][] columns = new String[dimensions.size()][n];
        long[] num = new long[n];
        long[] den = new long[n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dimensions.size(); d++) {
                columns[d][i] = values.get(i)[d];
            }
            num[i] = counts.get(i)[0];
            den[i] = counts.get(i)[1];
        }
        return new Cube(dimensions, periods.toArray(LocalDate[]::new), columns, num, den, null, null);
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
