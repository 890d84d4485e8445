package org.equitylens.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowNumbersTest {

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start("RowNumbersTest");
        // Tiny splits, so that each file is read as several splits by different tasks.
        spark.conf().set("spark.sql.files.maxPartitionBytes", "4096");
        spark.conf().set("spark.sql.files.openCostInBytes", "0");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void rowNumbersMatchTheLinesOfEveryFileAcrossSplits() throws IOException {
        Path input = Files.createDirectories(dir.resolve("extract"));
        writeCsv(input.resolve("a.csv"), 3000);
        writeCsv(input.resolve("b.csv"), 1700);
        JobOptions options = JobOptions.parse("--input", input.toString(), "--input-format", "csv",
                "--output", dir.resolve("out").toString());

        Dataset<Row> rows = ExtractReader.read(spark, options);
        assertThat(rows.rdd().getNumPartitions()).isGreaterThan(4);
        RowNumbers numbers = RowNumbers.fromSplits(RowNumbers.splitCounts(rows).collectAsList(), 2);

        // Each data row holds its own line number, so every computed row number can be checked.
        List<Row> sample = rows.where(col("line").cast("long").mod(37).equalTo(0)).collectAsList();
        assertThat(sample).hasSize(3000 / 37 + 1700 / 37);
        for (Row row : sample) {
            long computed = numbers.rowNumber(row.getAs(ExtractReader.FILE), row.<Long>getAs(ExtractReader.SPLIT),
                    row.<Long>getAs(ExtractReader.READ_ID));
            assertThat(computed).isEqualTo(Long.parseLong(row.getAs("line")));
        }
        assertThat(numbers.files()).isEqualTo(2);
    }

    @Test
    void valuesAreTrimmedBlanksAreMissingAndAByteOrderMarkIsDropped() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.writeString(file, "\uFEFFethnic_category;site\n A ;  \n;X1\n");
        JobOptions options = JobOptions.parse("--input", file.toString(), "--delimiter", ";",
                "--output", dir.resolve("out").toString());

        Dataset<Row> rows = ExtractReader.read(spark, options);

        assertThat(rows.columns()).startsWith("ethnic_category", "site");
        assertThat(rows.select("ethnic_category", "site").collectAsList().stream().map(Row::toString).toList())
                .containsExactly("[A,null]", "[null,X1]");
    }

    private static void writeCsv(Path file, int rows) throws IOException {
        String body = IntStream.rangeClosed(1, rows)
                .mapToObj(i -> (i + 1) + ",some padding to make the file span several splits")
                .collect(Collectors.joining("\n", "line,padding\n", "\n"));
        Files.writeString(file, body);
    }
}
