package org.equitylens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: measured performance bars (docs/benchmarks.md). Each benchmark is a subcommand in its own class. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks recorded in docs/benchmarks.md.",
        subcommands = {BenchAggregateCommand.class, BenchSpcCommand.class, BenchStatsCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
