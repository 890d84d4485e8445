package org.equitylens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code equitylens} command line: the same analysis as the web app, from a terminal or a script.
 * Exit codes: 0 success, 1 the input was refused (validation, privacy, conformance, a missed bar), 2 usage
 * error, 3 a named file, dataset or area does not exist, 4 an I/O or database failure.
 */
@Command(
        name = "equitylens",
        mixinStandardHelpOptions = true,
        versionProvider = EquityLensCli.Version.class,
        description = "Health equity through quality improvement: data quality, equity statistics and SPC.",
        subcommands = {
            CodesCommand.class,
            SpcCommand.class,
            ImportCommand.class,
            QualityCommand.class,
            AggregateCommand.class,
            GenerateCommand.class,
            DatasetsCommand.class,
            BenchCommand.class,
            StatsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class EquityLensCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new EquityLensCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ExitCodes.Handler());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = EquityLensCli.class.getPackage().getImplementationVersion();
            return new String[] {"equitylens " + (version == null ? "development build" : version)};
        }
    }
}
