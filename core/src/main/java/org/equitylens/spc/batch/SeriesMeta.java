package org.equitylens.spc.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of {@code series_meta.csv}: which peer/mode and chart a series is for and its options, typed.
 * Missing ({@code NA}) options are {@code null} (or an empty list). Every column, including ones this
 * record does not type, stays available as text in {@link #columns()}.
 *
 * @param seriesId key joining to {@code series.csv}
 * @param peer {@code NHSRplotthedots}, {@code qicharts2} or {@code mdc}: selects the mode
 * @param chart {@code xmr}, or the qicharts2 chart ({@code run, i, mr, xbar, s, t, p, pp, c, u, up, g, ip})
 * @param improvementDirection {@code increase}, {@code decrease}, {@code neutral}, or null
 * @param target target value, or null
 * @param rebaseDates dates starting a new rebase group (may match no row)
 * @param fixAfterNPoints limits fixed on the first n points of each group, or null
 * @param screenOutliers moving-range screening for the XmR modes, or null (mode default)
 * @param freeze qicharts2 last baseline row, or null
 * @param part qicharts2 row positions after which a new part starts
 * @param exclude qicharts2 rows excluded from centre/limits/runs
 * @param cl qicharts2 user centre line, or null
 * @param multiply qicharts2 multiplier, or null (= 1)
 * @param screenedmr qicharts2 option {@code qic.screenedmr}, or null
 * @param aggFun qicharts2 {@code agg.fun}, or null (= mean)
 * @param description free text
 * @param columns every column of the row, verbatim
 */
public record SeriesMeta(
        String seriesId,
        String peer,
        String chart,
        String improvementDirection,
        Double target,
        List<LocalDate> rebaseDates,
        Integer fixAfterNPoints,
        Boolean screenOutliers,
        Integer freeze,
        List<Integer> part,
        List<Integer> exclude,
        Double cl,
        Double multiply,
        Boolean screenedmr,
        String aggFun,
        String description,
        Map<String, String> columns) {

    public SeriesMeta {
        Objects.requireNonNull(seriesId, "seriesId");
        rebaseDates = List.copyOf(rebaseDates);
        part = List.copyOf(part);
        exclude = List.copyOf(exclude);
        columns = Map.copyOf(columns);
    }

    /** A column by name as text, or null when absent or {@code NA}. */
    public String column(String name) {
        String value = columns.get(name);
        return Values.isNa(value) ? null : value;
    }
}
