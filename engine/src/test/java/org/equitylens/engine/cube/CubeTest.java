package org.equitylens.engine.cube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.Progress;
import org.equitylens.engine.generate.Generator;
import org.equitylens.engine.generate.GeneratorOptions;
import org.equitylens.engine.generate.Scenario;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.store.EngineStore;
import org.equitylens.engine.store.RefData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CubeTest {

    @TempDir
    static Path dir;
    static EngineStore store;
    static Aggregator aggregator;
    static final long ROWS = 30_000;

    @BeforeAll
    static void load() throws Exception {
        Path file = dir.resolve("mha.csv");
        new Generator(GeneratorOptions.of(Scenario.MHA, ROWS, 4)).write(file, Progress.NONE);
        store = EngineStore.open(dir.resolve("data"));
        new Importer(store, Progress.NONE).importFile(file, ImportOptions.named("mha").withToday(LocalDate.of(2026, 1, 1)));
        aggregator = new Aggregator(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void cubeTotalsEqualRowCountsAtEveryGrain() {
        for (Grain grain : Grain.values()) {
            Cube cube = aggregator.aggregate("mha", AggregationDefinition.rowsBy(grain, List.of("ethnic_category", "imd_decile", "site")));
            assertThat(cube.totalNumerator()).as(grain.name()).isEqualTo(ROWS);
            assertThat(cube.totalDenominator()).as(grain.name()).isEqualTo(ROWS);
        }
        Cube byMonth = aggregator.aggregate("mha", AggregationDefinition.rowsBy(Grain.MONTH, List.of()));
        assertThat(byMonth.size()).isEqualTo(36);
        assertThat(byMonth.periodStart(0)).isEqualTo(LocalDate.of(2022, 4, 1));
        Cube byYear = aggregator.aggregate("mha", AggregationDefinition.rowsBy(Grain.FINANCIAL_YEAR, List.of()));
        assertThat(byYear.size()).isEqualTo(3);
        assertThat(byYear.periodStart(2)).isEqualTo(LocalDate.of(2024, 4, 1));
        Cube byQuarter = aggregator.aggregate("mha", AggregationDefinition.rowsBy(Grain.QUARTER, List.of()));
        assertThat(byQuarter.periodStart(1)).isEqualTo(LocalDate.of(2022, 7, 1));
    }

    @Test
    void distinctPersonsConditionsFiltersAndValueSums() throws Exception {
        AggregationDefinition def = new AggregationDefinition(Grain.YEAR, List.of("sex"), new Numerator.RowsWhere(Condition.parse("section=136")),
                new Denominator.DistinctPersons(), Optional.of("length_of_stay_days"), List.of(Condition.parse("site=North|South")));
        Cube cube = aggregator.aggregate("mha", def);
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE section = '136'), count(DISTINCT person_id), "
                     + "sum(length_of_stay_days) FILTER (WHERE section = '136') FROM "
                     + new org.equitylens.engine.store.DatasetCatalogue(store.connection()).require("mha").table()
                     + " WHERE site IN ('North', 'South') AND year(event_date) = 2023 AND sex = 'F'")) {
            rs.next();
            int row = cube.find(LocalDate.of(2023, 1, 1), "F").orElseThrow();
            assertThat(cube.numerator(row)).isEqualTo(rs.getLong(1));
            assertThat(cube.denominator(row)).isEqualTo(rs.getLong(2));
            assertThat(cube.valueSum(row).getAsDouble()).isEqualTo(rs.getDouble(3));
            assertThat(cube.valueSumSq(row)).isPresent();
        }
    }

    @Test
    void populationDenominatorIsTheCensusCountOfTheArea() {
        Cube cube = aggregator.aggregate("mha", AggregationDefinition.rowsBy(Grain.FINANCIAL_YEAR, List.of("ethnic_category"))
                .withDenominator(new Denominator.Population("ICB", "QMF")));
        long census = RefData.readSimpleCsv("population_ethnicity_census2021.csv").stream()
                .filter(r -> r[0].equals("ICB") && r[1].equals("E54000029") && r[2].equals("M"))
                .mapToLong(r -> Long.parseLong(r[4])).sum();
        int row = cube.find(LocalDate.of(2023, 4, 1), "M").orElseThrow();
        assertThat(cube.denominator(row)).isEqualTo(census).isPositive();
        // Every Census category appears in every year, with zero when there were no events.
        assertThat(cube.size()).isEqualTo(3 * 16);
        assertThatThrownBy(() -> aggregator.aggregate("mha", AggregationDefinition.rowsBy(Grain.YEAR, List.of("site"))
                .withDenominator(new Denominator.Population("ICB", "QMF"))))
                .isInstanceOf(EngineException.class).hasMessageContaining("can only be split by");
    }

    @Test
    void cubeFilesAreSortedAndTheSameInCsvAndParquet() throws Exception {
        AggregationDefinition def = AggregationDefinition.rowsBy(Grain.QUARTER, List.of("imd_decile", "ethnic_group"));
        Path csv = dir.resolve("cube.csv");
        Path parquet = dir.resolve("cube.parquet");
        long rows = aggregator.write("mha", def, csv);
        assertThat(aggregator.write("mha", def, parquet)).isEqualTo(rows);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("period_start,imd_decile,ethnic_group,numerator,denominator");
        assertThat(lines).hasSize((int) rows + 1);
        assertThat(lines.subList(1, lines.size())).isSortedAccordingTo((a, b) -> {
            String[] x = a.split(",", -1);
            String[] y = b.split(",", -1);
            int c = x[0].compareTo(y[0]);
            return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        });
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT * FROM read_csv('" + csv + "') EXCEPT SELECT * FROM '"
                     + parquet + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void definitionsRenderToPortableSqlWithTheDialectIsolated() {
        SqlDialect backticks = new SqlDialect() {
            @Override
            public String quote(String identifier) {
                return '`' + identifier + '`';
            }

            @Override
            public String literal(String value) {
                return '\'' + value.replace("'", "\\'") + '\'';
            }

            @Override
            public String periodStart(Grain grain, String date) {
                return "trunc(" + date + ", 'MM')";
            }
        };
        String sql = new CubeSqlRenderer(backticks).render(AggregationDefinition.rowsBy(Grain.MONTH, List.of("site"))
                .withNumerator(new Numerator.RowsWhere(Condition.parse("detained=1"))), "extract", "population");
        assertThat(sql).isEqualTo("SELECT trunc(`event_date`, 'MM') AS `period_start`, `site`, "
                + "CAST(sum(CASE WHEN `detained` = '1' THEN 1 ELSE 0 END) AS BIGINT) AS `numerator`, "
                + "CAST(count(*) AS BIGINT) AS `denominator` FROM extract WHERE `event_date` IS NOT NULL GROUP BY 1, 2 "
                + "ORDER BY 1 ASC NULLS LAST, 2 ASC NULLS LAST");
    }

    @Test
    void unknownColumnsAndDatasetsAreClearErrors() {
        assertThatThrownBy(() -> aggregator.aggregate("mha", AggregationDefinition.rowsBy(Grain.MONTH, List.of("postcode"))))
                .isInstanceOf(EngineException.class).hasMessageContaining("has no column postcode");
        assertThatThrownBy(() -> aggregator.aggregate("nope", AggregationDefinition.rowsBy(Grain.MONTH, List.of())))
                .isInstanceOf(EngineException.class).hasMessageContaining("No dataset named 'nope'");
    }
}
