package org.equitylens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.cube.AggregationDefinition;
import org.equitylens.engine.cube.CubeSqlRenderer;
import org.equitylens.engine.cube.Denominator;
import org.equitylens.engine.enrich.Enricher;
import org.equitylens.engine.importer.ColumnMapping;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.importer.RawLoader;
import org.equitylens.engine.importer.RawTable;
import org.equitylens.engine.quality.QualityAnalyzer;
import org.equitylens.engine.quality.QualityReport;
import org.equitylens.engine.sql.Dialect;
import org.equitylens.engine.sql.SqlRunner;
import org.equitylens.engine.validation.PrivacyGuard;
import org.equitylens.engine.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EquityLens's cube at national scale: reads an extract from any Hadoop file system, applies the
 * engine's privacy checks and validation rules, computes the engine's data-quality report, enriches
 * the valid rows from the bundled reference data (broadcast) and aggregates them with the engine's
 * aggregation definition — all rendered to Spark SQL from the same code the DuckDB engine runs — and
 * writes, all at once, {@code cube.parquet} (or {@code cube.csv}), {@code quality.json},
 * {@code quality.csv} and {@code validation.json} to the output directory.
 *
 * <p>Run with {@code spark-submit --class org.equitylens.spark.AggregateJob equitylens-spark.jar …} or
 * as a Databricks JAR task; see docs/spark.md. The job never stops the Spark session it is given,
 * and reports failure by throwing, as both launchers expect.
 */
