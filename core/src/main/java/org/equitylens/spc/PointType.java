package org.equitylens.spc;

import java.util.Locale;

/** How a point reads once the improvement direction is applied (NHSRplotthedots {@code point_type}). */
public enum PointType {
    COMMON_CAUSE,
    SPECIAL_CAUSE_IMPROVEMENT,
    SPECIAL_CAUSE_CONCERN,
    SPECIAL_CAUSE_NEUTRAL_HIGH,
    SPECIAL_CAUSE_NEUTRAL_LOW;

    /** {@code common_cause}, {@code special_cause_improvement}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Classifies a signal direction (+1 high, −1 low, 0 none): neutral measures give high/low,
     * otherwise direction × improvement sign gives improvement (&gt; 0) or concern (&lt; 0).
     */
    public static PointType of(int signalDirection, ImprovementDirection improvement) {
        if (signalDirection == 0) {
            return COMMON_CAUSE;
        }
        if (improvement == ImprovementDirection.NEUTRAL) {
            return signalDirection > 0 ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
        }
        return signalDirection * improvement.sign() > 0 ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
    }
}
