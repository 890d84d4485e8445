package org.equitylens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start("AtomicOutputTest");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void committedOutputHoldsEveryFileAndNoStaging() throws IOException {
        Path target = dir.resolve("cube");
        try (AtomicOutput output = begin(target, false)) {
            output.writeSingleFile(numbers(), "csv", Map.of("header", "true"), "cube.csv");
            output.writeText("quality.json", "{}");
            assertThat(target).doesNotExist();
            output.commit();
        }

        assertThat(names(target)).containsExactly("_SUCCESS", "cube.csv", "quality.json");
        assertThat(Files.readAllLines(target.resolve("cube.csv"))).containsExactly("n", "1", "2", "3");
        assertThat(names(dir)).containsExactly("cube");
    }

    @Test
    void failureBeforeCommitLeavesNothing() throws IOException {
        Path target = dir.resolve("cube");
        assertThatThrownBy(() -> {
            try (AtomicOutput output = begin(target, false)) {
                output.writeSingleFile(numbers(), "parquet", Map.of(), "cube.parquet");
                throw new IllegalStateException("the job failed after writing part of its output");
            }
        }).isInstanceOf(IllegalStateException.class);

        assertThat(names(dir)).isEmpty();
    }

    @Test
    void existingOutputIsRefusedUnlessOverwriting() throws IOException {
        Path target = dir.resolve("cube");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.csv"), "old");

        assertThatThrownBy(() -> begin(target, false)).isInstanceOf(AtomicOutput.OutputExistsException.class)
                .hasMessageContaining("--overwrite");

        try (AtomicOutput output = begin(target, true)) {
            output.writeText("quality.json", "{}");
            output.commit();
        }
        assertThat(names(target)).containsExactly("_SUCCESS", "quality.json");
        assertThat(names(dir)).containsExactly("cube");
    }

    private static AtomicOutput begin(Path target, boolean overwrite) throws IOException {
        return AtomicOutput.begin(spark.sparkContext().hadoopConfiguration(), target.toString(), overwrite);
    }

    private static Dataset<Row> numbers() {
        return spark.sql("SELECT id AS n FROM range(1, 4)").repartition(1).sortWithinPartitions("n");
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc")).sorted().toList();
        }
    }
}
