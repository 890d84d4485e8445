package org.equitylens.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.equitylens.engine.Progress;
import org.equitylens.engine.cube.AggregationDefinition;
import org.equitylens.engine.cube.Condition;
import org.equitylens.engine.cube.Cube;
import org.equitylens.engine.cube.Denominator;
import org.equitylens.engine.cube.Aggregator;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.cube.Numerator;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.store.EngineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        new Generator(GeneratorOptions.of(Scenario.MHA, 120_000, 7)).write(a, Progress.NONE);
        new Generator(GeneratorOptions.of(Scenario.MHA, 120_000, 7)).write(b, Progress.NONE);
        new Generator(GeneratorOptions.of(Scenario.MHA, 120_000, 8)).write(c, Progress.NONE);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1);
        assertThat(Files.mismatch(a, c)).isNotEqualTo(-1);
        assertThat(Files.readAllLines(a)).hasSize(120_001);
    }

    @Test
    void mhaRatesShowThePublishedEthnicAndDeprivationGaps() throws Exception {
        Path file = dir.resolve("mha.csv");
        new Generator(GeneratorOptions.of(Scenario.MHA, 200_000, 1)).write(file, Progress.NONE);
        try (EngineStore store = EngineStore.open(dir.resolve("data"))) {
            new Importer(store, Progress.NONE).importFile(file, ImportOptions.named("mha").withToday(LocalDate.of(2026, 1, 1)));
            Cube byGroup = new Aggregator(store).aggregate("mha", AggregationDefinition
                    .rowsBy(Grain.YEAR, List.of("ethnic_group_census"))
                    .withDenominator(new Denominator.Population("ICB", "QMF")));
            double black = rate(byGroup, "BLACK");
            double white = rate(byGroup, "WHITE");
            assertThat(black / white).isBetween(2.8, 4.2);
            Cube byDecile = new Aggregator(store).aggregate("mha", AggregationDefinition.rowsBy(Grain.YEAR, List.of("imd_decile")));
            assertThat(byDecile.totalNumerator()).isEqualTo(200_000);
        }
    }

    @Test
    void screeningUptakeFallsWithDeprivation() throws Exception {
        Path file = dir.resolve("screening.parquet");
        new Generator(GeneratorOptions.of(Scenario.SCREENING, 100_000, 3).withArea("E08000025")).write(file, Progress.NONE);
        try (EngineStore store = EngineStore.open(dir.resolve("data"))) {
            new Importer(store, Progress.NONE).importFile(file, ImportOptions.named("screening").withToday(LocalDate.of(2026, 1, 1)));
            Cube cube = new Aggregator(store).aggregate("screening", AggregationDefinition
                    .rowsBy(Grain.FINANCIAL_YEAR, List.of("imd_quintile"))
                    .withNumerator(new Numerator.RowsWhere(Condition.parse("screened=1"))));
            double most = uptake(cube, "1");
            double least = uptake(cube, "5");
            assertThat(most).isBetween(0.50, 0.65);
            assertThat(least).isBetween(0.62, 0.80);
            assertThat(least).isGreaterThan(most + 0.08);
        }
    }

    private static double rate(Cube cube, String group) {
        long num = 0;
        long den = 0;
        for (int i = 0; i < cube.size(); i++) {
            if (group.equals(cube.dimensionValue(i, 0))) {
                num += cube.numerator(i);
                den += cube.denominator(i);
            }
        }
        return (double) num / den;
    }

    private static double uptake(Cube cube, String quintile) {
        long num = 0;
        long den = 0;
        for (int i = 0; i < cube.size(); i++) {
            if (quintile.equals(cube.dimensionValue(i, 0))) {
                num += cube.numerator(i);
                den += cube.denominator(i);
            }
        }
        return (double) num / den;
    }
}
