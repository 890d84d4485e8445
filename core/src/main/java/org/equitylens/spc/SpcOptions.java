package org.equitylens.spc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Options of an XmR (Making Data Count) chart. Start from {@link #mdc()} or {@link #nhsr()} and
 * change with the {@code with…} methods.
 *
 * @param mode rule set ({@link SpcMode})
 * @param direction which way is better
 * @param target target value, or null for none
 * @param rebaseDates dates starting a new group with its own limits (the point on that date is the
 *     first of the new group); dates matching no point have no effect
 * @param fixAfterNPoints limits from the first n points of each group (≥ 12), 0 for all points
 * @param screenOutliers drop moving ranges ≥ 3.267 × mean moving range before the limits (Nelson 1982)
 * @param runLength points in a shift or trend: 7, or 6 ({@code mdc} only)
 * @param exclusions dates of points left out of the limits and the rules (still plotted)
 * @param annotations free-text notes on points by date (e.g. a PDSA cycle)
 */
public record SpcOptions(
        SpcMode mode,
        ImprovementDirection direction,
        Double target,
        List<LocalDate> rebaseDates,
        int fixAfterNPoints,
        boolean screenOutliers,
        int runLength,
        Set<LocalDate> exclusions,
        Map<LocalDate, String> annotations) {

    /** Groups with fewer points than this have trial limits (NHSRplotthedots' warning threshold). */
    public static final int MINIMUM_POINTS = 13;

    /** Smallest {@code fixAfterNPoints} allowed (NHSRplotthedots validation). */
    public static final int MINIMUM_FIX_AFTER = 12;

    public SpcOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(direction, "direction");
        rebaseDates = List.copyOf(rebaseDates);
        exclusions = Set.copyOf(exclusions);
        annotations = Map.copyOf(annotations);
        if (target != null && !Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be a finite number");
        }
        if (fixAfterNPoints != 0 && fixAfterNPoints < MINIMUM_FIX_AFTER) {
            throw new IllegalArgumentException("fix_after_n_points must be at least " + MINIMUM_FIX_AFTER
                    + ", not " + fixAfterNPoints);
        }
        if (runLength != 7 && !(runLength == 6 && mode == SpcMode.MDC)) {
            throw new IllegalArgumentException("shift/trend length must be 7"
                    + (mode == SpcMode.MDC ? " or 6" : " in nhsr mode") + ", not " + runLength);
        }
    }

    /** Making Data Count defaults: increase is better, no screening, length 7. */
    public static SpcOptions mdc() {
        return new SpcOptions(SpcMode.MDC, ImprovementDirection.INCREASE, null, List.of(), 0, false, 7, Set.of(), Map.of());
    }

    /** NHSRplotthedots 0.2.2 defaults: increase is better, screening on, length 7. */
    public static SpcOptions nhsr() {
        return new SpcOptions(SpcMode.NHSR, ImprovementDirection.INCREASE, null, List.of(), 0, true, 7, Set.of(), Map.of());
    }

    public SpcOptions withDirection(ImprovementDirection d) {
        return new SpcOptions(mode, d, target, rebaseDates, fixAfterNPoints, screenOutliers, runLength, exclusions, annotations);
    }

    public SpcOptions withTarget(Double t) {
        return new SpcOptions(mode, direction, t, rebaseDates, fixAfterNPoints, screenOutliers, runLength, exclusions, annotations);
    }

    public SpcOptions withRebaseDates(List<LocalDate> dates) {
        return new SpcOptions(mode, direction, target, dates, fixAfterNPoints, screenOutliers, runLength, exclusions, annotations);
    }

    public SpcOptions withFixAfterNPoints(int n) {
        return new SpcOptions(mode, direction, target, rebaseDates, n, screenOutliers, runLength, exclusions, annotations);
    }

    public SpcOptions withScreenOutliers(boolean screen) {
        return new SpcOptions(mode, direction, target, rebaseDates, fixAfterNPoints, screen, runLength, exclusions, annotations);
    }

    public SpcOptions withRunLength(int length) {
        return new SpcOptions(mode, direction, target, rebaseDates, fixAfterNPoints, screenOutliers, length, exclusions, annotations);
    }

    public SpcOptions withExclusions(Set<LocalDate> dates) {
        return new SpcOptions(mode, direction, target, rebaseDates, fixAfterNPoints, screenOutliers, runLength, dates, annotations);
    }

    public SpcOptions withAnnotations(Map<LocalDate, String> notes) {
        return new SpcOptions(mode, direction, target, rebaseDates, fixAfterNPoints, screenOutliers, runLength, exclusions, notes);
    }
}
