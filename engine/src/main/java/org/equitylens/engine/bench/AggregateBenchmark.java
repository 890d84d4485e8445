package org.equitylens.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.Progress;
import org.equitylens.engine.cube.AggregationDefinition;
import org.equitylens.engine.cube.Aggregator;
import org.equitylens.engine.cube.Cube;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.generate.Generator;
import org.equitylens.engine.generate.GeneratorOptions;
import org.equitylens.engine.generate.Scenario;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.ImportResult;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.EngineStore;
import org.equitylens.engine.store.Sql;

/**
 * {@code bench aggregate}: on one extract, in one run, times
 * (1) the full import (parse, identifier checks, validation, quality profile, enrichment, store)
 * against DuckDB's own {@code CREATE TABLE … AS SELECT * FROM read_csv(…)}, and
 * (2) the cube month × ethnic category × IMD decile × site built from an {@link AggregationDefinition}
 * against the hand-written GROUP BY on the same stored table, and reports the process's peak RSS.
 * Both sides use the same DuckDB settings (memory limit, threads).
 */
public final class AggregateBenchmark {

    /** The cube the issue specifies. */
    public static final List<String> DIMENSIONS = List.of("ethnic_category", "imd_decile", "site");

    /**
     * @param rows data rows
     * @param fileBytes size of the extract
     * @param generateSeconds time to generate the extract (0 when a file was given)
     * @param baselineImportSeconds DuckDB read_csv into a table (wall, faster of the runs)
     * @param importSeconds the engine's import (wall, faster of the runs)
     * @param baselineImportCpuSeconds CPU time of the process, all threads, during the baseline
     * @param importCpuSeconds CPU time of the process during the import
     * @param baselineAggregateSeconds hand-written GROUP BY, median of the repeats
     * @param aggregateSeconds the engine's cube, median of the repeats
     * @param cubeRows rows in the cube
     * @param peakRssBytes the process's peak resident set size (VmHWM), empty where /proc is unavailable
     */
    public record Result(long rows, long fileBytes, double generateSeconds, double baselineImportSeconds, double importSeconds,
            double baselineImportCpuSeconds, double importCpuSeconds, double baselineAggregateSeconds, double aggregateSeconds, int cubeRows, Optional<Long> peakRssBytes) {

        public double importRatio() {
            return importSeconds / baselineImportSeconds;
        }

        public double importCpuRatio() {
            return importCpuSeconds / baselineImportCpuSeconds;
        }

        public double aggregateRatio() {
            return aggregateSeconds / baselineAggregateSeconds;
        }
    }

    private static final int REPEATS = 5;
    private static final int IMPORT_RUNS = 2;

    private final Path workDir;
    private final String memoryLimit;

    /** @param workDir a scratch directory; the bench's stores and generated file go there and are removed after */
    public AggregateBenchmark(Path workDir, String memoryLimit) {
        this.workDir = workDir;
        this.memoryLimit = memoryLimit;
    }

