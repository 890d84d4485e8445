package org.equitylens.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Funnel-plot control limits as PHE's Fingertips tools compute them (PHEindicatormethods 2.1.0,
 * {@code R/Funnels.R} and {@code R/utils.R}, ported from PHE's Excel funnel macros). The 95% and
 * 99.8% limits are conventionally labelled "2s" and "3s" (two and three sigma).
 */
public final class Funnels {

    private Funnels() {
    }

    /**
     * The proportion at which a Wilson interval around {@code average} for a sample of
     * {@code population} just reaches the observed value — the funnel limit for proportions —
     * times {@code multiplier}. With z = Φ⁻¹(p):
     * <pre>
     *   A = p̄(N/z² + 1),  D = √((−8A)² − 64(1/z² + 1/N)·p̄·(N(p̄(N/z² + 2) − 1) + z²(p̄ − 1)))
     *   low = (A − D/8)/(1/z² + 1/N)/N,   high = (A + D/8)/(1/z² + 1/N)/N
     * </pre>
     */
    public static double sigmaAdjustment(double p, double population, double average, boolean high,
            double multiplier) {
        double z = Distributions.qnorm(p);
        double z2 = z * z;
        double first = average * (population / z2 + 1);
        double adj = Math.sqrt(Math.pow(-8 * average * (population / z2 + 1), 2) - 64 * (1 / z2 + 1 / population)
                * average * (population * (average * (population / z2 + 2) - 1) + z2 * (average - 1)));
        double last = 1 / z2 + 1 / population;
        double limit = high ? (first + adj / 8) / last : (first - adj / 8) / last;
        return limit / population * multiplier;
    }

    /**
     * Poisson probability that X lies in [a, b] for mean z, by summing the unnormalised terms
     * z^k/k! until they are negligible (rescaled by 1e30 to avoid overflow) — the Excel macro's
     * {@code PoissonCIs}.
     */
    static double poissonProbability(double z, double a, double b) {
        double q = 1;
        double total = 0;
        double part = 0;
        double k = 0;
        while (k <= z || q > total * 1e-10) {
            total += q;
            if (k >= a && k <= b) {
                part += q;
            }
            if (total > 1e30) {
                part /= 1e30;
                total /= 1e30;
                q /= 1e30;
            }
            k++;
            q = q * z / k;
        }
        return part / total;
    }

    /**
     * The Poisson mean at which {@code observed} events sit at tail probability p, found by the
     * macro's bisection on v ∈ (0, 1) with mean (1+O)·v/(1−v) (23 halvings, accurate to about 5e-5
     * relative; replicated rather than replaced by the exact chi-square quantile so the limits
     * agree with the peer). Side "low" (high = false) solves P(X ≥ O) = p, "high" P(X ≤ O) = p.
     */
    public static double poissonFunnel(double observed, double p, boolean high) {
        double v = 0.5;
        double dv = 0.5;
        while (dv > 1e-7) {
            dv /= 2;
            double mean = (1 + observed) * v / (1 - v);
            boolean down = high ? poissonProbability(mean, 0, observed) < p
                    : poissonProbability(mean, observed, 1e10) > p;
            v = down ? v - dv : v + dv;
        }
        return (1 + observed) * v / (1 - v);
    }

    /**
     * The limit of observed events used for ratio and rate significance, divided by
     * {@code expected}: exact (chi-square) below 10 events, Byar's from 10; 0 for the lower limit of
     * 0 events. {@code p} is the two-sided confidence (0.95 or 0.998).
     */
    public static double ratioLimit(double observed, double expected, double p, boolean high) {
        double limit;
        if (observed == 0 && !high) {
            limit = 0;
        } else if (observed < 10) {
            ChiSquaredDistribution chi = ChiSquaredDistribution.of(high ? 2 * observed + 2 : 2 * observed);
            double tail = 0.5 + p / 2;
            limit = (high ? chi.inverseCumulativeProbability(tail) : chi.inverseSurvivalProbability(tail)) / 2;
        } else {
            double z = Distributions.qnorm(0.5 + p / 2);
            double o = high ? observed + 1 : observed;
            limit = high ? o * Math.pow(1 - 1 / (9 * o) + z / 3 / Math.sqrt(o), 3)
                    : o * Math.pow(1 - 1 / (9 * o) - z / 3 / Math.sqrt(o), 3);
        }
        return limit / expected;
    }
}
