package org.equitylens.spc.qic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.equitylens.spc.batch.BatchOutput;
import org.equitylens.spc.batch.BatchSeries;
import org.equitylens.spc.batch.BatchTable;
import org.equitylens.spc.batch.SeriesMeta;
import org.equitylens.spc.batch.SeriesRow;
import org.equitylens.spc.batch.SpcBatchMode;
import org.equitylens.spc.batch.Values;

/**
 * Batch mode for the qicharts2 chart family: series whose {@code peer} is {@code qicharts2}, charted
 * as their {@code chart} column says, written to {@code qic_points} (one row per subgroup) and
 * {@code qic_charts} (one row per part).
 */
public final class QicBatchMode implements SpcBatchMode {

    /** The peer name that selects this mode in {@code series_meta.csv}. */
    public static final String PEER = "qicharts2";

    @Override
    public String name() {
        return "qic";
    }

    @Override
    public boolean accepts(SeriesMeta meta) {
        return (PEER.equalsIgnoreCase(meta.peer()) || name().equalsIgnoreCase(meta.peer())) && isChart(meta.chart());
    }

    @Override
    public void run(BatchSeries series, BatchOutput out) {
        QicOptions options = options(series.meta());
        Map<Double, String> keyText = new HashMap<>();
        // qicharts2 drops rows without a subgroup key before aggregating.
        List<QicObservation> observations = series.rows().stream().filter(row -> !Values.isNa(row.x())).map(row -> {
            double x = key(row);
            keyText.putIfAbsent(x, row.x().strip());
            return new QicObservation(x, row.y(), row.n());
        }).toList();
        QicChart chart = QicChart.of(observations, options);
        writePoints(series.seriesId(), chart, Subgroup.hasDenominators(observations), keyText, out);
        writeParts(series.seriesId(), chart, out);
    }

    /** One {@code qic_points} row per subgroup. */
    private static void writePoints(String id, QicChart chart, boolean withDenominators, Map<Double, String> keyText,
                                    BatchOutput out) {
        QicOptions options = chart.options();
        List<QicPoint> points = chart.points();
        for (int i = 0; i < points.size(); i++) {
            QicPoint p = points.get(i);
            Subgroup s = p.subgroup();
            RunsAnalysis r = p.runs();
            out.add(out.row(BatchTable.QIC_POINTS, id)
                .set("part", (long) p.part())
                .set("xx", (long) p.position())
                .set("x", keyText.get(s.x()))
                .set("baseline", p.baseline())
                .set("include", p.include())
                .set("y_sum", na(s.ySum()))
                .set("y_length", (long) s.yLength())
                // R's mean of no values is NaN, not NA.
                .set("y_mean", s.yLength() == 0 ? Double.valueOf(Double.NaN) : na(s.yMean()))
                .set("y_sd", na(s.ySd()))
                .set("n", na(s.n()))
                .set("y", Double.isNaN(p.y()) && plottedIsNa(chart, i, withDenominators) ? null : p.y())
                .set("cl", Double.isNaN(p.cl()) && centreIsNa(options) ? null : p.cl())
                .set("lcl", na(p.lcl()))
                .set("lcl_95", na(p.lcl95()))
                .set("ucl_95", na(p.ucl95()))
                .set("ucl", na(p.ucl()))
                .set("sigma_signal", p.sigmaSignal())
                .set("runs_signal", r.signal())
                .set("n_obs", (long) r.nObs())
                .set("n_useful", (long) r.nUseful())
                .set("longest_run", r.longestRun())
                .set("longest_run_max", r.longestRunMax())
                .set("n_crossings", r.nCrossings())
                .set("n_crossings_min", r.nCrossingsMin()));
        }
    }

