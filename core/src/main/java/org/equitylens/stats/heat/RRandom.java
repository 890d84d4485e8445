package org.equitylens.stats.heat;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * R's default random number generator ({@code RNGkind("Mersenne-Twister", "Inversion")}), so that
 * simulation-based limits seeded like the peer ({@code set.seed(seed)}) follow the same stream.
 *
 * <p>Source: R {@code src/main/RNG.c} (seed scrambling {@code seed = 69069 * seed + 1}, MT19937
 * {@code MT_genrand}, {@code fixup}) and {@code src/nmath/snorm.c} (inversion:
 * {@code u = unif_rand(); u = (int)(2^27 u) + unif_rand(); qnorm(u / 2^27)}). The normal quantile
 * comes from Commons Statistics rather than R's AS241 port; the two agree to a few ulp, which is
 * irrelevant for simulated limits.
 */
public final class RRandom {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final double I2_32M1 = 2.328306437080797e-10;
    private static final double BIG = 134217728;
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final int[] mt = new int[N];
    private int mti;

    private RRandom(int seed) {
        int s = seed;
        for (int j = 0; j < 50; j++) {
            s = 69069 * s + 1;
        }
        // R fills 625 integers: the first is the MT position (then forced to 624), the rest the state.
        s = 69069 * s + 1;
        for (int j = 0; j < N; j++) {
            s = 69069 * s + 1;
            mt[j] = s;
        }
        mti = N;
    }

    /** The generator after R's {@code set.seed(seed)}. */
    public static RRandom seeded(int seed) {
        return new RRandom(seed);
    }

    /** R's {@code unif_rand()}: uniform on (0, 1). */
    public double nextUniform() {
        double x = genrand();
        if (x <= 0.0) {
            return 0.5 * I2_32M1;
        }
        if (1.0 - x <= 0.0) {
            return 1.0 - 0.5 * I2_32M1;
        }
        return x;
    }

    /** R's {@code norm_rand()} by inversion. */
    public double nextStandardNormal() {
        double u = nextUniform();
        u = (int) (BIG * u) + nextUniform();
        return STANDARD_NORMAL.inverseCumulativeProbability(u / BIG);
    }

    /** R's {@code rnorm(1, mean, sd)}: a zero sd returns the mean without consuming the stream. */
    public double nextNormal(double mean, double sd) {
        if (sd == 0 || !Double.isFinite(mean)) {
            return mean;
        }
        return mean + sd * nextStandardNormal();
    }

    private double genrand() {
        int y;
        if (mti >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            }
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            mti = 0;
        }
        y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return Integer.toUnsignedLong(y) * 2.3283064365386963e-10;
    }
}
