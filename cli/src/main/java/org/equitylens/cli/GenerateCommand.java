package org.equitylens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.equitylens.engine.generate.GenerationSummary;
import org.equitylens.engine.generate.Generator;
import org.equitylens.engine.generate.GeneratorOptions;
import org.equitylens.engine.generate.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate}: a synthetic extract from the real reference data. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a realistic synthetic extract (seeded, deterministic) for demos, tests and benchmarks.",
            "People are drawn from the LSOAs of an ICB or local authority with its Census 2021 ethnic mix and IMD deciles."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "mha", paramLabel = "NAME",
            description = "mha (MHA detentions), screening (uptake by deprivation) or quality-faults (default: mha).")
    String scenario;

    @Option(names = "--rows", defaultValue = "100000", paramLabel = "N", description = "Data rows (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--area", defaultValue = "QMF", paramLabel = "CODE",
            description = "ICB (E54…, or ODS code such as QMF) or local authority (2024 code); default: ${DEFAULT-VALUE}.")
    String area;

    @Option(names = "--from", defaultValue = "2022-04-01", paramLabel = "DATE", description = "First day of the period (default: ${DEFAULT-VALUE}).")
    LocalDate from;

    @Option(names = "--months", defaultValue = "36", paramLabel = "N", description = "Length of the period (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .csv or .parquet.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter writer = spec.commandLine().getOut();
        ConsoleProgress progress = ConsoleProgress.forStderr(spec.commandLine().getErr());
        long start = System.nanoTime();
        GenerationSummary summary = new Generator(new GeneratorOptions(Scenario.parse(scenario), rows, seed, area, from, months))
                .write(out, progress);
        progress.endBar();
        double seconds = (System.nanoTime() - start) / 1e9;
        writer.printf("Wrote %,d rows to %s in %.1f s%n", summary.rows(), out, seconds);
        summary.faults().forEach((fault, count) -> writer.printf("  %s: %,d rows%n", fault, count));
        writer.flush();
        return ExitCodes.OK;
    }
}
