package org.equitylens.engine;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/**
 * Reports how far a long DuckDB statement has got — rows read of DuckDB's estimate of the rows to
 * read — to a {@link Progress} twice a second while it runs, so a command line can show rows/s and
 * an ETA. The store's connection enables DuckDB's progress tracking; other statements report nothing.
 */
public final class StatementProgress implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 500;

    private final ScheduledExecutorService poller;

    private StatementProgress(ScheduledExecutorService poller) {
        this.poller = poller;
    }

    /** Starts watching {@code statement}; close it once the statement has returned. */
    public static StatementProgress watch(Statement statement, Progress progress) {
        return watch(statement, progress, INTERVAL_MILLIS);
    }

    static StatementProgress watch(Statement statement, Progress progress, long intervalMillis) {
        if (progress == Progress.NONE || !(statement instanceof DuckDBPreparedStatement duck)) {
            return new StatementProgress(null);
        }
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "statement-progress");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleAtFixedRate(() -> report(duck, progress), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        return new StatementProgress(poller);
    }

    private static void report(DuckDBPreparedStatement statement, Progress progress) {
        try {
            QueryProgress p = statement.getQueryProgress();
            if (p.getTotalRowsToProcess() > 0 && p.getRowsProcessed() > 0) {
                progress.advance(Math.min(p.getRowsProcessed(), p.getTotalRowsToProcess()), p.getTotalRowsToProcess());
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
