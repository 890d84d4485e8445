package org.equitylens.engine;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/**
 * Reports how far a long DuckDB statement has got to a {@link Progress} twice a second while it
 * runs, so a command line can show rows/s and an ETA: DuckDB's percentage done, as rows of the
 * caller's expected total (DuckDB's own row counts add up every operator's input, so they overstate
 * the rows of a file several times). The store's connection enables DuckDB's progress tracking.
 */
public final class StatementProgress implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 500;

    private final ScheduledExecutorService poller;

    private StatementProgress(ScheduledExecutorService poller) {
        this.poller = poller;
    }

    /**
     * Starts watching {@code statement}; close it once the statement has returned.
     *
     * @param expectedRows the rows the statement reads, or an estimate of them
     */
    public static StatementProgress watch(Statement statement, Progress progress, long expectedRows) {
        return watch(statement, progress, expectedRows, INTERVAL_MILLIS);
    }

    static StatementProgress watch(Statement statement, Progress progress, long expectedRows, long intervalMillis) {
        if (progress == Progress.NONE || !(statement instanceof DuckDBPreparedStatement duck)) {
            return new StatementProgress(null);
        }
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "statement-progress");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleAtFixedRate(() -> report(duck, progress, expectedRows), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        return new StatementProgress(poller);
    }

    private static void report(DuckDBPreparedStatement statement, Progress progress, long expectedRows) {
        try {
            QueryProgress p = statement.getQueryProgress();
            long done = Math.round(Math.min(100, p.getPercentage()) / 100 * expectedRows);
            if (done > 0) {
                progress.advance(done, expectedRows);
            }
        } catch (SQLException | RuntimeException e) {
            // The statement finished or was closed between polls: nothing to report.
        }
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
            try {
                poller.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
