package org.equitylens.spc;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * An analysed XmR chart: every point with its group, limits, side of the mean, rule flags, winning
 * special cause and point type; the groups; the variation and assurance icons. Built by
 * {@link XmrAnalysis#analyse}. Points are indexed 0..size−1 in date order.
 */
public final class SpcChart {

    private final Series series;
    private final SpcOptions options;
    private final int[] groupOf;
    private final List<SpcGroup> groups;
    private final byte[] side;
    private final boolean[] outside;
    private final boolean[] close;
    private final boolean[] trend;
    private final boolean[] twoInThree;
    private final boolean[] shift;
    private final boolean[] excluded;
    private final boolean[] baseline;
    private final SpecialCause[] cause;
    private final PointType[] type;
    private final VariationIcon variation;
    private final AssuranceType assurance;

    SpcChart(Series series, SpcOptions options, int[] groupOf, List<SpcGroup> groups, byte[] side, boolean[] outside,
            boolean[] close, boolean[] trend, boolean[] twoInThree, boolean[] shift, boolean[] excluded,
            boolean[] baseline, SpecialCause[] cause, PointType[] type, VariationIcon variation, AssuranceType assurance) {
        this.series = series;
        this.options = options;
        this.groupOf = groupOf;
        this.groups = Collections.unmodifiableList(groups); // built by XmrAnalysis for this chart only
        this.side = side;
        this.outside = outside;
        this.close = close;
        this.trend = trend;
        this.twoInThree = twoInThree;
        this.shift = shift;
        this.excluded = excluded;
        this.baseline = baseline;
        this.cause = cause;
        this.type = type;
        this.variation = variation;
        this.assurance = assurance;
    }

    public Series series() {
        return series;
    }

    public SpcOptions options() {
        return options;
    }

    public int size() {
        return series.size();
    }

    public LocalDate date(int i) {
        return series.date(i);
    }

    public double value(int i) {
        return series.value(i);
    }

    /** Groups in date order. */
    public List<SpcGroup> groups() {
        return groups;
    }

    /** The group of point i. */
    public SpcGroup group(int i) {
        return groups.get(groupOf[i]);
    }

    /** Limits in force at point i. */
    public XmrLimits limits(int i) {
        return group(i).limits();
    }

    /** −1 below, 0 exactly on, +1 above the mean. */
    public int relativeToMean(int i) {
        return side[i];
    }

    /** Beyond a process limit (strict); false when the limits are undefined (see {@link XmrLimits#defined()}). */
    public boolean outsideLimits(int i) {
        return outside[i];
    }

    /** Between the 2σ line and the limit (not beyond it); false when the limits are undefined. */
    public boolean closeToLimits(int i) {
        return close[i];
    }

    /** Part of a trend of {@link SpcOptions#runLength()} points. */
    public boolean trend(int i) {
        return trend[i];
    }

    /** Flagged by the two-out-of-three rule of the mode. */
    public boolean twoInThree(int i) {
        return twoInThree[i];
    }

    /** Part of a shift of {@link SpcOptions#runLength()} points on one side of the mean. */
    public boolean shift(int i) {
        return shift[i];
    }

    /** Left out of the limits and rules by option. */
    public boolean excluded(int i) {
        return excluded[i];
    }

    /** Used for the centre line and limits (within the group's fixed baseline and not excluded). */
    public boolean inBaseline(int i) {
        return baseline[i];
    }

    /** The special cause that labels the point. */
    public SpecialCause specialCause(int i) {
        return cause[i];
    }

    public PointType pointType(int i) {
        return type[i];
    }

    /** The note on this point, or null. */
    public String annotation(int i) {
        return options.annotations().get(series.date(i));
    }

    /** Variation icon from the latest point (common cause for an empty chart). */
    public VariationIcon variationIcon() {
        return variation;
    }

    /** Assurance icon from the target and the latest limits; null without a target or when neutral. */
    public AssuranceType assurance() {
        return assurance;
    }

    /** The latest group's limits are trial limits. */
    public boolean trialLimits() {
        return !groups.isEmpty() && groups.get(groups.size() - 1).trial();
    }

    /** Any group has trial limits. */
    public boolean anyTrialLimits() {
        return groups.stream().anyMatch(SpcGroup::trial);
    }

    /** Number of points of a type. */
    public int count(PointType t) {
        int count = 0;
        for (PointType p : type) {
            if (p == t) {
                count++;
            }
        }
        return count;
    }
}
