package org.equitylens.spc;

/**
 * The special-cause rule that labels a point, in NHSRplotthedots' precedence order (astronomical
 * point, trend, two-of-three, shift), plus common cause. Direction is +1 (high / increasing), −1
 * (low / decreasing) or 0.
 */
public enum SpecialCause {
    ABOVE_UCL(1),
    BELOW_LCL(-1),
    TREND_INCREASING(1),
    TREND_DECREASING(-1),
    TWO_IN_THREE_ABOVE(1),
    TWO_IN_THREE_BELOW(-1),
    SHIFT_ABOVE(1),
    SHIFT_BELOW(-1),
    COMMON_CAUSE(0);

    private final int direction;

    SpecialCause(int direction) {
        this.direction = direction;
    }

    /** +1 above / increasing, −1 below / decreasing, 0 for common cause. */
    public int direction() {
        return direction;
    }

    /**
     * The NHSRplotthedots label ({@code special_cause_type}), e.g. {@code 7 Point Trend (Increasing)};
     * {@code runLength} is the shift/trend length in use (7 in NHSRplotthedots).
     */
    public String label(int runLength) {
        switch (this) {
            case ABOVE_UCL:
                return "Above UCL";
            case BELOW_LCL:
                return "Below LCL";
            case TREND_INCREASING:
                return runLength + " Point Trend (Increasing)";
            case TREND_DECREASING:
                return runLength + " Point Trend (Decreasing)";
            case TWO_IN_THREE_ABOVE:
                return "2 in 3 Above CL";
            case TWO_IN_THREE_BELOW:
                return "2 in 3 Below CL";
            case SHIFT_ABOVE:
                return runLength + " Points Above CL";
            case SHIFT_BELOW:
                return runLength + " Points Below CL";
            default:
                return "Common Cause";
        }
    }
}
