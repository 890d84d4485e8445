package org.equitylens.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.equitylens.engine.Progress;
import org.equitylens.engine.cube.AggregationDefinition;
import org.equitylens.engine.cube.Aggregator;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.generate.Generator;
import org.equitylens.engine.generate.GeneratorOptions;
import org.equitylens.engine.generate.Scenario;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.store.EngineStore;

/**
 * The whole job on both engines, for docs/benchmarks.md: a generated MHA extract (CSV) to a
 * month × ethnic category × IMD decile × site cube file, by the DuckDB engine (import: parse,
 * validate, profile, enrich, store; then aggregate and write) and by the Spark job in local mode
 * (read, validate, profile, enrich, aggregate, write). Median of several runs each.
 *
 * <p>Arguments: rows, runs, a scratch directory, the Spark master (e.g. {@code local[2]}).
 */
public final class Benchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        long rows = Long.parseLong(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        String master = args[3];
        Files.createDirectories(dir);
        Path extract = dir.resolve("mha-" + rows + ".csv");
        if (!Files.exists(extract)) {
            new Generator(GeneratorOptions.of(Scenario.MHA, rows, 1)).write(extract, Progress.NONE);
        }
        List<String> dimensions = List.of("ethnic_category", "imd_decile", "site");
        System.out.printf(Locale.ROOT, "extract: %s, %d rows, %d MB%n", extract, rows, Files.size(extract) >> 20);

        List<Double> duckdb = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = dir.resolve("duckdb-" + run);
            delete(data);
            long start = System.nanoTime();
            try (EngineStore store = EngineStore.open(data)) {
                new Importer(store, Progress.NONE).importFile(extract, ImportOptions.named("bench").withToday(TODAY));
                new Aggregator(store).write("bench", AggregationDefinition.rowsBy(Grain.MONTH, dimensions), data.resolve("cube.parquet"));
            }
            duckdb.add(seconds(start));
            System.out.printf(Locale.ROOT, "duckdb run %d: %.1f s%n", run, duckdb.get(run - 1));
            delete(data);
        }

        SparkSession spark = SparkSession.builder().appName("EquityLens benchmark").master(master)
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        int cores = spark.sparkContext().defaultParallelism();
        List<Double> sparkRuns = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path out = dir.resolve("spark-" + run);
            delete(out);
            long start = System.nanoTime();
            AggregateJob.run(spark, JobOptions.parse("--input", extract.toString(), "--output", out.toString(),
                    "--today", TODAY.toString(), "--grain", "month", "--dimensions", String.join(",", dimensions)));
            sparkRuns.add(seconds(start));
            System.out.printf(Locale.ROOT, "spark run %d: %.1f s%n", run, sparkRuns.get(run - 1));
            delete(out);
        }
        spark.stop();

        double duckdbMedian = median(duckdb);
        double sparkMedian = median(sparkRuns);
        System.out.printf(Locale.ROOT, "duckdb median %.1f s (%,.0f rows/s)%n", duckdbMedian, rows / duckdbMedian);
        System.out.printf(Locale.ROOT, "spark %s median %.1f s (%,.0f rows/s, %,.0f rows/s per core over %d cores)%n",
                master, sparkMedian, rows / sparkMedian, rows / sparkMedian / cores, cores);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
