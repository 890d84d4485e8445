package org.equitylens.spark;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.equitylens.engine.Text;
import org.equitylens.engine.importer.ColumnMapping;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.importer.RawTable;
import org.equitylens.engine.sql.Dialect;
import org.equitylens.engine.validation.ValidationIssue;
import org.equitylens.engine.validation.Validator;

/**
 * The engine's validation rules applied to every row of the extract on the cluster, counted by file,
 * column and rule, with the first few row numbers of each: enough to find the rows in the source
 * system, and never the values themselves (at national scale the report travels further than the data).
 *
 * @param input the input as given
 * @param rows data rows read
 * @param invalidRows rows failing at least one rule
 * @param issues per file, column and rule: count and first row numbers, in column and rule order
 * @param maxErrorRate the configured limit
 */
record ValidationSummary(String input, long rows, long invalidRows, List<ValidationIssue> issues, double maxErrorRate) {

    static final int SAMPLE_ROWS = 5;

    ValidationSummary {
        issues = List.copyOf(issues);
    }

    /** One rule on one column, for the job to test each row against. */
    record RuleCheck(String header, org.equitylens.engine.validation.Rule rule, String failsWhen) {
    }

    /**
     * Every rule for every mapped column, in Spark SQL over {@code raw}'s columns, then the
     * duplicate-key rule over its {@link Validator#KEY_ROWS} column when a unique key is declared.
     */
    static List<RuleCheck> checks(RawTable raw, ColumnMapping mapping, int lsoaVintage, List<String> uniqueKey, LocalDate today,
            LocalDate earliest) {
        List<RuleCheck> checks = new ArrayList<>();
        for (Map.Entry<String, ColumnRole> e : mapping.roles().entrySet()) {
            Validator.Column column = Validator.Column.of(Dialect.SPARK, Dialect.SPARK.quote(raw.column(e.getKey())), lsoaVintage);
            for (Validator.Check check : Validator.checks(Dialect.SPARK, e.getValue(), column, today, earliest)) {
                checks.add(new RuleCheck(e.getKey(), check.rule(), check.failsWhen()));
            }
        }
        if (!uniqueKey.isEmpty()) {
            Validator.Check duplicate = Validator.duplicateKey(Dialect.SPARK.quote(Validator.KEY_ROWS));
            checks.add(new RuleCheck(Validator.keyColumnName(uniqueKey), duplicate.rule(), duplicate.failsWhen()));
        }
        return checks;
    }

    /**
     * The rows failing any check: their position columns and {@code failed}, the indexes in
     * {@code checks} of the checks they fail. Every rule is evaluated here, once per row.
     */
    static Dataset<Row> failures(SparkSession spark, RawTable raw, List<RuleCheck> checks) {
        // array_compact, not filter(…): Spark allows the LSOA rule's subquery in a plain function, not in a lambda.
        String failed = checks.isEmpty() ? "CAST(array() AS ARRAY<INT>)" : "array_compact(array("
                + IntStream.range(0, checks.size())
                        .mapToObj(i -> "CASE WHEN coalesce(" + checks.get(i).failsWhen() + ", false) THEN " + i + " END")
                        .collect(Collectors.joining(", ")) + "))";
        return spark.sql("SELECT " + POSITIONS + ", " + failed + " AS failed FROM " + raw.relation()).where("size(failed) > 0");
    }

    private static final String POSITIONS = String.join(", ", ExtractReader.FILE, ExtractReader.SPLIT, ExtractReader.READ_ID);

    /** The summary of {@link #failures} (persisted by the caller, who reads it again), by file and check. */
    static ValidationSummary compute(SparkSession spark, String input, Dataset<Row> failures, List<RuleCheck> checks,
            RowNumbers rowNumbers, long rows, double maxErrorRate) {
        long invalidRows = checks.isEmpty() ? 0 : failures.count();
        if (invalidRows == 0) {
            return new ValidationSummary(input, rows, 0, List.of(), maxErrorRate);
        }
        Dataset<Row> exploded = failures.selectExpr(ExtractReader.FILE, ExtractReader.SPLIT, ExtractReader.READ_ID,
                "explode(failed) AS check");
        exploded.createOrReplaceTempView("extract_failed_checks");
        try {
            List<Row> counts = spark.sql("SELECT " + ExtractReader.FILE + ", check, count(*) AS n FROM extract_failed_checks GROUP BY 1, 2")
                    .collectAsList();
            List<Row> samples = spark.sql("SELECT " + POSITIONS + ", check FROM (SELECT *, row_number() OVER (PARTITION BY "
                    + ExtractReader.FILE + ", check ORDER BY " + ExtractReader.SPLIT + ", " + ExtractReader.READ_ID
                    + ") AS k FROM extract_failed_checks) WHERE k <= " + SAMPLE_ROWS).collectAsList();
            Map<String, List<Long>> sampleRows = new LinkedHashMap<>();
            for (Row s : samples) {
                long row = rowNumbers.rowNumber(s.getString(0), s.getLong(1), s.getLong(2));
                sampleRows.computeIfAbsent(s.getString(0) + "\n" + s.getInt(3), k -> new ArrayList<>()).add(row);
            }
            List<ValidationIssue> issues = new ArrayList<>();
            counts.stream()
                    .sorted(Comparator.<Row, String>comparing(r -> r.getString(0)).thenComparingInt(r -> r.getInt(1)))
                    .forEach(r -> {
                        RuleCheck check = checks.get(r.getInt(1));
                        List<Long> first = sampleRows.get(r.getString(0) + "\n" + r.getInt(1)).stream().sorted().toList();
                        issues.add(new ValidationIssue(fileName(r.getString(0)), check.header(), check.rule(), null, r.getLong(2), first));
                    });
            return new ValidationSummary(input, rows, invalidRows, issues, maxErrorRate);
        } finally {
            spark.catalog().dropTempView("extract_failed_checks");
        }
    }

    double errorRate() {
        return rows == 0 ? 0 : (double) invalidRows / rows;
    }

    boolean exceedsLimit() {
        return errorRate() > maxErrorRate;
    }

    /** For logs and the error message: counts, rules and row numbers, no values. */
    String describe() {
        StringBuilder s = new StringBuilder(input).append(": ").append(invalidRows).append(" of ").append(rows)
                .append(" rows invalid (").append(percent(errorRate())).append("; limit ").append(percent(maxErrorRate)).append(')');
        issues.forEach(i -> s.append("\n  ").append(i.describe()));
        return s.toString();
    }

    String toJson() {
        return "{\"input\":" + Text.jsonString(input) + ",\"rows\":" + rows + ",\"invalid_rows\":" + invalidRows
                + ",\"error_rate\":" + errorRate() + ",\"max_error_rate\":" + maxErrorRate + ",\"issues\":["
                + issues.stream().map(i -> "{\"file\":" + Text.jsonString(i.file()) + ",\"column\":" + Text.jsonString(i.column()) + ",\"rule\":"
                        + Text.jsonString(i.rule().name()) + ",\"description\":" + Text.jsonString(i.rule().description()) + ",\"rows\":" + i.count()
                        + ",\"first_rows\":" + i.rows() + "}").collect(Collectors.joining(",")) + "]}";
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.4f%%", 100 * rate);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
