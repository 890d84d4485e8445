package org.equitylens.engine.cube;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.DatasetInfo;
import org.equitylens.engine.store.EngineStore;
import org.equitylens.engine.store.Sql;

/** Runs aggregation definitions against stored datasets in DuckDB. */
public final class Aggregator {

    private final EngineStore store;
    private final CubeSqlRenderer renderer = new CubeSqlRenderer(DuckDbDialect.INSTANCE);

    public Aggregator(EngineStore store) {
        this.store = store;
    }

    /** The DuckDB SQL for a definition on a stored dataset, after checking the columns exist. */
    public String sql(String dataset, AggregationDefinition def) {
        DatasetInfo info = new DatasetCatalogue(store.connection()).require(dataset);
        for (String column : def.columnsRead()) {
            if (!info.columns().contains(column)) {
                throw EngineException.refused("Dataset '" + dataset + "' has no column " + column + "; its columns are " + info.columns());
            }
        }
        AggregationDefinition resolved = def;
        if (def.denominator() instanceof Denominator.Population p) {
            resolved = def.withDenominator(new Denominator.Population(p.areaType(), areaCode(p)));
        }
        try {
            return renderer.render(resolved, info.table(), "ref.population_ethnicity");
        } catch (IllegalArgumentException e) {
            throw EngineException.refused(e.getMessage());
        }
    }

    /** Aggregates into memory. */
    public Cube aggregate(String dataset, AggregationDefinition def) {
        String sql = sql(dataset, def);
        int dims = def.dimensions().size();
        List<LocalDate> periods = new ArrayList<>();
        List<String[]> values = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        List<double[]> sums = new ArrayList<>();
        boolean hasValues = def.valueColumn().isPresent();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                periods.add(rs.getDate(1).toLocalDate());
                String[] v = new String[dims];
                for (int d = 0; d < dims; d++) {
                    Object o = rs.getObject(2 + d);
                    v[d] = o == null ? null : o.toString();
                }
                values.add(v);
                counts.add(new long[] {rs.getLong(2 + dims), rs.getLong(3 + dims)});
                if (hasValues) {
                    double sum = rs.getDouble(4 + dims);
                    double sumNull = rs.wasNull() ? Double.NaN : sum;
                    double sq = rs.getDouble(5 + dims);
                    sums.add(new double[] {sumNull, rs.wasNull() ? Double.NaN : sq});
                }
            }
        } catch (SQLException e) {
            throw EngineException.failed("Aggregation of " + dataset + " failed: " + e.getMessage(), e);
        }
        int n = periods.size();
        String[][] columns = new String[dims][n];
        long[] num = new long[n];
        long[] den = new long[n];
        double[] sum = hasValues ? new double[n] : null;
        double[] sq = hasValues ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dims; d++) {
                columns[d][i] = values.get(i)[d];
            }
            num[i] = counts.get(i)[0];
            den[i] = counts.get(i)[1];
            if (hasValues) {
                sum[i] = sums.get(i)[0];
                sq[i] = sums.get(i)[1];
            }
        }
        return new Cube(def.dimensions(), periods.toArray(LocalDate[]::new), columns, num, den, sum, sq);
    }

    /** Writes the cube to a file: Parquet for {@code .parquet}, otherwise CSV with a header. Returns the row count. */
    public long write(String dataset, AggregationDefinition def, Path out) {
        String sql = sql(dataset, def);
        boolean parquet = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (Statement st = store.connection().createStatement()) {
                return st.executeUpdate("COPY (" + sql + ") TO " + Sql.str(out.toAbsolutePath().toString())
                        + (parquet ? " (FORMAT parquet)" : " (FORMAT csv, HEADER true)"));
            }
        } catch (SQLException | java.io.IOException e) {
            throw EngineException.failed("Cannot write the cube to " + out + ": " + e.getMessage(), e);
        }
    }

    /** An ICB may be named by its ODS code (e.g. QMF); the population table uses ONS codes. */
    private String areaCode(Denominator.Population p) {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT area_code FROM ref.areas WHERE area_code = ? OR area_code_nhs = ? "
                        + "UNION SELECT area_code FROM ref.population_ethnicity WHERE area_type = ? AND area_code = ?")) {
            ps.setString(1, p.areaCode());
            ps.setString(2, p.areaCode().toUpperCase(Locale.ROOT));
            ps.setString(3, p.areaType());
            ps.setString(4, p.areaCode());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw EngineException.failed("Cannot look up area " + p.areaCode() + ": " + e.getMessage(), e);
        }
        throw EngineException.notFound("No " + p.areaType() + " with code " + p.areaCode() + " in the Census 2021 population table");
    }
}
