package org.equitylens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.ImportResult;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.importer.SourceFormat;
import org.equitylens.engine.importer.ValidationFailedException;
import org.equitylens.engine.store.EngineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import}: check and store a pseudonymised extract. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a pseudonymised extract (CSV, Parquet or XLSX) into the data directory.",
            "Every row is validated first; on any problem nothing is stored and the problems are listed."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOptions data = new DataDirOptions();

    @Mixin
    ReadOptions read = new ReadOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "The extract.")
    Path file;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Dataset name (lower case, digits, underscores).")
    String name;

    @Option(names = "--unique", split = ",", paramLabel = "COLUMN", description = "Columns whose combined values must be unique.")
    List<String> unique = new ArrayList<>();

    @Option(names = "--max-errors", defaultValue = "100", paramLabel = "N", description = "List at most N distinct problems (default: ${DEFAULT-VALUE}).")
    int maxErrors;

    @Option(names = "--replace", description = "Replace a dataset of the same name; accept a file imported before.")
    boolean replace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportOptions options = read.apply(ImportOptions.named(name)).withUniqueKey(unique).withMaxErrors(maxErrors).withReplace(replace);
        ConsoleProgress progress = ConsoleProgress.forStderr(err);
        try (EngineStore store = data.open()) {
            ImportResult result = new Importer(store, progress).importFile(file, options);
            progress.endBar();
            double seconds = result.elapsed().toMillis() / 1000.0;
            out.printf("Imported %s as dataset '%s': %,d rows in %.1f s (%,.0f rows/s)%n", file.getFileName(), name,
                    result.dataset().rows(), seconds, result.dataset().rows() / Math.max(seconds, 1e-3));
            out.println("Columns: " + result.dataset().mapping().toText().replace(";", ", "));
            result.dataset().imdVersion().ifPresent(v -> out.println("Deprivation: " + v));
            out.print(result.quality().describe());
            out.flush();
            return 0;
        } catch (ValidationFailedException e) {
            progress.endBar();
            err.println(e.report().describe());
            err.flush();
            return ExitCodes.REFUSED;
        }
    }

    /** How to read a file; shared with {@code quality --file}. */
    static final class ReadOptions {

        @Option(names = "--map", paramLabel = "HEADER=ROLE",
                description = "Column role, repeatable: person_id, event_date, ethnic_category, lsoa, lsoa11, lsoa21, imd_decile, "
                        + "age, age_band, dob, sex, site, dimension, outcome, ignore. Unmapped columns are guessed from headers.")
        List<String> map = new ArrayList<>();

        @Option(names = "--format", paramLabel = "FORMAT", description = "csv, parquet or xlsx (default: from the file name).")
        SourceFormat format;

        @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet (default: the first).")
        String sheet;

        @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter (default: detected).")
        Character delimiter;

        @Option(names = "--encoding", paramLabel = "NAME", description = "UTF-8 or windows-1252 (default: detected).")
        String encoding;

        @Option(names = "--today", paramLabel = "DATE", description = "Judge future dates against this date (default: today).")
        java.time.LocalDate today;

        ImportOptions apply(ImportOptions options) {
            ImportOptions o = options.withRoles(Importer.roles(map)).withSheet(sheet).withDelimiter(delimiter).withEncoding(encoding);
            if (format != null) {
                o = o.withFormat(format);
            }
            return today == null ? o : o.withToday(today);
        }
    }
}