public final class AggregateJob {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateJob.class);

    static final String RAW_VIEW = "extract_raw";
    static final String VALID_VIEW = "extract_valid";
    static final String DATASET_VIEW = "extract_dataset";
    static final String FAILURES_VIEW = "extract_failures";
    private static final int FIRST_DATA_ROW = 2;

    private AggregateJob() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.err.print(JobOptions.USAGE);
            throw e;
        }
        SparkSession spark = SparkSession.builder().appName("EquityLens cube: " + options.inputName()).getOrCreate();
        Result result = run(spark, options);
        LOG.info("Wrote {} cube rows from {} valid of {} rows to {}", result.cubeRows(),
                result.validation().rows() - result.validation().invalidRows(), result.validation().rows(), result.output());
    }

    /** What a run wrote. */
    record Result(String output, long cubeRows, ValidationSummary validation, QualityReport quality) {
    }

    /** Thrown before anything is written when more rows are invalid than the configured limit allows. */
    static final class TooManyInvalidRowsException extends RuntimeException {
        TooManyInvalidRowsException(String message) {
            super(message);
        }
    }

    static Result run(SparkSession spark, JobOptions options) throws IOException, SQLException {
        try (AtomicOutput output = AtomicOutput.begin(spark.sparkContext().hadoopConfiguration(), options.output(),
                options.overwrite())) {
            ReferenceViews.register(spark);
            Dataset<Row> text = ExtractReader.read(spark, options);
            List<String> headers = Arrays.stream(text.columns()).filter(c -> !c.startsWith("_source_")).toList();
            try {
                Validator.requireKeyColumns(headers, options.uniqueKey());
            } catch (IllegalArgumentException e) {
                throw EngineException.refused(options.inputName() + ": " + e.getMessage());
            }
            List<String> columns = RawLoader.safeNames(headers);
            Dataset<Row> cached = cached(text, headers, columns, options.uniqueKey());
            cached.createOrReplaceTempView(RAW_VIEW);
            try {
                return aggregate(spark, runner(spark), new RawTable(RAW_VIEW, headers, columns, true, 0), options, output);
            } finally {
                spark.catalog().dropTempView(RAW_VIEW);
                spark.catalog().dropTempView(VALID_VIEW);
                spark.catalog().dropTempView(DATASET_VIEW);
                spark.catalog().dropTempView(FAILURES_VIEW);
                cached.unpersist();
            }
        }
    }

    private static Result aggregate(SparkSession spark, SqlRunner runner, RawTable raw, JobOptions options,
            AtomicOutput output) throws IOException, SQLException {
        Dialect sql = Dialect.SPARK;
        // One pass over the cached extract: rows per file split (for row numbers) and whether each column is numeric.
        List<Row> splits = RowNumbers.splitCounts(spark.table(raw.relation()), numericCounts(raw)).collectAsList();
        RowNumbers rowNumbers = RowNumbers.fromSplits(splits, FIRST_DATA_ROW);
        long rows = rowNumbers.rows();
        Map<String, Boolean> numeric = numericColumns(raw, splits);
        ColumnMapping mapping;
        try {
            mapping = ColumnMapping.resolve(raw.headers(), options.roles(), numeric::get);
            mapping.requireConsistent();
        } catch (IllegalArgumentException e) {
            throw EngineException.refused(options.inputName() + ": " + e.getMessage());
        }
        new PrivacyGuard(runner).check(options.inputName(), raw, options.roles());
        int lsoaVintage = lsoaVintage(runner, raw, mapping);

        List<ValidationSummary.RuleCheck> checks = ValidationSummary.checks(raw, mapping, lsoaVintage, options.uniqueKey(),
                options.today(), options.earliest());
        // The rules run once: the failing rows' positions are kept and give both the report and the valid rows.
        Dataset<Row> failures = ValidationSummary.failures(spark, raw, checks).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            ValidationSummary validation = ValidationSummary.compute(spark, options.input(), failures, checks, rowNumbers, rows,
                    options.maxErrorRate());
            LOG.info("{}", validation.describe());
            if (validation.exceedsLimit()) {
                throw new TooManyInvalidRowsException(validation.describe() + "\nNothing was written.");
            }
            QualityReport quality = new QualityAnalyzer(sql, runner).analyse(options.inputName(), raw, mapping, lsoaVintage,
                    options.today(), options.earliest());
            // Read ids are unique: the valid rows are the cache less the failing ids (an anti join, broadcast while they
            // are few), or the cache itself when every row passed.
            failures.createOrReplaceTempView(FAILURES_VIEW);
            spark.sql("SELECT * FROM " + raw.relation() + (validation.invalidRows() == 0 ? "" : " r LEFT ANTI JOIN " + FAILURES_VIEW
                    + " f ON r." + ExtractReader.READ_ID + " = f." + ExtractReader.READ_ID)).createOrReplaceTempView(VALID_VIEW);
            return aggregateValid(spark, runner, raw, mapping, lsoaVintage, options, output, validation, quality);
        } finally {
            failures.unpersist();
        }
    }

    /** Enriches the valid rows, aggregates them and writes the cube and the reports. */
    private static Result aggregateValid(SparkSession spark, SqlRunner runner, RawTable raw, ColumnMapping mapping, int lsoaVintage,
            JobOptions options, AtomicOutput output, ValidationSummary validation, QualityReport quality)
            throws IOException, SQLException {
        Dialect sql = Dialect.SPARK;
        RawTable valid = new RawTable(VALID_VIEW, raw.headers(), raw.columns(), true, 0);
        Dataset<Row> dataset = spark.sql(Enricher.select(sql, valid, mapping, lsoaVintage));
        dataset.createOrReplaceTempView(DATASET_VIEW);
        AggregationDefinition definition = resolveArea(runner, options.definition());
        List<String> stored = List.of(dataset.columns());
        for (String column : definition.columnsRead()) {
            if (!stored.contains(column)) {
                throw EngineException.refused("The extract has no column " + column + " after enrichment; its columns are " + stored);
            }
        }
        String cubeSql;
        try {
            cubeSql = new CubeSqlRenderer(sql).render(definition, DATASET_VIEW, sql.refTable("population_ethnicity"));
        } catch (IllegalArgumentException e) {
            throw EngineException.refused(e.getMessage());
        }
        Dataset<Row> cube = spark.sql(cubeSql);
        List<Column> order = new ArrayList<>();
        order.add(col("period_start").asc_nulls_last());
        definition.dimensions().forEach(d -> order.add(col(ExtractReader.quoted(d)).asc_nulls_last()));
        // The cube is small (aggregates); one sorted partition makes the single file the app imports.
        Dataset<Row> sorted = cube.repartition(1).sortWithinPartitions(order.toArray(Column[]::new)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long cubeRows = sorted.count();
            String format = options.outputFormat();
            output.writeSingleFile(sorted, format, format.equals("csv") ? CSV_OUTPUT : Map.of(), "cube." + format);
            output.writeText("quality.json", quality.toJson());
            output.writeText("quality.csv", quality.toCsv());
            output.writeText("validation.json", validation.toJson());
            output.commit();
            return new Result(output.target().toString(), cubeRows, validation, quality);
        } finally {
            sorted.unpersist();
        }
    }

    /** CSV as the DuckDB engine writes it: RFC 4180 quoting, values as they are, blanks for NULL. */
    private static final Map<String, String> CSV_OUTPUT = Map.of("header", "true", "escape", "\"", "nullValue", "",
            "dateFormat", "yyyy-MM-dd", "ignoreLeadingWhiteSpace", "false", "ignoreTrailingWhiteSpace", "false");

    /** Queries run through the SparkSession, rows returned as the engine's report code reads them. */
    private static SqlRunner runner(SparkSession spark) {
        return query -> spark.sql(query).collectAsList().stream().map(row -> {
            Object[] values = new Object[row.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
            }
            return values;
        }).toList();
    }

    /**
     * The extract under the engine's safe column names, cached: every later step reads it again. With
     * a unique key, each row also carries how many rows share its key ({@link Validator#KEY_ROWS}),
     * counted once here for the duplicate-key rule.
     */
    private static Dataset<Row> cached(Dataset<Row> text, List<String> headers, List<String> columns, List<String> uniqueKey) {
        List<Column> select = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            select.add(col(ExtractReader.quoted(headers.get(i))).as(columns.get(i)));
        }
        if (!uniqueKey.isEmpty()) {
            select.add(expr(Validator.keyRows(uniqueKey.stream().map(Dialect.SPARK::quote).toList())).as(Validator.KEY_ROWS));
        }
        select.add(col(ExtractReader.FILE));
        select.add(col(ExtractReader.SPLIT));
        select.add(col(ExtractReader.READ_ID));
        return text.select(select.toArray(Column[]::new)).persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Per column, its values and its numeric values: the engine's test for guessing outcome columns, as split aggregates. */
    private static List<Column> numericCounts(RawTable raw) {
        List<Column> counts = new ArrayList<>();
        for (String column : raw.columns()) {
            String c = Dialect.SPARK.quote(column);
            counts.add(expr("count(" + c + ")"));
            counts.add(expr("count(" + Dialect.SPARK.toDouble(c) + ")"));
        }
        return counts;
    }

    /** Which columns hold only numbers, from the split rows of {@link #numericCounts}, which follow rows, first id and the file's keys. */
    private static Map<String, Boolean> numericColumns(RawTable raw, List<Row> splits) {
        Map<String, Boolean> numeric = new HashMap<>();
        int first = splits.isEmpty() ? 0 : splits.get(0).fieldIndex("first_id") + 1;
        for (int i = 0; i < raw.columns().size(); i++) {
            long values = 0;
            long numbers = 0;
            for (Row split : splits) {
                values += split.getLong(first + 2 * i);
                numbers += split.getLong(first + 2 * i + 1);
            }
            numeric.put(raw.headers().get(i), values > 0 && values == numbers);
        }
        return numeric;
    }

    /** 2011 or 2021, as the engine decides it: declared by the role, else whichever boundary set holds more of the codes. */
    private static int lsoaVintage(SqlRunner runner, RawTable raw, ColumnMapping mapping) throws SQLException {
        var header = mapping.lsoaColumn();
        if (header.isEmpty()) {
            return 2021;
        }
        ColumnRole role = mapping.roles().get(header.get());
        if (role == ColumnRole.LSOA11 || role == ColumnRole.LSOA21) {
            return role == ColumnRole.LSOA11 ? 2011 : 2021;
        }
        Dialect sql = Dialect.SPARK;
        String code = "upper(" + sql.quote(raw.column(header.get())) + ")";
        Object[] counts = runner.query("SELECT count(*) FILTER (WHERE i.lsoa_vintage = 2011), count(*) FILTER (WHERE i.lsoa_vintage = 2021) "
                + "FROM (SELECT DISTINCT " + code + " AS code FROM " + raw.relation() + ") d JOIN " + sql.refTable("imd_lsoa")
                + " i ON i.lsoa_code = d.code").get(0);
        return ((Number) counts[0]).longValue() > ((Number) counts[1]).longValue() ? 2011 : 2021;
    }

    /** An ICB may be named by its ODS code (e.g. QMF); the population table uses ONS codes, as in the engine. */
    private static AggregationDefinition resolveArea(SqlRunner runner, AggregationDefinition definition) throws SQLException {
        if (!(definition.denominator() instanceof Denominator.Population p)) {
            return definition;
        }
        Dialect sql = Dialect.SPARK;
        List<Object[]> found = runner.query("SELECT area_code FROM " + sql.refTable("areas") + " WHERE area_code = "
                + sql.literal(p.areaCode()) + " OR area_code_nhs = " + sql.literal(p.areaCode().toUpperCase(java.util.Locale.ROOT))
                + " UNION SELECT area_code FROM " + sql.refTable("population_ethnicity") + " WHERE area_type = "
                + sql.literal(p.areaType()) + " AND area_code = " + sql.literal(p.areaCode()));
        if (found.isEmpty()) {
            throw EngineException.notFound("No " + p.areaType() + " with code " + p.areaCode() + " in the Census 2021 population table");
        }
        return definition.withDenominator(new Denominator.Population(p.areaType(), (String) found.get(0)[0]));
    }
}
