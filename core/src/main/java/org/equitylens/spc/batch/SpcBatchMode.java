package org.equitylens.spc.batch;

/**
 * A way of charting a batch series (an SPC mode or a chart family). {@link SpcModes} asks each
 * registered mode in turn whether it {@link #accepts} a series' meta row; the first that does runs it.
 * Implementations are stateless and thread-safe.
 */
public interface SpcBatchMode {

    /** Short name, e.g. {@code nhsr}, {@code mdc}, {@code qic}; used by the CLI's {@code --mode}. */
    String name();

    /** True when this mode handles the series (normally decided by {@link SeriesMeta#peer()} and chart). */
    boolean accepts(SeriesMeta meta);

    /**
     * Charts one series and adds its rows to the output tables this mode writes. Bad input (missing
     * values where the mode refuses them, duplicate dates, unknown options) is an
     * {@link IllegalArgumentException} with a message an analyst can act on.
     */
    void run(BatchSeries series, BatchOutput out);
}