    /** One {@code qic_charts} row per part ({@code summary.qic()}). */
    private static void writeParts(String id, QicChart chart, BatchOutput out) {
        QicOptions options = chart.options();
        for (QicPartSummary s : chart.parts()) {
            RunsAnalysis r = s.runs();
            out.add(out.row(BatchTable.QIC_CHARTS, id)
                .set("chart", options.chart().code())
                .na("error")
                .set("screenedmr", options.screenedMr())
                .set("part", (long) s.part())
                .set("n_obs", (long) r.nObs())
                .set("n_useful", (long) r.nUseful())
                .set("longest_run", r.longestRun())
                .set("longest_run_max", r.longestRunMax())
                .set("n_crossings", r.nCrossings())
                .set("n_crossings_min", r.nCrossingsMin())
                .set("runs_signal", r.signal() ? 1L : 0L)
                // Means over no values are NaN in R's summary, so these stay NaN rather than NA.
                .set("aLCL", s.meanLcl())
                .set("aLCL_95", s.meanLcl95())
                .set("CL", s.meanCl())
                .set("aUCL_95", s.meanUcl95())
                .set("aUCL", s.meanUcl())
                .set("sigma_signal", (long) s.sigmaSignals())
                .set("messages", messages(chart)));
        }
    }

    /**
     * Whether a missing plotted value is R's NA rather than NaN, which qicharts2's output tells
     * apart: a mean of no values or 0/0 is NaN; a lone missing count, the SD of fewer than two
     * values, a median of none and the first moving range are NA. A moving range takes the kind of
     * its first missing operand (R's {@code y[k] − y[k−1]}).
     */
    static boolean plottedIsNa(QicChart chart, int index, boolean withDenominators) {
        QicPoint point = chart.points().get(index);
        return switch (chart.options().chart()) {
            case C, S -> true;
            case MR -> {
                if (index == 0 || chart.points().get(index - 1).part() != point.part()) {
                    yield true;
                }
                Subgroup current = point.subgroup();
                Subgroup missing = Double.isNaN(current.value()) ? current : chart.points().get(index - 1).subgroup();
                yield Double.isNaN(missing.value()) && valueIsNa(chart.options(), withDenominators);
            }
            default -> valueIsNa(chart.options(), withDenominators);
        };
    }

    /** Whether a subgroup without values plots NA: a median or SD of none; a mean of none or 0/0 is NaN. */
    private static boolean valueIsNa(QicOptions options, boolean withDenominators) {
        AggregateFunction aggregate = options.aggregate();
        return !withDenominators && (aggregate == AggregateFunction.MEDIAN || aggregate == AggregateFunction.SD);
    }

    /** A missing centre line is a median of no values (NA) on run and G charts, otherwise a mean (NaN). */
    static boolean centreIsNa(QicOptions options) {
        QicChartType chart = options.chart();
        return chart == QicChartType.RUN || chart == QicChartType.G && options.centreLine().isEmpty();
    }

    /** R's messages as the peer's vectors record them ({@code message: …}), joined by {@code "; "}. */
    private static String messages(QicChart chart) {
        return String.join("; ", chart.messages().stream().map(m -> "message: " + m).toList());
    }

    /** Chart options from the meta row; absent options take qicharts2's defaults (screening on). */
    static QicOptions options(SeriesMeta meta) {
        QicOptions options = QicOptions.of(QicChartType.fromCode(meta.chart()))
            .withParts(meta.part())
            .withExclude(new HashSet<>(meta.exclude()));
        if (meta.freeze() != null) {
            options = options.withFreeze(meta.freeze());
        }
        if (meta.cl() != null) {
            options = options.withCentreLine(meta.cl());
        }
        if (meta.multiply() != null) {
            options = options.withMultiply(meta.multiply());
        }
        if (meta.screenedmr() != null) {
            options = options.withScreenedMr(meta.screenedmr());
        }
        if (meta.aggFun() != null) {
            options = options.withAggregate(AggregateFunction.fromName(meta.aggFun()));
        }
        return options;
    }

    private static boolean isChart(String chart) {
        try {
            QicChartType.fromCode(chart);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static double key(SeriesRow row) {
        try {
            return Double.parseDouble(row.x().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("row " + row.row() + ": subgroup key x must be a number, was '"
                + row.x() + "'", e);
        }
    }

    /** NaN (missing) as null, so the table writes {@code NA}. */
    private static Double na(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
