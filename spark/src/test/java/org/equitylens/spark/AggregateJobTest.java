package org.equitylens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.Progress;
import org.equitylens.engine.generate.Generator;
import org.equitylens.engine.generate.GeneratorOptions;
import org.equitylens.engine.generate.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job as spark-submit runs it: {@code main} with a command line, on small files. */
class AggregateJobTest {

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path faults;

    @BeforeAll
    static void start() {
        // main() picks up this SparkSession, as it picks up the cluster's under spark-submit or Databricks.
        spark = LocalSpark.start("AggregateJobTest");
        faults = dir.resolve("faults.csv");
        new Generator(GeneratorOptions.of(Scenario.QUALITY_FAULTS, 5_000, 3)).write(faults, Progress.NONE);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void mainWritesTheCubeAndReportsWhole() throws Exception {
        Path out = dir.resolve("cube");

        AggregateJob.main(new String[] {"--input", faults.toString(), "--output", out.toString(), "--output-format", "csv",
                "--today", "2026-01-01", "--max-error-rate", "0.05", "--grain", "quarter", "--dimensions", "ethnic_group,site"});

        assertThat(names(out)).containsExactly("_SUCCESS", "cube.csv", "quality.csv", "quality.json", "validation.json");
        List<String> cube = Files.readAllLines(out.resolve("cube.csv"));
        assertThat(cube.get(0)).isEqualTo("period_start,ethnic_group,site,numerator,denominator");
        assertThat(cube.get(1)).matches("2022-04-01,ASIAN,East,\\d+,\\d+");
        long counted = cube.stream().skip(1).mapToLong(line -> Long.parseLong(line.split(",")[3])).sum();
        String validation = Files.readString(out.resolve("validation.json"));
        long invalid = Long.parseLong(validation.replaceAll(".*\"invalid_rows\":(\\d+).*", "$1"));
        assertThat(invalid).isPositive();
        assertThat(counted).isEqualTo(5_000 - invalid);
        assertThat(validation).contains("\"rule\":\"ETHNIC_CATEGORY_CODE\"", "\"first_rows\":[");
        assertThat(Files.readString(out.resolve("quality.json"))).startsWith("{\"dataset\":\"faults.csv\",\"rows\":5000,");
        assertThat(names(dir)).noneMatch(name -> name.contains("staging"));

        // Read back the way the app would: the cube alone, by name.
        assertThat(spark.read().option("header", "true").csv(out.resolve("cube.csv").toString()).count()).isEqualTo(cube.size() - 1);
    }

    @Test
    void tooManyInvalidRowsStopsTheJobBeforeAnythingIsWritten() throws IOException {
        Path out = dir.resolve("refused");

        assertThatThrownBy(() -> AggregateJob.main(new String[] {"--input", faults.toString(), "--output", out.toString(),
                "--today", "2026-01-01", "--max-error-rate", "0.001"}))
                .isInstanceOf(AggregateJob.TooManyInvalidRowsException.class)
                .hasMessageContaining("rows invalid")
                .hasMessageContaining("[ETHNIC_CATEGORY_CODE]")
                .hasMessageContaining("Nothing was written")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("value \""));

        assertThat(out).doesNotExist();
        assertThat(names(dir)).noneMatch(name -> name.contains("staging"));
    }

    @Test
    void rowsSharingADeclaredUniqueKeyAreInvalidAndCountTowardTheLimit() throws Exception {
        StringBuilder csv = new StringBuilder("person_id,event_date,ethnic_category,site\n");
        for (int p = 1; p <= 8; p++) {
            csv.append("P").append(p).append(",2024-01-0").append(p).append(",A,North\n");
        }
        csv.append("P9,2024-01-09,A,North\nP9,2024-01-09,B,South\n");
        Path extract = dir.resolve("repeated.csv");
        Files.writeString(extract, csv);
        String[] job = {"--input", extract.toString(), "--output", "", "--today", "2026-01-01", "--unique", "person_id,event_date",
                "--output-format", "csv", "--max-error-rate", ""};

        // 2 of 10 rows share a key: 20% invalid.
        Path refused = dir.resolve("repeated-refused");
        assertThatThrownBy(() -> AggregateJob.main(with(job, refused, "0.15")))
                .isInstanceOf(AggregateJob.TooManyInvalidRowsException.class)
                .hasMessageContaining("2 of 10 rows invalid")
                .hasMessageContaining("row 10 (and 1 more: [10, 11]), column person_id+event_date")
                .hasMessageContaining("[DUPLICATE_KEY]")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("P9"));
        assertThat(refused).doesNotExist();

        Path out = dir.resolve("repeated-cube");
        AggregateJob.main(with(job, out, "0.25"));
        String validation = Files.readString(out.resolve("validation.json"));
        assertThat(validation).contains("\"invalid_rows\":2", "\"column\":\"person_id+event_date\",\"rule\":\"DUPLICATE_KEY\"",
                "\"first_rows\":[10, 11]").doesNotContain("P9");
        assertThat(Files.readAllLines(out.resolve("cube.csv"))).containsExactly("period_start,numerator,denominator",
                "2024-01-01,8,8");

        assertThatThrownBy(() -> AggregateJob.main(new String[] {"--input", extract.toString(), "--output",
                dir.resolve("no-key").toString(), "--unique", "nhs_number"}))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("unique key column 'nhs_number' is not in the file");
    }

    /** The job's command line with its output and error limit filled in. */
    private static String[] with(String[] job, Path output, String maxErrorRate) {
        String[] args = job.clone();
        args[3] = output.toString();
        args[args.length - 1] = maxErrorRate;
        return args;
    }

    @Test
    void anExtractHoldingNhsNumbersIsRefused() throws IOException {
        Path extract = dir.resolve("identifiable.csv");
        Files.writeString(extract, "nhs_no,event_date,ethnic_category\n9434765919,2024-01-05,A\n4010232137,2024-02-05,B\n");
        Path out = dir.resolve("identifiable-cube");

        assertThatThrownBy(() -> AggregateJob.main(new String[] {"--input", extract.toString(), "--output", out.toString()}))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("Pseudonymise first")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("9434765919"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadCommandLineIsRefusedWithItsReason() {
        assertThatThrownBy(() -> AggregateJob.main(new String[] {"--input", faults.toString()}))
                .isInstanceOf(JobOptions.UsageException.class)
                .hasMessageContaining("--output");
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc")).sorted().toList();
        }
    }
}
