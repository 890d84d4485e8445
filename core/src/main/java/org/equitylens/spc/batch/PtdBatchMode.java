package org.equitylens.spc.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.equitylens.spc.ImprovementDirection;
import org.equitylens.spc.PointType;
import org.equitylens.spc.Series;
import org.equitylens.spc.SpcChart;
import org.equitylens.spc.SpcGroup;
import org.equitylens.spc.SpcMode;
import org.equitylens.spc.SpcOptions;
import org.equitylens.spc.XmrAnalysis;
import org.equitylens.spc.XmrLimits;

/**
 * The Making Data Count XmR modes in a batch, writing {@code ptd_points}, {@code ptd_groups} and
 * {@code ptd_charts} as NHSRplotthedots reports them ({@code ptd_spc()}, {@code summary()}, icons).
 *
 * <p>{@code nhsr} takes series whose peer is {@code NHSRplotthedots} (or {@code nhsr}); {@code mdc}
 * takes peer {@code mdc}. Options come from the meta row: {@code improvement_direction} (default
 * increase), {@code target}, {@code rebase_dates}, {@code fix_after_n_points}, {@code screen_outliers}
 * (default TRUE for nhsr, FALSE for mdc; read only for the mode's own peer, so a NHSRplotthedots
 * series charted in mdc by preference is not screened); {@code mdc} also reads {@code run_length} (6 or 7) and
 * {@code exclude} (row numbers left out of the limits and rules). Both read {@code annotations}
 * ({@code DATE=note;DATE=note}), which only label the chart.
 */
public final class PtdBatchMode implements SpcBatchMode {

    /** The warning NHSRplotthedots raises for groups of fewer than 13 points, as R reports it. */
    static final String NHSR_SHORT_GROUP_WARNING = "warning: Some groups have 'n < 12' observations. These have trial"
            + " limits, which will be revised with each additional observation until 'n = fix_after_n_points' has been"
            + " reached.";

    /** The mdc mode's note on short groups. */
    static final String MDC_TRIAL_LIMITS = "Trial limits: some groups have fewer than " + SpcOptions.MINIMUM_POINTS
            + " points; their limits will be revised as points are added.";

    private final SpcMode mode;

    private PtdBatchMode(SpcMode mode) {
        this.mode = mode;
    }

    /** NHSRplotthedots 0.2.2. */
    public static PtdBatchMode nhsr() {
        return new PtdBatchMode(SpcMode.NHSR);
    }

    /** NHS England Making Data Count. */
    public static PtdBatchMode mdc() {
        return new PtdBatchMode(SpcMode.MDC);
    }

