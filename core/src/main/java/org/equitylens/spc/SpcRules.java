package org.equitylens.spc;

/**
 * The Making Data Count special-cause rules, each over one group's points taken in date order
 * through an index array ({@code idx[0..m)} into the chart's point arrays), writing flags per point.
 * Source: NHS England "Making Data Count" and NHSRplotthedots 0.2.2 {@code ptd_calculate_point_type()}
 * as specified in SPEC.md §1.4.
 */
public final class SpcRules {

    private SpcRules() {
    }

    /**
     * Trend: {@code runLength} points each strictly above (or below) the one before. Every point of
     * every qualifying window is flagged; a tie (equal consecutive values) breaks the run.
     * Direction of a flagged point: towards the next point when that one is flagged too, else from
     * the previous point (so a peak shared by a rise then a fall takes the fall's direction).
     */
    public static void trend(double[] y, int[] idx, int m, int runLength, boolean[] flag, byte[] direction) {
        int needed = runLength - 1; // consecutive same-sign differences
        int previous = 0;
        int length = 0; // same-sign differences ending at p
        for (int p = 1; p < m; p++) {
            double d = y[idx[p]] - y[idx[p - 1]];
            int s = (d > 0 ? 1 : 0) - (d < 0 ? 1 : 0);
            length = s == 0 ? 0 : s == previous ? length + 1 : 1;
            previous = s;
            if (length >= needed) {
                // first time the run is long enough: flag all its points; afterwards each new point
                for (int q = length == needed ? p - needed : p; q <= p; q++) {
                    flag[idx[q]] = true;
                }
            }
        }
        for (int p = 0; p < m; p++) {
            int i = idx[p];
            if (flag[i]) {
                double step = (p + 1 < m && flag[idx[p + 1]]) ? y[idx[p + 1]] - y[i] : y[i] - y[idx[p - 1]];
                direction[i] = (byte) Math.signum(step);
            }
        }
    }

    /**
     * Shift: {@code runLength} consecutive points on the same side of the mean. A point exactly on the
     * mean ({@code side = 0}) breaks the run. Every point of a qualifying run is flagged.
     */
    public static void shift(byte[] side, int[] idx, int m, int runLength, boolean[] flag) {
        if (m == 0) {
            return;
        }
        int runStart = 0;
        for (int p = 1; p <= m; p++) {
            if (p < m && side[idx[p]] == side[idx[runStart]]) {
                continue;
            }
            if (side[idx[runStart]] != 0 && p - runStart >= runLength) {
                for (int q = runStart; q < p; q++) {
                    flag[idx[q]] = true;
                }
            }
            runStart = p;
        }
    }

    /**
     * Two out of three: a point that {@code counts} is flagged when one of the three 3-point windows
     * containing it (inside the group) holds at least two counting points and all three points lie
     * strictly on the same side of the mean. What counts differs by mode: points between the 2σ line
     * and the limit ({@code nhsr}), or any point beyond the 2σ line ({@code mdc}).
     */
    public static void twoInThree(boolean[] counts, byte[] side, int[] idx, int m, boolean[] flag) {
        for (int p = 0; p < m; p++) {
            if (!counts[idx[p]]) {
                continue;
            }
            for (int start = p - 2; start <= p; start++) {
                if (start >= 0 && start + 2 < m && windowSignals(counts, side, idx, start)) {
                    flag[idx[p]] = true;
                    break;
                }
            }
        }
    }

    private static boolean windowSignals(boolean[] counts, byte[] side, int[] idx, int start) {
        int a = idx[start];
        int b = idx[start + 1];
        int c = idx[start + 2];
        int counting = (counts[a] ? 1 : 0) + (counts[b] ? 1 : 0) + (counts[c] ? 1 : 0);
        return counting >= 2 && Math.abs(side[a] + side[b] + side[c]) == 3;
    }
}
