package org.equitylens.spc.batch;

import java.util.List;
import java.util.Objects;

/**
 * One series of a batch: its meta row and its rows in file order.
 *
 * @param meta options and mode selection
 * @param rows the series' rows, in the order of {@code series.csv}
 */
public record BatchSeries(SeriesMeta meta, List<SeriesRow> rows) {

    public BatchSeries {
        Objects.requireNonNull(meta, "meta");
        rows = List.copyOf(rows);
    }

    public String seriesId() {
        return meta.seriesId();
    }
}
