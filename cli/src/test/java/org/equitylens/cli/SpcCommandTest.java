package org.equitylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equitylens.spc.batch.BatchComparison;
import org.equitylens.spc.batch.BatchOutput;
import org.equitylens.spc.batch.BatchReader;
import org.equitylens.spc.batch.BatchTable;
import org.equitylens.spc.batch.SeriesMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code spc} in-process on the public SPC vectors and compares the files it writes with expected/. */
class SpcCommandTest {

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EquityLensCli.commandLine();
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(stderr));
        return cli.execute(args);
    }

    @Test
    void writesTheFiveTablesAsThePeersDoAndOneSvgPerSeries() throws IOException {
        Path vectors = vectors();
        int exit = run("spc", "--series", vectors.resolve("series.csv").toString(),
                "--meta", vectors.resolve("series_meta.csv").toString(), "--out", out.resolve("new").toString(), "--svg");
        out = out.resolve("new");

        List<SeriesMeta> metas = BatchReader.readMeta(vectors.resolve("series_meta.csv"));
        assertThat(exit).as(stderr.toString()).isZero();

        BatchOutput written = new BatchOutput();
        for (BatchTable table : BatchTable.values()) {
            Path file = out.resolve(table.fileName());
            assertThat(Files.readAllLines(file).get(0))
                    .isEqualTo(Files.readAllLines(vectors.resolve("expected").resolve(table.fileName())).get(0));
            written.addAll(readBack(file, table));
        }
        BatchComparison expected = BatchComparison.readExpected(vectors.resolve("expected"));
        List<String> failures = new ArrayList<>();
        for (SeriesMeta meta : metas) {
            List<String> differences = expected.compare(meta.seriesId(), written);
            if (!differences.isEmpty()) {
                failures.add(meta.seriesId() + ": " + differences.get(0));
            }
            assertThat(out.resolve(SpcCommand.fileName(meta.seriesId()) + ".svg")).exists();
        }
        assertThat(failures).isEmpty();
        assertThat(stdout.toString()).contains("series charted");
    }

    @Test
    void mdcModeChartsTheXmrSeriesWithItsOwnRules() throws IOException {
        Path vectors = vectors();
        int exit = run("spc", "--series", vectors.resolve("series.csv").toString(),
                "--meta", vectors.resolve("series_meta.csv").toString(), "--out", out.toString(), "--mode", "mdc");
        assertThat(exit).isIn(0, 1);
        List<String> points = Files.readAllLines(out.resolve("ptd_points.csv"));
        // PUB-PTD-two-in-three-with-beyond: MDC also flags the 2σ point next to the one beyond the limit
        assertThat(points).anyMatch(l -> l.startsWith("\"PUB-PTD-two-in-three-with-beyond\",\"10\",")
                && l.contains("\"2 in 3 Above CL\""));
    }

    @Test
    void anUnknownModeIsAUsageError() {
        assertThat(run("spc", "--series", "a.csv", "--meta", "b.csv", "--out", out.toString(), "--mode", "nope"))
                .isEqualTo(2);
        assertThat(stderr.toString()).contains("Unknown --mode 'nope'");
    }

    @Test
    void missingValuesAreRefusedWithTheSeriesAndDate() throws IOException {
        Path series = out.resolve("s.csv");
        Path meta = out.resolve("m.csv");
        Files.writeString(series, "series_id,row,x,date,y,n\nA,1,1,2024-01-01,5,NA\nA,2,2,2024-02-01,NA,NA\n"
                + "A,3,3,2024-03-01,6,NA\n");
        Files.writeString(meta, "series_id,peer,chart,improvement_direction\nA,mdc,xmr,increase\n");
        assertThat(run("spc", "--series", series.toString(), "--meta", meta.toString(), "--out",
                out.resolve("o").toString())).isEqualTo(1);
        assertThat(stderr.toString()).contains("series A").contains("missing or non-finite value on 2024-02-01");
    }

    private static BatchOutput readBack(Path file, BatchTable table) throws IOException {
        BatchOutput output = new BatchOutput();
        for (String[] row : BatchComparison.readTable(file, table)) {
            var r = output.row(table, row[0]);
            for (int c = 1; c < row.length; c++) {
                r.set(table.columns().get(c), row[c]);
            }
            output.add(r);
        }
        return output;
    }

    private static Path vectors() {
        String property = System.getProperty("spc.vectors");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/vectors/spc/public").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("SPC vectors not found: set -Dspc.vectors=DIR");
    }
}
