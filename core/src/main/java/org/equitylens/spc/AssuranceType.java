package org.equitylens.spc;

import java.util.Locale;

/**
 * The Making Data Count assurance icon: where the target lies against the latest process limits
 * (NHSRplotthedots {@code ptd_calculate_assurance_type()}).
 */
public enum AssuranceType {
    /** The process will consistently meet the target. */
    CONSISTENT_PASS("pass.svg"),
    /** The process will consistently miss the target. */
    CONSISTENT_FAIL("fail.svg"),
    /** The target lies within the limits: the process will hit and miss it. */
    INCONSISTENT("inconsistent.svg");

    private final String iconFile;

    AssuranceType(String iconFile) {
        this.iconFile = iconFile;
    }

    /** {@code consistent_pass}, {@code consistent_fail}, {@code inconsistent}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String iconFile() {
        return iconFile;
    }

    /**
     * Assurance of a target against limits {@code lpl..upl}; null when there is no target or the
     * direction is neutral. Comparisons are strict, so a target on a limit (or NaN limits) is
     * {@link #INCONSISTENT}.
     */
    public static AssuranceType of(Double target, double lpl, double upl, ImprovementDirection direction) {
        if (target == null || direction == ImprovementDirection.NEUTRAL) {
            return null;
        }
        boolean increase = direction == ImprovementDirection.INCREASE;
        if (target > upl) {
            return increase ? CONSISTENT_FAIL : CONSISTENT_PASS;
        }
        if (target < lpl) {
            return increase ? CONSISTENT_PASS : CONSISTENT_FAIL;
        }
        return INCONSISTENT;
    }
}
