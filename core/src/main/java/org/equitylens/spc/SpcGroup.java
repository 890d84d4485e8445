package org.equitylens.spc;

/**
 * One group of an XmR chart: the points between two rebase dates, with their own limits.
 *
 * @param number rebase group number (0, 1, 2, … counting rebase dates reached; 1 first if the
 *     series starts on a rebase date)
 * @param from first point (date order), inclusive
 * @param to last point, exclusive
 * @param limits centre line and limits
 * @param trial fewer than {@link SpcOptions#MINIMUM_POINTS} points: trial limits
 */
public record SpcGroup(int number, int from, int to, XmrLimits limits, boolean trial) {

    /** Number of points. */
    public int size() {
        return to - from;
    }
}
