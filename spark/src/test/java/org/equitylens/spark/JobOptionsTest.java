package org.equitylens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void readsEveryOption() {
        JobOptions options = JobOptions.parse("--input", "s3a://bucket/extract/*.csv", "--input-format", "CSV",
                "--delimiter", "tab", "--encoding", "windows-1252", "--column", "ethnic_category=ETHNIC_CATEGORY_CODE",
                "--column", "lsoa=LSOA21CD", "--output", "abfss://c@a.dfs.core.windows.net/cubes/mha",
                "--output-format", "csv", "--overwrite", "--max-error-rate", "0.01");

        assertThat(options.input()).isEqualTo("s3a://bucket/extract/*.csv");
        assertThat(options.inputFormat()).isEqualTo("csv");
        assertThat(options.csvDelimiter()).isEqualTo("\t");
        assertThat(options.csvEncoding()).isEqualTo("windows-1252");
        assertThat(options.columns()).isEqualTo(Map.of("ethnic_category", "ETHNIC_CATEGORY_CODE", "lsoa", "LSOA21CD"));
        assertThat(options.outputFormat()).isEqualTo("csv");
        assertThat(options.overwrite()).isTrue();
        assertThat(options.maxErrorRate()).isEqualTo(0.01);
    }

    @Test
    void defaultsFormatsFromNamesAndSettings() {
        JobOptions options = JobOptions.parse("--input", "/data/extract.parquet", "--output", "/data/cube");

        assertThat(options.inputFormat()).isEqualTo("parquet");
        assertThat(options.outputFormat()).isEqualTo("parquet");
        assertThat(options.csvDelimiter()).isEqualTo(",");
        assertThat(options.overwrite()).isFalse();
        assertThat(options.maxErrorRate()).isEqualTo(JobOptions.DEFAULT_MAX_ERROR_RATE);
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
        assertThatThrownBy(() -> JobOptions.parse("--input", "/i.csv", "--output", "/o", "--column", "lsoa"))
                .hasMessageContaining("<role>=<column name>");
        assertThatThrownBy(() -> JobOptions.parse("--input", "/i.csv", "--input", "/j.csv", "--output", "/o"))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> JobOptions.parse("--input", "--output", "/o")).hasMessageContaining("needs a value");
    }
}
