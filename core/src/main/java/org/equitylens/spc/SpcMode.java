package org.equitylens.spc;

/**
 * The rule set of a Making Data Count XmR chart. Both modes share limits, rules and icons; they differ
 * where NHS England's Making Data Count tools and NHSRplotthedots 0.2.2 differ (docs/spc.md).
 */
public enum SpcMode {
    /**
     * NHS England Making Data Count, the product default: no moving-range screening by default, any
     * point beyond 2σ counts toward two-of-three, improvement wins a conflict between rules, shift and
     * trend length 7 or 6, groups of fewer than 13 points have trial limits.
     */
    MDC,
    /** NHSRplotthedots 0.2.2 exactly: screening on by default, fixed rule precedence, length 7. */
    NHSR
}