    @Override
    public String name() {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean accepts(SeriesMeta meta) {
        String peer = meta.peer() == null ? "" : meta.peer();
        boolean xmr = meta.chart() == null || meta.chart().equalsIgnoreCase("xmr");
        if (mode == SpcMode.NHSR) {
            return xmr && (peer.equalsIgnoreCase("NHSRplotthedots") || peer.equalsIgnoreCase("nhsr"));
        }
        return xmr && peer.equalsIgnoreCase("mdc");
    }

    @Override
    public void run(BatchSeries batchSeries, BatchOutput out) {
        SpcChart chart = chart(batchSeries);
        writePoints(chart, batchSeries.rows(), out);
        writeGroups(chart, out);
        writeChart(chart, out);
    }

    /** The analysed chart of a batch series in this mode (for rendering). */
    public SpcChart chart(BatchSeries batchSeries) {
        SeriesMeta meta = batchSeries.meta();
        List<SeriesRow> rows = batchSeries.rows();
        String id = meta.seriesId();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(id + ": no rows in the series file");
        }
        List<LocalDate> dates = new ArrayList<>(rows.size());
        double[] values = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            SeriesRow row = rows.get(i);
            if (row.date() == null) {
                throw new IllegalArgumentException(id + ": row " + row.row() + " has no date");
            }
            dates.add(row.date());
            values[i] = row.y();
        }
        return XmrAnalysis.analyse(Series.of(id, dates, values), options(meta, rows));
    }

    /** The chart options a meta row asks for in this mode. */
    SpcOptions options(SeriesMeta meta, List<SeriesRow> rows) {
        SpcOptions options = mode == SpcMode.NHSR ? SpcOptions.nhsr() : SpcOptions.mdc();
        if (meta.improvementDirection() != null) {
            options = options.withDirection(ImprovementDirection.parse(meta.improvementDirection()));
        }
        options = options.withTarget(meta.target()).withRebaseDates(meta.rebaseDates());
        if (meta.fixAfterNPoints() != null) {
            options = options.withFixAfterNPoints(meta.fixAfterNPoints());
        }
        // screen_outliers describes the series' own peer; a series moved to mdc by preference keeps mdc's default
        if (meta.screenOutliers() != null && accepts(meta)) {
            options = options.withScreenOutliers(meta.screenOutliers());
        }
        String runLength = meta.column("run_length");
        if (runLength != null) {
            options = options.withRunLength(Integer.parseInt(runLength.strip()));
        }
        String annotations = meta.column("annotations");
        if (annotations != null) {
            options = options.withAnnotations(annotations(meta.seriesId(), annotations));
        }
        if (!meta.exclude().isEmpty()) {
            if (mode == SpcMode.NHSR) {
                throw new IllegalArgumentException(meta.seriesId()
                        + ": NHSRplotthedots cannot exclude points; use mode mdc for exclusions");
            }
            Set<LocalDate> excluded = new HashSet<>();
            for (int row : meta.exclude()) {
                excluded.add(rows.stream().filter(r -> r.row() == row).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(meta.seriesId() + ": exclude row " + row
                                + " is not in the series"))
                        .date());
            }
            options = options.withExclusions(excluded);
        }
        return options;
    }

    /** Parses {@code 2021-04-01=PDSA 1: new triage;2021-09-01=PDSA 2} into notes by date. */
    static Map<LocalDate, String> annotations(String seriesId, String text) {
        Map<LocalDate, String> notes = new HashMap<>();
        for (String item : text.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            try {
                notes.put(LocalDate.parse(item.substring(0, Math.max(eq, 0)).strip()), item.substring(eq + 1).strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(seriesId + ": annotation '" + item.strip()
                        + "' is not DATE=note (e.g. 2021-04-01=PDSA 1)");
            }
        }
        return notes;
    }

    private void writePoints(SpcChart chart, List<SeriesRow> rows, BatchOutput out) {
        String id = chart.series().name();
        boolean nhsr = mode == SpcMode.NHSR;
        Double target = chart.options().target();
        int runLength = chart.options().runLength();
        for (int i = 0; i < chart.size(); i++) {
            SeriesRow source = rows.get(chart.series().sourceIndex(i));
            SpcGroup group = chart.group(i);
            XmrLimits limits = group.limits();
            boolean defined = limits.defined();
            out.add(out.row(BatchTable.PTD_POINTS, id)
                    .set("row", source.row())
                    .set("date", chart.date(i).toString())
                    .set("y", chart.value(i))
                    .set("rebase_group", group.number())
                    .set("short_group_warning", group.trial())
                    .set("fix_y", chart.inBaseline(i) ? (Double) chart.value(i) : null)
                    .set("mean", limits.mean())
                    .set("lpl", limits.lpl())
                    .set("upl", limits.upl())
                    .set("relative_to_mean", chart.relativeToMean(i))
                    .set("outside_limits", defined ? (Boolean) chart.outsideLimits(i) : null)
                    .set("close_to_limits", defined ? (Boolean) chart.closeToLimits(i) : null)
                    .set("rule_trend", chart.trend(i) ? 1 : 0)
                    .set("rule_two_in_three", !defined && nhsr && sameSideWindow(chart, group, i) ? null
                            : (Integer) (chart.twoInThree(i) ? 1 : 0))
                    .set("rule_shift", chart.shift(i) ? 1 : 0)
                    .set("special_cause_type", chart.specialCause(i).label(runLength))
                    .set("special_cause_flag", chart.pointType(i) != PointType.COMMON_CAUSE)
                    .set("point_type", chart.pointType(i).code())
                    .set("target", target));
        }
    }

    /**
     * NHSRplotthedots' two-of-three flag is NA (not 0) on a group without limits when a 3-point window
     * containing the point lies wholly on one side of the mean: R's {@code NA >= 2 & TRUE} is NA. That
     * happens only when a constant fixed baseline is followed by other values.
     */
    private static boolean sameSideWindow(SpcChart chart, SpcGroup group, int i) {
        for (int start = Math.max(group.from(), i - 2); start <= i && start + 2 < group.to(); start++) {
            int side = chart.relativeToMean(start);
            if (side != 0 && chart.relativeToMean(start + 1) == side && chart.relativeToMean(start + 2) == side) {
                return true;
            }
        }
        return false;
    }

    private static void writeGroups(SpcChart chart, BatchOutput out) {
        String id = chart.series().name();
        List<SpcGroup> groups = chart.groups();
        for (int g = 0; g < groups.size(); g++) {
            SpcGroup group = groups.get(g);
            int improvement = 0;
            int concern = 0;
            int flagged = 0;
            for (int i = group.from(); i < group.to(); i++) {
                PointType type = chart.pointType(i);
                flagged += type == PointType.COMMON_CAUSE ? 0 : 1;
                improvement += type == PointType.SPECIAL_CAUSE_IMPROVEMENT ? 1 : 0;
                concern += type == PointType.SPECIAL_CAUSE_CONCERN ? 1 : 0;
            }
            boolean last = g == groups.size() - 1;
            out.add(out.row(BatchTable.PTD_GROUPS, id)
                    .set("rebase_group", group.number())
                    .set("n", group.size())
                    .set("mean", group.limits().mean())
                    .set("lpl", group.limits().lpl())
                    .set("upl", group.limits().upl())
                    .set("common_cause", group.size() - flagged)
                    .set("special_cause_improvement", improvement)
                    .set("special_cause_concern", concern)
                    .set("variation_type", chart.pointType(group.to() - 1).code())
                    .set("assurance_type", last && chart.assurance() != null ? chart.assurance().code() : null));
        }
    }

    private void writeChart(SpcChart chart, BatchOutput out) {
        int last = chart.size() - 1;
        XmrLimits limits = chart.limits(last);
        boolean shortGroups = chart.anyTrialLimits();
        String messages = !shortGroups ? "" : mode == SpcMode.NHSR ? NHSR_SHORT_GROUP_WARNING : MDC_TRIAL_LIMITS;
        out.add(out.row(BatchTable.PTD_CHARTS, chart.series().name())
                .na("error")
                .set("n_points", chart.size())
                .set("n_groups", chart.groups().size())
                .set("improvement_direction", chart.options().direction().code())
                .set("target", chart.options().target())
                .set("last_mean", limits.mean())
                .set("last_lpl", limits.lpl())
                .set("last_upl", limits.upl())
                .set("variation_type", chart.pointType(last).code())
                .set("variation_icon", chart.variationIcon().fileName())
                .set("assurance_type", chart.assurance() == null ? null : chart.assurance().code())
                .set("assurance_icon", chart.assurance() == null ? null : chart.assurance().iconFile())
                .set("n_special_cause_improvement", chart.count(PointType.SPECIAL_CAUSE_IMPROVEMENT))
                .set("n_special_cause_concern", chart.count(PointType.SPECIAL_CAUSE_CONCERN))
                .set("n_special_cause_neutral", chart.count(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH)
                        + chart.count(PointType.SPECIAL_CAUSE_NEUTRAL_LOW))
                .set("any_short_group_warning", shortGroups)
                .set("messages", messages));
    }
}
