package org.equitylens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.equitylens.engine.cube.AggregationDefinition;
import org.equitylens.engine.cube.Condition;
import org.equitylens.engine.cube.Denominator;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.cube.Numerator;
import org.equitylens.engine.importer.ColumnRole;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void readsEveryOption() {
        JobOptions options = JobOptions.parse("--input", "s3a://bucket/extract/*.csv", "--input-format", "CSV",
                "--delimiter", "tab", "--encoding", "windows-1252", "--map", "ETHNIC_CATEGORY_CODE=ethnic_category",
                "--map", "ward=dimension", "--unique", "person_id, event_date", "--today", "2025-03-31", "--earliest", "2000-01-01",
                "--grain", "financial-year", "--dimensions", "ethnic_group_census, sex", "--numerator", "persons",
                "--denominator", "population:ICB:QMF", "--value", "length_of_stay_days", "--filter", "site=North|South",
                "--output", "abfss://c@a.dfs.core.windows.net/cubes/mha", "--output-format", "csv", "--overwrite",
                "--max-error-rate", "0.01");

        assertThat(options.input()).isEqualTo("s3a://bucket/extract/*.csv");
        assertThat(options.inputName()).isEqualTo("*.csv");
        assertThat(options.inputFormat()).isEqualTo("csv");
        assertThat(options.csvDelimiter()).contains("\t");
        assertThat(options.csvEncoding()).contains("windows-1252");
        assertThat(options.uniqueKey()).containsExactly("person_id", "event_date");
        assertThat(options.roles()).isEqualTo(Map.of("ETHNIC_CATEGORY_CODE", ColumnRole.ETHNIC_CATEGORY, "ward", ColumnRole.DIMENSION));
        assertThat(options.today()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(options.earliest()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(options.definition()).isEqualTo(new AggregationDefinition(Grain.FINANCIAL_YEAR, List.of("ethnic_group_census", "sex"),
                new Numerator.DistinctPersons(), new Denominator.Population("ICB", "QMF"), Optional.of("length_of_stay_days"),
                List.of(Condition.parse("site=North|South"))));
        assertThat(options.outputFormat()).isEqualTo("csv");
        assertThat(options.overwrite()).isTrue();
        assertThat(options.maxErrorRate()).isEqualTo(0.01);
    }

    @Test
    void defaultsAreStrictAndSimple() {
        JobOptions options = JobOptions.parse("--input", "/data/extract.parquet", "--output", "/data/cube");

        assertThat(options.inputFormat()).isEqualTo("parquet");
        assertThat(options.outputFormat()).isEqualTo("parquet");
        // The CSV format is detected unless declared, and no key is unique unless declared.
        assertThat(options.csvDelimiter()).isEmpty();
        assertThat(options.csvEncoding()).isEmpty();
        assertThat(options.uniqueKey()).isEmpty();
        assertThat(options.overwrite()).isFalse();
        assertThat(options.maxErrorRate()).isZero();
        assertThat(options.today()).isEqualTo(LocalDate.now());
        assertThat(options.definition()).isEqualTo(AggregationDefinition.rowsBy(Grain.MONTH, List.of()));
    }

    @Test
    void refusesWhatItCannotUnderstand() {
        assertThatThrownBy(() -> JobOptions.parse("--output", "/o")).hasMessageContaining("--input");
        assertThatThrownBy(() -> JobOptions.parse("--input", "/i.csv", "--output", "/o", "--colour", "red"))
                .hasMessageContaining("Unknown option: --colour");
        assertThatThrownBy(() -> JobOptions.parse("--input", "/data/extract", "--output", "/o"))
                .hasMessageContaining("--input-format");
        assertThatThrownBy(() -> JobOptions.parse("--input", "/i.csv", "--output", "/o", "--max-error-rate", "5"))
                .hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> JobOptions.parse("--input", "/i.csv", "--output", "/o", "--map", "lsoa"))
                .hasMessageContaining("<header>=<role>");
        assertThatThrownBy(() -> JobOptions.parse("--input", "/i.csv", "--output", "/o", "--map", "x=colour"))
                .hasMessageContaining("unknown column role");
        assertThatThrownBy(() -> JobOptions.parse("--input", "/i.csv", "--output", "/o", "--denominator", "everyone"))
                .hasMessageContaining("denominator must be");
        assertThatThrownBy(() -> JobOptions.parse("--input", "/i.csv", "--output", "/o", "--today", "31/03/2025"))
                .hasMessageContaining("yyyy-MM-dd");
        assertThatThrownBy(() -> JobOptions.parse("--input", "/i.csv", "--input", "/j.csv", "--output", "/o"))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> JobOptions.parse("--input", "--output", "/o")).hasMessageContaining("needs a value");
    }
}
