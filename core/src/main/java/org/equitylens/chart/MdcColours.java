package org.equitylens.chart;

/**
 * The Making Data Count palette: grey common cause, orange concern, blue improvement, purple neutral
 * (NHS identity colours as the MDC tools use them).
 */
public final class MdcColours {

    public static final String COMMON_CAUSE = "#768692";
    public static final String CONCERN = "#ED8B00";
    public static final String IMPROVEMENT = "#005EB8";
    public static final String NEUTRAL = "#7030A0";
    public static final String LINE = "#A5A5A5";
    public static final String MEAN = "#231F20";
    public static final String LIMIT = "#768692";
    public static final String TARGET = "#DA291C";
    public static final String TEXT = "#212B32";
    public static final String GRID = "#E8EDEE";

    private MdcColours() {
    }
}
