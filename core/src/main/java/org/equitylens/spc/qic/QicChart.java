package org.equitylens.spc.qic;

import java.util.ArrayList;
import java.util.List;

/**
 * A computed qicharts2 chart: its points and one summary per part.
 *
 * <p>Pipeline ({@link #of}): aggregate rows into subgroups → split into parts and mark baseline
 * and excluded subgroups → per part, centre line and limits ({@link ChartFormulas}) → Anhøj runs
 * analysis ({@link RunsAnalysis}) → {@code multiply}, sigma signals → per-part summary.
 *
 * @param options  the options used
 * @param points   one point per subgroup, in key order
 * @param parts    one summary per part
 * @param messages notes for the analyst about how the data were treated (qicharts2's messages)
 */
public record QicChart(QicOptions options, List<QicPoint> points, List<QicPartSummary> parts,
                       List<String> messages) {

    public QicChart {
        points = List.copyOf(points);
        parts = List.copyOf(parts);
        messages = List.copyOf(messages);
    }

    /**
     * Computes a chart.
     *
     * @param observations input rows (any order; equal keys form one subgroup)
     * @param options      chart type and options
     * @return the chart
     * @throws IllegalArgumentException when the data do not suit the chart (e.g. T chart times ≤ 0)
     */
    public static QicChart of(List<QicObservation> observations, QicOptions options) {
        List<Subgroup> subgroups = Subgroup.aggregate(observations, options.aggregate());
        int size = subgroups.size();
        int[] partOf = partNumbers(size, options.parts());
        boolean[] baseline = new boolean[size];
        boolean[] include = new boolean[size];
        for (int i = 0; i < size; i++) {
            int position = i + 1;
            // qicharts2 ignores freeze when the chart is split into parts.
            baseline[i] = !options.parts().isEmpty() || options.freeze().isEmpty()
                || position <= options.freeze().getAsInt();
            include[i] = !options.exclude().contains(position);
        }

        List<QicPoint> points = new ArrayList<>(size);
        List<QicPartSummary> summaries = new ArrayList<>();
        int start = 0;
        while (start < size) {
            int end = start;
            while (end < size && partOf[end] == partOf[start]) {
                end++;
            }
            summaries.add(computePart(partOf[start], subgroups, baseline, include, start, end, options, points));
            start = end;
        }
        return new QicChart(options, points, summaries, messages(observations, subgroups, options));
    }

    /** Tells when several values per subgroup were combined into one point of a run or I chart. */
    private static List<String> messages(List<QicObservation> observations, List<Subgroup> subgroups,
                                         QicOptions options) {
        boolean withDenominators = Subgroup.hasDenominators(observations);
        boolean aggregated = subgroups.stream().anyMatch(s -> s.yLength() > 1);
        QicChartType chart = options.chart();
        if (!withDenominators && aggregated && (chart == QicChartType.RUN || chart == QicChartType.I)) {
            return List.of("Subgroup size > 1. Data have been aggregated using " + options.aggregate().rName() + "().");
        }
        return List.of();
    }

    /** Part number (1-based) of each subgroup; a new part starts after each listed position. */
    private static int[] partNumbers(int size, List<Integer> breaks) {
        int[] partOf = new int[size];
        int part = 1;
        for (int i = 0; i < size; i++) {
            if (i > 0 && breaks.contains(i)) {
                part++;
            }
            partOf[i] = part;
        }
        return partOf;
    }

    private static QicPartSummary computePart(int part, List<Subgroup> all, boolean[] baseline, boolean[] include,
                                              int start, int end, QicOptions options, List<QicPoint> points) {
        int size = end - start;
        boolean[] base = new boolean[size];
        boolean[] partInclude = new boolean[size];
        for (int i = 0; i < size; i++) {
            base[i] = baseline[start + i] && include[start + i];
            partInclude[i] = include[start + i];
        }
        List<Subgroup> subgroups = all.subList(start, end);
        if (options.chart() == QicChartType.IP && subgroups.stream().allMatch(s -> Double.isNaN(s.n()))) {
            subgroups = subgroups.stream().map(Subgroup::withSizeAsDenominator).toList();
        }
        ChartLines lines = ChartFormulas.lines(options.chart(),
            new PartInput(subgroups, base, options.centreLine(), options.screenedMr()));

        RunsAnalysis runs = RunsAnalysis.of(lines.y(), lines.cl(), partInclude);
        if (options.chart() == QicChartType.MR) {
            runs = runs.withoutSignal();
        }

        double factor = options.multiply();
        double[] y = ChartLines.map(lines.y(), v -> v * factor);
        double[] cl = ChartLines.map(lines.cl(), v -> v * factor);
        double[] lcl = scaledLimit(lines.lcl(), factor);
        double[] ucl = scaledLimit(lines.ucl(), factor);
        double[] lcl95 = scaledLimit(lines.lcl95(), factor);
        double[] ucl95 = scaledLimit(lines.ucl95(), factor);

        int sigmaSignals = 0;
        for (int i = 0; i < size; i++) {
            // Comparisons with NaN are false: a missing limit never signals.
            boolean signal = y[i] > ucl[i] || y[i] < lcl[i];
            if (signal) {
                sigmaSignals++;
            }
            points.add(new QicPoint(part, start + i + 1, subgroups.get(i), baseline[start + i], partInclude[i], y[i],
                cl[i], lcl[i], ucl[i], lcl95[i], ucl95[i], signal, runs));
        }
        return new QicPartSummary(part, runs, ExactStats.mean(lcl), ExactStats.mean(lcl95), ExactStats.mean(cl),
            ExactStats.mean(ucl95), ExactStats.mean(ucl), sigmaSignals);
    }

    /** {@code limit × multiply}, with non-finite results treated as missing (NaN). */
    private static double[] scaledLimit(double[] limit, double factor) {
        return ChartLines.map(limit, v -> Double.isFinite(v * factor) ? v * factor : Double.NaN);
    }
}