    public Result run(long rows, Optional<Path> file, Progress progress) {
        try {
            Files.createDirectories(workDir);
            Path extract = file.orElse(workDir.resolve("bench-extract.csv"));
            double generateSeconds = 0;
            if (file.isEmpty()) {
                progress.phase("generating " + rows + " rows");
                long t0 = System.nanoTime();
                new Generator(GeneratorOptions.of(Scenario.MHA, rows, 20_240_401L)).write(extract, progress);
                generateSeconds = seconds(t0);
            }
            // Import and baseline alternate, twice each; the faster run of each counts, which damps the
            // effect of other work on a shared machine. CPU time (all threads) is reported beside wall time.
            double baselineImport = Double.MAX_VALUE;
            double baselineImportCpu = Double.MAX_VALUE;
            double importSeconds = Double.MAX_VALUE;
            double importCpu = Double.MAX_VALUE;
            Path baselineDb = workDir.resolve("baseline.duckdb");
            Path storeDir = workDir.resolve("store");
            try (EngineStore store = EngineStore.open(storeDir, memoryLimit)) {
                ImportResult imported = null;
                for (int run = 1; run <= IMPORT_RUNS; run++) {
                    progress.phase("DuckDB read_csv baseline, run " + run);
                    try (Connection c = open(baselineDb); Statement st = c.createStatement()) {
                        long t0 = System.nanoTime();
                        long c0 = cpuNanos();
                        st.execute("CREATE TABLE extract AS SELECT * FROM read_csv(" + Sql.str(extract.toAbsolutePath().toString()) + ")");
                        baselineImport = Math.min(baselineImport, seconds(t0));
                        baselineImportCpu = Math.min(baselineImportCpu, (cpuNanos() - c0) / 1e9);
                    }
                    deleteDb(baselineDb);
                    progress.phase("engine import, run " + run);
                    if (imported != null) {
                        new DatasetCatalogue(store.connection()).drop("bench");
                    }
                    long t0 = System.nanoTime();
                    long c0 = cpuNanos();
                    imported = new Importer(store, Progress.NONE).importFile(extract,
                            ImportOptions.named("bench").withToday(LocalDate.now()).withReplace(true));
                    importSeconds = Math.min(importSeconds, seconds(t0));
                    importCpu = Math.min(importCpu, (cpuNanos() - c0) / 1e9);
                }
                String table = imported.dataset().table();
                AggregationDefinition def = AggregationDefinition.rowsBy(Grain.MONTH, DIMENSIONS);
                String handWritten = "SELECT CAST(date_trunc('month', event_date) AS DATE) AS period_start, ethnic_category, imd_decile, "
                        + "site, count(*) AS n FROM " + table + " WHERE event_date IS NOT NULL GROUP BY ALL ORDER BY ALL";
                Aggregator aggregator = new Aggregator(store);
                progress.phase("aggregating (" + REPEATS + " alternating runs each)");
                // Warm both once, then alternate so that caches and background load affect both alike.
                aggregator.aggregate("bench", def);
                fetch(store, handWritten);
                double[] ours = new double[REPEATS];
                double[] theirs = new double[REPEATS];
                int cubeRows = 0;
                for (int i = 0; i < REPEATS; i++) {
                    long t1 = System.nanoTime();
                    fetch(store, handWritten);
                    theirs[i] = seconds(t1);
                    long t2 = System.nanoTime();
                    Cube cube = aggregator.aggregate("bench", def);
                    ours[i] = seconds(t2);
                    cubeRows = cube.size();
                }
                return new Result(imported.dataset().rows(), Files.size(extract), generateSeconds, baselineImport, importSeconds,
                        baselineImportCpu, importCpu, median(theirs), median(ours), cubeRows, peakRss());
            } finally {
                deleteDb(storeDir.resolve(EngineStore.FILE_NAME));
                if (file.isEmpty()) {
                    Files.deleteIfExists(extract);
                }
            }
        } catch (SQLException | IOException e) {
            throw EngineException.failed("Benchmark failed: " + e.getMessage(), e);
        }
    }

    private Connection open(Path db) throws SQLException {
        Properties props = new Properties();
        props.setProperty("memory_limit", memoryLimit);
        props.setProperty("temp_directory", workDir.resolve("tmp").toAbsolutePath().toString());
        return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), props);
    }

    /** Reads every row into the JVM, as the engine's cube does, so both sides pay for the transfer. */
    private static void fetch(EngineStore store, String sql) throws SQLException {
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    private static void deleteDb(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** User plus system CPU time of this process (all threads) from /proc/self/stat, 0 where unavailable. */
    static long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of stat (utime, stime) in clock ticks; 100 per second on Linux.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** VmHWM from /proc/self/status: the peak resident set of this process, JVM and DuckDB together. */
    public static Optional<Long> peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
