package org.equitylens.spc.qic;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Anhøj's run-chart rules: thresholds for the longest run and for the number of crossings.
 *
 * <p>For {@code n} useful observations (not on the centre line):
 * <ul>
 *   <li>longest run signal when the longest run exceeds {@code round(log2(n)) + 3}
 *       (Schilling's expected longest run plus three);</li>
 *   <li>crossings signal when the number of crossings is below the 5th percentile of
 *       Binomial({@code n − 1}, ½), i.e. the smallest {@code k} with
 *       {@code P(X ≤ k) ≥ 0.05} ({@code qbinom(0.05, n − 1, 0.5)} in R).</li>
 * </ul>
 * Source: Anhøj J, Olesen AV (2014) "Run charts revisited", PLoS ONE 9(11): e113825;
 * qicharts2 0.8.1 {@code crsignal()}.
 */
public final class AnhoejRules {

    /** The crossings rule's false-alarm level. */
    static final double CROSSINGS_PROBABILITY = 0.05;

    private AnhoejRules() {
    }

    /**
     * Longest run allowed before a signal: {@code round(log2(n)) + 3}.
     *
     * @param nUseful number of useful observations, at least 1
     * @return the threshold
     */
    public static int longestRunMax(int nUseful) {
        requirePositive(nUseful);
        // log2(n) is never exactly x.5 for an integer n, so the rounding mode does not matter.
        return (int) Math.round(Math.log(nUseful) / Math.log(2)) + 3;
    }

    /**
     * Fewest crossings allowed before a signal: {@code qbinom(0.05, n − 1, 0.5)}.
     *
     * @param nUseful number of useful observations, at least 1
     * @return the threshold
     */
    public static int crossingsMin(int nUseful) {
        requirePositive(nUseful);
        if (nUseful == 1) {
            return 0;
        }
        return BinomialDistribution.of(nUseful - 1, 0.5).inverseCumulativeProbability(CROSSINGS_PROBABILITY);
    }

    private static void requirePositive(int nUseful) {
        if (nUseful < 1) {
            throw new IllegalArgumentException("n_useful must be at least 1, was " + nUseful);
        }
    }
}
