package org.equitylens.spc.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a batch: each series through its mode, into one {@link BatchOutput}. A series that fails
 * (bad input, or no mode accepts it) adds no rows and is reported in {@link Result#outcomes()}.
 */
public final class SpcBatch {

    private SpcBatch() {
    }

    /** What happened to one series: the mode that ran it (null if none) and the error (null if none). */
    public record Outcome(String seriesId, String mode, String error) {
        public boolean ok() {
            return mode != null && error == null;
        }
    }

    /** The rows produced and one outcome per series, in input order. */
    public record Result(BatchOutput output, List<Outcome> outcomes) {
        public long failures() {
            return outcomes.stream().filter(o -> !o.ok()).count();
        }
    }

    /** Runs every series; {@code preferredMode} (may be null) as in {@link SpcModes#forSeries(SeriesMeta, String)}. */
    public static Result run(List<BatchSeries> batch, String preferredMode) {
        BatchOutput all = new BatchOutput();
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (BatchSeries series : batch) {
            outcomes.add(runOne(series, preferredMode, all));
        }
        return new Result(all, outcomes);
    }

    /** Runs one series, adding its rows to {@code out} only if it succeeds. */
    public static Outcome runOne(BatchSeries series, String preferredMode, BatchOutput out) {
        Optional<SpcBatchMode> mode = SpcModes.forSeries(series.meta(), preferredMode);
        if (mode.isEmpty()) {
            return new Outcome(series.seriesId(), null, "no mode accepts peer '" + series.meta().peer()
                    + "', chart '" + series.meta().chart() + "'");
        }
        BatchOutput own = new BatchOutput();
        try {
            mode.get().run(series, own);
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            return new Outcome(series.seriesId(), mode.get().name(), e.getMessage());
        }
        out.addAll(own);
        return new Outcome(series.seriesId(), mode.get().name(), null);
    }
}
