package org.equitylens.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.equitylens.engine.Progress;

/**
 * Progress on stderr: a redrawn bar with rows/s and ETA on a terminal, plain timestamped lines
 * (at most one every few seconds) when the output is a file or a pipe.
 */
final class ConsoleProgress implements Progress {

    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private String phase = "";
    private long phaseStart = System.nanoTime();
    private long lastLine;
    private boolean barShown;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static ConsoleProgress forStderr(PrintWriter err) {
        return new ConsoleProgress(err, System.console() != null);
    }

    @Override
    public synchronized void phase(String name) {
        endBar();
        phase = name;
        phaseStart = System.nanoTime();
        err.println(name + " …");
        err.flush();
    }

    @Override
    public synchronized void advance(long done, long total) {
        long now = System.nanoTime();
        double seconds = Math.max(1e-9, (now - phaseStart) / 1e9);
        double rate = done / seconds;
        String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, "%.0fs", (total - done) / rate) : "?";
        if (terminal) {
            int width = 30;
            int filled = total > 0 ? (int) (width * Math.min(1.0, (double) done / total)) : 0;
            err.print(String.format(Locale.ROOT, "\r  [%s%s] %,d/%,d rows  %,.0f rows/s  ETA %s ",
                    "#".repeat(filled), " ".repeat(width - filled), done, total, rate, eta));
            barShown = true;
            err.flush();
        } else if (now - lastLine >= LINE_INTERVAL_NANOS || done == total) {
            lastLine = now;
            err.println(String.format(Locale.ROOT, "  %s: %,d/%,d rows, %,.0f rows/s, ETA %s", phase, done, total, rate, eta));
            err.flush();
        }
    }

    /** Ends the bar line, if one is showing. */
    synchronized void endBar() {
        if (barShown) {
            err.println();
            barShown = false;
        }
    }
}
