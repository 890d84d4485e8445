package org.equitylens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.quality.QualityReport;
import org.equitylens.engine.quality.QualityStore;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.EngineStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quality}: the data-quality report of a stored dataset, or of a file without importing it. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = {"Data-quality report: rows, date range, completeness and validity per column, and ethnicity recording",
            "(% coded, Z, 99, blank, invalid) overall, by month and by site. For a dataset or, with --file, an extract."})
final class QualityCommand implements Callable<Integer> {

    enum Format { TEXT, CSV, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOptions data = new DataDirOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(index = "0", paramLabel = "DATASET", description = "A stored dataset.")
        String dataset;

        @Option(names = "--file", paramLabel = "FILE", description = "Check an extract without importing it.")
        Path file;
    }

    @Mixin
    ImportCommand.ReadOptions read = new ImportCommand.ReadOptions();

    @Option(names = "--output-format", defaultValue = "TEXT", paramLabel = "FORMAT", description = "text, csv or json (default: text).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        QualityReport report;
        try (EngineStore store = data.open()) {
            if (source.file != null) {
                report = new Importer(store, ConsoleProgress.forStderr(spec.commandLine().getErr()))
                        .checkFile(source.file, read.apply(ImportOptions.named("check")));
            } else {
                new DatasetCatalogue(store.connection()).require(source.dataset);
                report = QualityStore.load(store.connection(), source.dataset)
                        .orElseThrow(() -> EngineException.notFound("No quality report stored for " + source.dataset));
            }
        }
        String text = switch (format) {
            case TEXT -> report.describe();
            case CSV -> report.toCsv();
            case JSON -> report.toJson() + "\n";
        };
        if (out != null) {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } else {
            PrintWriter writer = spec.commandLine().getOut();
            writer.print(text);
            writer.flush();
        }
        return ExitCodes.OK;
    }
}
