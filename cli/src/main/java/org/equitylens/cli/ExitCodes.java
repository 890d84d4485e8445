package org.equitylens.cli;

import org.equitylens.engine.EngineException;
import picocli.CommandLine;

/** Exit codes scripts can rely on. */
final class ExitCodes {

    static final int OK = 0;
    /** The input was refused: validation, privacy, a duplicate file, a check that failed. */
    static final int REFUSED = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** A named file, dataset or area does not exist. */
    static final int NOT_FOUND = 3;
    /** An I/O or database failure. */
    static final int FAILED = 4;

    private ExitCodes() {
    }

    /** Prints the message (never a stack trace or row values) and maps the exception to an exit code. */
    static final class Handler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
            cli.getErr().println(cli.getColorScheme().errorText(e.getMessage() == null ? e.toString() : e.getMessage()));
            cli.getErr().flush();
            if (e instanceof EngineException engine) {
                return switch (engine.kind()) {
                    case REFUSED -> REFUSED;
                    case NOT_FOUND -> NOT_FOUND;
                    case FAILED -> FAILED;
                };
            }
            return e instanceof IllegalArgumentException ? USAGE : FAILED;
        }
    }
}
