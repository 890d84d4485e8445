package org.equitylens.spc.qic;

/**
 * Anhøj runs analysis of one part of a chart.
 *
 * <p>Over the included rows, the sign of {@code y − cl} is taken; missing values and points
 * exactly on the centre line are dropped (they neither break nor extend a run). Then
 * {@code longestRun} is the longest block of equal signs and {@code nCrossings} the number of
 * sign changes. The part signals when {@code longestRun > longestRunMax} or
 * {@code nCrossings < nCrossingsMin} ({@link AnhoejRules}). With no useful observation the
 * statistics are absent ({@code null}) and there is no signal.
 *
 * <p>Source: qicharts2 0.8.1 {@code runs.analysis()} (behaviour as described in SPEC §2.4).
 *
 * @param nObs          included rows, counting missing values and points on the centre line
 * @param nUseful       included rows off the centre line with a value
 * @param longestRun    longest run on one side of the centre line, or null
 * @param longestRunMax threshold for the longest run, or null
 * @param nCrossings    number of times the series crosses the centre line, or null
 * @param nCrossingsMin threshold for the crossings, or null
 * @param signal        whether either rule fires
 */
public record RunsAnalysis(int nObs, int nUseful, Integer longestRun, Integer longestRunMax,
                           Integer nCrossings, Integer nCrossingsMin, boolean signal) {

    /**
     * Analyses the runs of {@code y} about {@code cl}.
     *
     * @param y       plotted values (NaN = missing)
     * @param cl      centre line per row (NaN = missing)
     * @param include whether each row takes part (false for excluded rows)
     * @return the analysis
     */
    public static RunsAnalysis of(double[] y, double[] cl, boolean[] include) {
        int nObs = 0;
        int nUseful = 0;
        int longest = 0;
        int blocks = 0;
        int currentLength = 0;
        double currentSign = 0;
        for (int i = 0; i < y.length; i++) {
            if (!include[i]) {
                continue;
            }
            nObs++;
            double sign = Math.signum(y[i] - cl[i]);
            if (Double.isNaN(sign) || sign == 0) {
                continue;
            }
            nUseful++;
            if (sign == currentSign) {
                currentLength++;
            } else {
                blocks++;
                currentSign = sign;
                currentLength = 1;
            }
            longest = Math.max(longest, currentLength);
        }
        if (nUseful == 0) {
            return new RunsAnalysis(nObs, 0, null, null, null, null, false);
        }
        int longestMax = AnhoejRules.longestRunMax(nUseful);
        int crossings = blocks - 1;
        int crossingsMin = AnhoejRules.crossingsMin(nUseful);
        boolean signal = longest > longestMax || crossings < crossingsMin;
        return new RunsAnalysis(nObs, nUseful, longest, longestMax, crossings, crossingsMin, signal);
    }

    /** The same statistics with the signal suppressed (MR charts, where runs are meaningless). */
    RunsAnalysis withoutSignal() {
        return new RunsAnalysis(nObs, nUseful, longestRun, longestRunMax, nCrossings, nCrossingsMin, false);
    }
}
