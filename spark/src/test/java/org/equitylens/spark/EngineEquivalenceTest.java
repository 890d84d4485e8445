package org.equitylens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.equitylens.engine.Progress;
import org.equitylens.engine.cube.AggregationDefinition;
import org.equitylens.engine.cube.Aggregator;
import org.equitylens.engine.cube.Condition;
import org.equitylens.engine.cube.Cube;
import org.equitylens.engine.cube.Denominator;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.cube.Numerator;
import org.equitylens.engine.generate.Generator;
import org.equitylens.engine.generate.GeneratorOptions;
import org.equitylens.engine.generate.Scenario;
import org.equitylens.engine.importer.ColumnMapping;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.quality.QualityReport;
import org.equitylens.engine.sql.Dialect;
import org.equitylens.engine.store.EngineStore;
import org.equitylens.engine.validation.ValidationIssue;
import org.equitylens.engine.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One definition, two engines: generated extracts (with recording faults) aggregated by the DuckDB
 * engine and by the Spark job give the same cubes, row for row, and the same data-quality report.
 * The DuckDB import refuses any invalid row, so its cube is built from the rows DuckDB's own rules
 * pass; the Spark job, allowed a small error rate, must leave out exactly those rows itself.
 */
class EngineEquivalenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final String TODAY_OPTION = TODAY.toString();

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static EngineStore store;
    private static Path faults;
    private static Path screening;

    @BeforeAll
    static void generateAndImport() throws IOException, SQLException {
        spark = LocalSpark.start("EngineEquivalenceTest");
        faults = dir.resolve("mha-faults.csv");
        screening = dir.resolve("screening.csv");
        new Generator(GeneratorOptions.of(Scenario.QUALITY_FAULTS, 250_000, 11)).write(faults, Progress.NONE);
        new Generator(GeneratorOptions.of(Scenario.SCREENING, 150_000, 12)).write(screening, Progress.NONE);
        store = EngineStore.open(dir.resolve("duckdb"));
        Path valid = dir.resolve("mha-valid.csv");
        keepRowsDuckDbAccepts(faults, valid);
        Importer importer = new Importer(store, Progress.NONE);
        importer.importFile(valid, ImportOptions.named("mha").withToday(TODAY));
        importer.importFile(screening, ImportOptions.named("screening").withToday(TODAY));
    }

    @AfterAll
    static void stop() {
        store.close();
        spark.stop();
    }

    @Test
    void monthByEthnicCategoryByImdDecile() throws Exception {
        assertSameCube("mha", faults, AggregationDefinition.rowsBy(Grain.MONTH, List.of("ethnic_category", "imd_decile")),
                "--grain", "month", "--dimensions", "ethnic_category,imd_decile");
    }

    @Test
    void quarterByCore20BySiteUptake() throws Exception {
        assertSameCube("screening", screening, AggregationDefinition.rowsBy(Grain.QUARTER, List.of("core20", "site"))
                        .withNumerator(new Numerator.RowsWhere(Condition.parse("screened=1"))),
                "--grain", "quarter", "--dimensions", "core20,site", "--numerator", "screened=1");
    }

    @Test
    void quarterByEthnicGroupPerCensusPopulation() throws Exception {
        assertSameCube("mha", faults, AggregationDefinition.rowsBy(Grain.QUARTER, List.of("ethnic_group_census"))
                        .withDenominator(new Denominator.Population("ICB", "QMF")),
                "--grain", "quarter", "--dimensions", "ethnic_group_census", "--denominator", "population:ICB:QMF");
    }

    @Test
    void distinctPersonsByFinancialYearWithLengthOfStay() throws Exception {
        assertSameCube("mha", faults, AggregationDefinition.rowsBy(Grain.FINANCIAL_YEAR, List.of("ethnic_group", "age_band_5y", "sex"))
                        .withNumerator(new Numerator.DistinctPersons()).withDenominator(new Denominator.DistinctPersons())
                        .withValueColumn("length_of_stay_days"),
                "--grain", "financial-year", "--dimensions", "ethnic_group,age_band_5y,sex", "--numerator", "persons",
                "--denominator", "persons", "--value", "length_of_stay_days");
    }

    @Test
    void qualityReportAndRuleCountsMatchTheEngine() throws Exception {
        Path out = dir.resolve("quality-run");
        AggregateJob.Result result = AggregateJob.run(spark, JobOptions.parse("--input", faults.toString(), "--output",
                out.toString(), "--today", TODAY_OPTION, "--max-error-rate", "0.05"));

        QualityReport duckdb = new Importer(store, Progress.NONE).checkFile(faults, ImportOptions.named("check").withToday(TODAY));
        assertThat(Files.readString(out.resolve("quality.json"))).isEqualTo(duckdb.toJson());
        assertThat(Files.readString(out.resolve("quality.csv"))).isEqualTo(duckdb.toCsv());

        assertSameRuleCounts(result.validation(), duckDbValidation(faults, List.of()));
        assertThat(Files.readString(out.resolve("validation.json"))).doesNotContain("\"value\"");
    }

    @Test
    void duplicateKeysAreFoundCountedAndLeftOutAsByTheEngine() throws Exception {
        // The extract repeats persons (15% repeat detentions), so a person-level key has duplicates.
        Path out = dir.resolve("unique-run");
        AggregateJob.Result result = AggregateJob.run(spark, JobOptions.parse("--input", faults.toString(), "--output",
                out.toString(), "--today", TODAY_OPTION, "--max-error-rate", "1", "--unique", "person_id", "--grain", "year"));

        assertSameRuleCounts(result.validation(), duckDbValidation(faults, List.of("person_id")));
        assertThat(result.validation().issues()).anySatisfy(issue -> {
            assertThat(issue.rule()).isEqualTo(org.equitylens.engine.validation.Rule.DUPLICATE_KEY);
            assertThat(issue.column()).isEqualTo("person_id");
            assertThat(issue.count()).isGreaterThan(10_000);
        });
        // A row failing a rule or sharing its key is invalid once, counts toward the error rate and is not in the cube.
        long invalid = duckDbInvalidRows(faults, List.of("person_id"));
        assertThat(result.validation().invalidRows()).isEqualTo(invalid);
        assertThat(result.validation().errorRate()).isEqualTo((double) invalid / 250_000);
        long counted = spark.read().parquet(out.resolve("cube.parquet").toString()).selectExpr("sum(numerator)").first().getLong(0);
        assertThat(counted).isEqualTo(250_000 - invalid);
        assertThat(Files.readString(out.resolve("validation.json"))).contains("\"rule\":\"DUPLICATE_KEY\"").doesNotContain("\"value\"");
    }

    @Test
    void anUndeclaredSemicolonWindows1252ExtractIsReadAsTheEngineReadsIt() throws Exception {
        // Neither engine is told the delimiter or the character set; both detect them with the engine's CsvSniffer.
        Path extract = dir.resolve("sniffed.csv");
        Files.write(extract, String.join("\r\n", "person_id;event_date;ethnic_category;site",
                "P1;2024-01-05;A;Caf\u00e9 \u2013 \u20ac", "P2;2024-01-20;A;Caf\u00e9 \u2013 \u20ac",
                "P3;2024-02-03;M;\"St Mary's; Paddington\"", "P4;2024-02-09;A;Caf\u00e9 \u2013 \u20ac", "")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        new Importer(store, Progress.NONE).importFile(extract, ImportOptions.named("sniffed").withToday(TODAY));

        assertSameCube("sniffed", extract, AggregationDefinition.rowsBy(Grain.MONTH, List.of("site", "ethnic_category")),
                "--grain", "month", "--dimensions", "site,ethnic_category");
        Cube cube = new Aggregator(store).aggregate("sniffed", AggregationDefinition.rowsBy(Grain.MONTH, List.of("site")));
        List<String> sites = new ArrayList<>();
        for (int i = 0; i < cube.size(); i++) {
            sites.add(cube.dimensionValue(i, 0));
        }
        assertThat(sites).containsExactly("Caf\u00e9 \u2013 \u20ac", "Caf\u00e9 \u2013 \u20ac", "St Mary's; Paddington");
    }

    /**
     * The engine groups failures by value too; summed per column and rule they are the job's counts,
     * and the first rows of the groups hold the first rows of the rule.
     */
    private static void assertSameRuleCounts(ValidationSummary job, List<ValidationIssue> engine) {
        Map<String, Long> engineCounts = new TreeMap<>();
        Map<String, List<Long>> engineFirstRows = new TreeMap<>();
        for (ValidationIssue issue : engine) {
            String key = issue.column() + " " + issue.rule();
            engineCounts.merge(key, issue.count(), Long::sum);
            engineFirstRows.computeIfAbsent(key, k -> new ArrayList<>()).addAll(issue.rows());
        }
        Map<String, Long> sparkCounts = new TreeMap<>();
        Map<String, List<Long>> sparkFirstRows = new TreeMap<>();
        for (ValidationIssue issue : job.issues()) {
            assertThat(issue.value()).isNull();
            sparkCounts.put(issue.column() + " " + issue.rule(), issue.count());
            sparkFirstRows.put(issue.column() + " " + issue.rule(), issue.rows());
        }
        assertThat(sparkCounts).isEqualTo(engineCounts).isNotEmpty();
        engineFirstRows.replaceAll((k, rows) -> rows.stream().sorted().limit(ValidationSummary.SAMPLE_ROWS).toList());
        assertThat(sparkFirstRows).isEqualTo(engineFirstRows);
    }

    /** Runs both engines and compares the cubes: same columns, types, rows and figures, in the same order. */
    private static void assertSameCube(String dataset, Path extract, AggregationDefinition definition, String... cubeOptions)
            throws Exception {
        Cube duckdb = new Aggregator(store).aggregate(dataset, definition);
        Path duckdbFile = dir.resolve(dataset + "-" + System.nanoTime() + ".parquet");
        new Aggregator(store).write(dataset, definition, duckdbFile);

        Path out = dir.resolve("cube-" + System.nanoTime());
        List<String> args = new ArrayList<>(List.of("--input", extract.toString(), "--output", out.toString(),
                "--today", TODAY_OPTION, "--max-error-rate", "0.05"));
        args.addAll(List.of(cubeOptions));
        AggregateJob.run(spark, JobOptions.parse(args.toArray(String[]::new)));

        var sparkCube = spark.read().parquet(out.resolve("cube.parquet").toString());
        assertThat(sparkCube.schema().toDDL()).isEqualTo(spark.read().parquet(duckdbFile.toString()).schema().toDDL());
        List<Row> rows = sparkCube.collectAsList();
        assertThat(rows).hasSize(duckdb.size()).isNotEmpty();
        int dims = definition.dimensions().size();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Object> expected = new ArrayList<>();
            List<Object> actual = new ArrayList<>();
            expected.add(duckdb.periodStart(i));
            actual.add(row.getDate(0).toLocalDate());
            for (int d = 0; d < dims; d++) {
                expected.add(duckdb.dimensionValue(i, d));
                actual.add(row.isNullAt(1 + d) ? null : row.get(1 + d).toString());
            }
            expected.add(duckdb.numerator(i));
            expected.add(duckdb.denominator(i));
            actual.add(row.getLong(1 + dims));
            actual.add(row.getLong(2 + dims));
            if (duckdb.hasValues()) {
                expected.add(duckdb.valueSum(i));
                expected.add(duckdb.valueSumSq(i));
                actual.add(row.isNullAt(3 + dims) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(row.getDouble(3 + dims)));
                actual.add(row.isNullAt(4 + dims) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(row.getDouble(4 + dims)));
            }
            assertThat(actual).as("cube row %d", i).isEqualTo(expected);
        }
    }

    /** The rows of {@code extract} that pass every rule of the DuckDB engine, as a new CSV. */
    private static void keepRowsDuckDbAccepts(Path extract, Path valid) throws SQLException {
        try (Statement st = store.connection().createStatement()) {
            st.execute("COPY (SELECT * EXCLUDE (" + Validator.KEY_ROWS + ", fails) FROM " + checkedRows(extract, List.of())
                    + " WHERE NOT fails) TO " + Dialect.DUCKDB.literal(valid.toString()) + " (FORMAT csv, HEADER true)");
        }
    }

    /** The rows of {@code extract} that fail a rule of the DuckDB engine, a repeated {@code uniqueKey} included. */
    private static long duckDbInvalidRows(Path extract, List<String> uniqueKey) throws SQLException {
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE fails) FROM " + checkedRows(extract, uniqueKey))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The extract's rows as text, trimmed, with the rows sharing their key and whether any rule of the engine fails. */
    private static String checkedRows(Path extract, List<String> uniqueKey) throws SQLException {
        Connection connection = store.connection();
        List<String> headers = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_csv(" + Dialect.DUCKDB.literal(extract.toString())
                     + ", header = true, all_varchar = true)")) {
            while (rs.next()) {
                headers.add(rs.getString(1));
            }
        }
        ColumnMapping mapping = ColumnMapping.resolve(headers, Map.of(), h -> h.equals("length_of_stay_days"));
        List<Validator.Check> checks = new ArrayList<>(mapping.roles().entrySet().stream()
                .flatMap(e -> Validator.checks(e.getValue(), Validator.Column.of(Dialect.DUCKDB.quote(e.getKey()), 2021), TODAY,
                        JobOptions.DEFAULT_EARLIEST).stream()).toList());
        String keyRows = uniqueKey.isEmpty() ? "1" : Validator.keyRows(uniqueKey.stream().map(Dialect.DUCKDB::quote).toList());
        checks.add(Validator.duplicateKey(Validator.KEY_ROWS));
        String fails = checks.stream().map(c -> "(" + c.failsWhen() + ")").collect(Collectors.joining(" OR "));
        String trimmed = headers.stream().map(h -> "NULLIF(trim(" + Dialect.DUCKDB.quote(h) + "), '') AS " + Dialect.DUCKDB.quote(h))
                .collect(Collectors.joining(", "));
        return "(SELECT *, coalesce(" + fails + ", false) AS fails FROM (SELECT *, " + keyRows + " AS " + Validator.KEY_ROWS
                + " FROM (SELECT " + trimmed + " FROM read_csv(" + Dialect.DUCKDB.literal(extract.toString())
                + ", header = true, all_varchar = true))))";
    }

    /** The DuckDB engine's validation report for the extract, every group listed. */
    private static List<ValidationIssue> duckDbValidation(Path extract, List<String> uniqueKey) {
        try {
            new Importer(store, Progress.NONE).importFile(extract, ImportOptions.named("refused").withToday(TODAY).withMaxErrors(100_000)
                    .withUniqueKey(uniqueKey));
        } catch (org.equitylens.engine.importer.ValidationFailedException e) {
            return e.report().issues();
        }
        throw new AssertionError("the DuckDB engine accepted an extract with faults");
    }
}
