package org.equitylens.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The XmR pipeline, as NHSRplotthedots runs it: split into rebase groups → compute each group's
 * limits → per-point attributes → the four rules → classify points → icons.
 */
public final class XmrAnalysis {

    private XmrAnalysis() {
    }

    /**
     * Analyses a series.
     *
     * @throws IllegalArgumentException for an empty series
     */
    public static SpcChart analyse(Series series, SpcOptions options) {
        int n = series.size();
        if (n == 0) {
            throw new IllegalArgumentException(series.name() + ": no points to chart");
        }
        double[] y = series.valuesInternal();
        LocalDate[] dates = series.datesInternal();
        boolean mdc = options.mode() == SpcMode.MDC;

        boolean[] excluded = membership(dates, options.exclusions());
        int[] groupOf = new int[n];
        List<int[]> bounds = groupBounds(dates, options.rebaseDates(), groupOf);

        byte[] side = new byte[n];
        boolean[] outside = new boolean[n];
        boolean[] close = new boolean[n];
        boolean[] beyondTwoSigma = new boolean[n];
        // What counts toward two-of-three: nhsr only 2σ–3σ points, mdc any point beyond 2σ.
        boolean[] twoInThreeCounts = mdc ? beyondTwoSigma : close;
        boolean[] trend = new boolean[n];
        byte[] trendDirection = new byte[n];
        boolean[] twoInThree = new boolean[n];
        boolean[] shift = new boolean[n];
        SpecialCause[] cause = new SpecialCause[n];
        PointType[] type = new PointType[n];
        boolean[] inBaseline = new boolean[n];
        int[] idx = new int[n];
        double[] scratch = new double[n];
        List<SpcGroup> groups = new ArrayList<>(bounds.size());

        for (int[] b : bounds) {
            int from = b[1];
            int to = b[2];
            // Baseline: the group's first fixAfterNPoints included points (all when not fixed).
            int limit = options.fixAfterNPoints() == 0 ? Integer.MAX_VALUE : options.fixAfterNPoints();
            int baseline = 0;
            for (int i = from; i < to && baseline < limit; i++) {
                if (!excluded[i]) {
                    idx[baseline++] = i;
                    inBaseline[i] = true;
                }
            }
            XmrLimits limits = XmrLimits.compute(y, idx, baseline, options.screenOutliers(), scratch);
            int m = 0;
            for (int i = from; i < to; i++) {
                attributes(y[i], limits, i, side, outside, close, beyondTwoSigma);
                if (!excluded[i]) {
                    idx[m++] = i;
                }
            }
            groups.add(new SpcGroup(b[0], from, to, limits, m < SpcOptions.MINIMUM_POINTS));

            SpcRules.trend(y, idx, m, options.runLength(), trend, trendDirection);
            SpcRules.twoInThree(twoInThreeCounts, side, idx, m, twoInThree);
            SpcRules.shift(side, idx, m, options.runLength(), shift);
        }

        for (int i = 0; i < n; i++) {
            cause[i] = excluded[i] ? SpecialCause.COMMON_CAUSE
                    : classify(outside[i], side[i], trend[i], trendDirection[i], twoInThree[i], shift[i],
                            mdc, options.direction());
            type[i] = PointType.of(cause[i].direction(), options.direction());
        }

        XmrLimits latest = groups.get(groupOf[n - 1]).limits();
        VariationIcon variation = VariationIcon.of(type[n - 1], options.direction());
        AssuranceType assurance = AssuranceType.of(options.target(), latest.lpl(), latest.upl(), options.direction());
        return new SpcChart(series, options, groupOf, groups, side, outside, close, trend, twoInThree, shift, excluded,
                inBaseline, cause, type, variation, assurance);
    }

    /**
     * Per-point attributes against the group's limits: side of the mean (0 exactly on it), beyond a
     * limit (strict), between the 2σ line and the limit, and beyond the 2σ line. All comparisons are
     * false when the limits are NaN.
     */
    static void attributes(double y, XmrLimits l, int i, byte[] side, boolean[] outside, boolean[] close,
            boolean[] beyondTwoSigma) {
        side[i] = (byte) Math.signum(y - l.mean());
        boolean beyondLimit = y > l.upl() || y < l.lpl();
        boolean beyond2 = y > l.upperTwoSigma() || y < l.lowerTwoSigma();
        outside[i] = beyondLimit;
        close[i] = !beyondLimit && beyond2;
        beyondTwoSigma[i] = beyond2;
    }

    /**
     * The special cause labelling a point. Candidates in NHSRplotthedots' precedence: beyond a limit,
     * trend, two-of-three, shift. {@code nhsr} takes the first; {@code mdc} takes the first candidate
     * that is an improvement when any is (improvement wins a conflict), else the first.
     */
    static SpecialCause classify(boolean outside, int side, boolean trend, int trendDirection, boolean twoInThree,
            boolean shift, boolean improvementWins, ImprovementDirection direction) {
        SpecialCause limit = outside ? (side > 0 ? SpecialCause.ABOVE_UCL : SpecialCause.BELOW_LCL) : null;
        SpecialCause run = trend ? (trendDirection > 0 ? SpecialCause.TREND_INCREASING : SpecialCause.TREND_DECREASING) : null;
        SpecialCause two = twoInThree ? (side > 0 ? SpecialCause.TWO_IN_THREE_ABOVE : SpecialCause.TWO_IN_THREE_BELOW) : null;
        SpecialCause side7 = shift ? (side > 0 ? SpecialCause.SHIFT_ABOVE : SpecialCause.SHIFT_BELOW) : null;
        SpecialCause first = limit != null ? limit : run != null ? run : two != null ? two : side7;
        if (first == null) {
            return SpecialCause.COMMON_CAUSE;
        }
        if (!improvementWins || direction == ImprovementDirection.NEUTRAL || improves(first, direction)) {
            return first;
        }
        for (SpecialCause candidate : new SpecialCause[] {run, two, side7}) {
            if (candidate != null && improves(candidate, direction)) {
                return candidate;
            }
        }
        return first;
    }

    private static boolean improves(SpecialCause cause, ImprovementDirection direction) {
        return cause.direction() * direction.sign() > 0;
    }

    /** Group bounds {number, from, to} in date order; fills groupOf with each point's group index. */
    private static List<int[]> groupBounds(LocalDate[] dates, List<LocalDate> rebaseDates, int[] groupOf) {
        int n = dates.length;
        List<int[]> bounds = new ArrayList<>();
        Set<LocalDate> rebase = rebaseDates.isEmpty() ? Set.of() : new HashSet<>(rebaseDates);
        int number = 0;
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (!rebase.isEmpty() && rebase.contains(dates[i])) {
                if (i > 0) {
                    bounds.add(new int[] {number, from, i});
                    from = i;
                }
                number++;
            }
            groupOf[i] = bounds.size();
        }
        bounds.add(new int[] {number, from, n});
        return bounds;
    }

    private static boolean[] membership(LocalDate[] dates, Set<LocalDate> set) {
        boolean[] in = new boolean[dates.length];
        if (!set.isEmpty()) {
            for (int i = 0; i < dates.length; i++) {
                in[i] = set.contains(dates[i]);
            }
        }
        return in;
    }
}
