package org.equitylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The engine commands, run in-process as a script would run them. */
class EngineCommandsTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = EquityLensCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void generateImportListAggregateAndReportQuality() throws Exception {
        Path extract = dir.resolve("mha.csv");
        assertThat(run("generate", "--scenario", "mha", "--rows", "5000", "--seed", "9", "--out", extract.toString())).isZero();
        assertThat(out.toString()).contains("Wrote 5,000 rows");

        assertThat(run("import", extract.toString(), "--name", "mha", "--data-dir", data(), "--today", "2026-01-01")).isZero();
        assertThat(out.toString()).contains("as dataset 'mha': 5,000 rows", "Deprivation: IMD2025", "ethnicity: 100.00% coded");

        assertThat(run("import", extract.toString(), "--name", "again", "--data-dir", data(), "--today", "2026-01-01")).isEqualTo(1);
        assertThat(err.toString()).contains("already imported as dataset 'mha'");

        assertThat(run("datasets", "--data-dir", data())).isZero();
        assertThat(out.toString()).contains("mha,5000,2022-04-01,2025-03-", ",mha.csv,CSV,IMD2025,");

        assertThat(run("aggregate", "mha", "--grain", "financial-year", "--by", "ethnic_group_census",
                "--denominator", "population:ICB:QMF", "--data-dir", data())).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines[0]).isEqualTo("period_start,ethnic_group_census,numerator,denominator");
        assertThat(lines).hasSize(1 + 3 * 5);
        long total = 0;
        for (int i = 1; i < lines.length; i++) {
            total += Long.parseLong(lines[i].split(",")[2]);
        }
        assertThat(total).isEqualTo(5000);

        Path cube = dir.resolve("cube.parquet");
        assertThat(run("aggregate", "mha", "--by", "imd_decile,site", "--value", "length_of_stay_days", "--out", cube.toString(),
                "--data-dir", data())).isZero();
        assertThat(Files.size(cube)).isPositive();

        Path json = dir.resolve("quality.json");
        assertThat(run("quality", "mha", "--output-format", "json", "--out", json.toString(), "--data-dir", data())).isZero();
        assertThat(Files.readString(json)).startsWith("{\"dataset\":\"mha\",\"rows\":5000,");

        assertThat(run("datasets", "--drop", "mha", "--data-dir", data())).isZero();
        assertThat(run("quality", "mha", "--data-dir", data())).isEqualTo(3);
    }

    @Test
    void refusedImportsExitWithOneAndListProblemsWithoutStoringAnything() throws Exception {
        Path faults = dir.resolve("faults.csv");
        assertThat(run("generate", "--scenario", "quality-faults", "--rows", "3000", "--out", faults.toString())).isZero();
        assertThat(run("import", faults.toString(), "--name", "faults", "--data-dir", data(), "--max-errors", "3")).isEqualTo(1);
        assertThat(err.toString()).contains("nothing was imported", "ETHNIC_CATEGORY_CODE", "stopped listing at the error limit");
        assertThat(run("quality", "--file", faults.toString(), "--output-format", "csv", "--data-dir", data())).isZero();
        assertThat(out.toString()).contains("ethnicity_by_site,West");
        assertThat(run("datasets", "--data-dir", data())).isZero();
        assertThat(out.toString().strip().split("\\R")).hasSize(1);

        Path nhs = dir.resolve("nhs.csv");
        Files.writeString(nhs, "nhs_number,event_date\n9434765919,2024-01-01\n");
        assertThat(run("import", nhs.toString(), "--name", "nhs", "--data-dir", data())).isEqualTo(1);
        assertThat(err.toString()).contains("Pseudonymise first").doesNotContain("9434765919");
    }

    @Test
    void usageAndMissingInputsHaveTheirOwnExitCodes() {
        assertThat(run("import", "--data-dir", data())).isEqualTo(2);
        assertThat(run("import", dir.resolve("missing.csv").toString(), "--name", "x", "--data-dir", data())).isEqualTo(3);
        assertThat(run("aggregate", "nope", "--data-dir", data())).isEqualTo(3);
        assertThat(run("aggregate", "nope", "--grain", "fortnight", "--data-dir", data())).isEqualTo(2);
        assertThat(run("generate", "--area", "NOWHERE", "--out", dir.resolve("x.csv").toString())).isEqualTo(3);
        assertThat(run("bench")).isZero();
        assertThat(out.toString()).contains("aggregate");
    }

    @Test
    void benchAggregateReportsEveryFigure() {
        // Tiny data: the bars are not meaningful here, only that the run completes and reports.
        int code = run("bench", "aggregate", "--rows", "20000", "--data-dir", data());
        assertThat(code).isIn(0, 1);
        assertThat(out.toString()).contains("rows                      20,000", "DuckDB read_csv", "engine import", "ratio",
                "hand-written GROUP BY", "engine cube", "peak RSS");
    }
}
