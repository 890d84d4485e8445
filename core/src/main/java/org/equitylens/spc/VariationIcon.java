package org.equitylens.spc;

/**
 * The Making Data Count variation icon, from the latest point's type and the improvement direction
 * (NHSRplotthedots {@code ptd_get_icons()}; file names as in its {@code inst/icons/variation/}).
 */
public enum VariationIcon {
    COMMON_CAUSE("common_cause.svg", "common cause variation"),
    IMPROVEMENT_HIGH("improvement_high.svg", "special cause improvement (high)"),
    IMPROVEMENT_LOW("improvement_low.svg", "special cause improvement (low)"),
    CONCERN_HIGH("concern_high.svg", "special cause concern (high)"),
    CONCERN_LOW("concern_low.svg", "special cause concern (low)"),
    NEUTRAL_HIGH("neutral_high.svg", "special cause variation, neither improvement nor concern (high)"),
    NEUTRAL_LOW("neutral_low.svg", "special cause variation, neither improvement nor concern (low)");

    private final String fileName;
    private final String description;

    VariationIcon(String fileName, String description) {
        this.fileName = fileName;
        this.description = description;
    }

    public String fileName() {
        return fileName;
    }

    /** Plain-English reading of the icon. */
    public String description() {
        return description;
    }

    /** The icon for the latest point: improvement/concern are high or low by the direction. */
    public static VariationIcon of(PointType latest, ImprovementDirection direction) {
        boolean increase = direction == ImprovementDirection.INCREASE;
        switch (latest) {
            case SPECIAL_CAUSE_IMPROVEMENT:
                return increase ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case SPECIAL_CAUSE_CONCERN:
                return increase ? CONCERN_LOW : CONCERN_HIGH;
            case SPECIAL_CAUSE_NEUTRAL_HIGH:
                return NEUTRAL_HIGH;
            case SPECIAL_CAUSE_NEUTRAL_LOW:
                return NEUTRAL_LOW;
            default:
                return COMMON_CAUSE;
        }
    }
}
