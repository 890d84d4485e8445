package org.equitylens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.equitylens.engine.bench.AggregateBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench aggregate}: import and cube timings against DuckDB's own SQL on the same file, in one run. */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"Import vs DuckDB read_csv (bar: ratio <= 2.5; faster of two alternating runs each),",
            "cube month x ethnic category x IMD decile x site",
            "vs hand-written GROUP BY (bar: ratio <= 1.2), and peak RSS (bar: < 2 GB). Exit code 1 when a bar is missed."})
final class BenchAggregateCommand implements Callable<Integer> {

    static final double IMPORT_BAR = 2.5;
    static final double AGGREGATE_BAR = 1.2;
    static final long RSS_BAR = 2L << 30;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOptions data = new DataDirOptions();

    @Option(names = "--rows", defaultValue = "10000000", paramLabel = "N", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--file", paramLabel = "FILE", description = "Use this MHA-shaped extract instead of generating one.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = ConsoleProgress.forStderr(spec.commandLine().getErr());
        AggregateBenchmark.Result r = new AggregateBenchmark(data.resolve().resolve("bench"), data.memoryLimit)
                .run(rows, Optional.ofNullable(file), progress);
        progress.endBar();
        out.println(String.format(Locale.ROOT, "rows                      %,d (%.0f MB CSV)", r.rows(), r.fileBytes() / 1e6));
        if (r.generateSeconds() > 0) {
            out.println(String.format(Locale.ROOT, "generate                  %.2f s", r.generateSeconds()));
        }
        out.println(String.format(Locale.ROOT, "DuckDB read_csv → table   %.2f s   (CPU %.2f s)", r.baselineImportSeconds(),
                r.baselineImportCpuSeconds()));
        out.println(String.format(Locale.ROOT, "engine import             %.2f s   (CPU %.2f s)   ratio %.2f (bar ≤ %.1f), CPU ratio %.2f",
                r.importSeconds(), r.importCpuSeconds(), r.importRatio(), IMPORT_BAR, r.importCpuRatio()));
        out.println(String.format(Locale.ROOT, "hand-written GROUP BY     %.3f s", r.baselineAggregateSeconds()));
        out.println(String.format(Locale.ROOT, "engine cube (%,d rows)   %.3f s   ratio %.2f (bar ≤ %.1f)", r.cubeRows(),
                r.aggregateSeconds(), r.aggregateRatio(), AGGREGATE_BAR));
        out.println(r.peakRssBytes().map(b -> String.format(Locale.ROOT, "peak RSS                  %.0f MB (bar < 2048 MB)", b / 1048576.0))
                .orElse("peak RSS                  unavailable on this system"));
        out.flush();
        boolean met = r.importRatio() <= IMPORT_BAR && r.aggregateRatio() <= AGGREGATE_BAR
                && r.peakRssBytes().map(b -> b < RSS_BAR).orElse(true);
        return met ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
