package org.equitylens.stats;

/**
 * R's default random number generator, reproduced bit for bit so that simulation-based intervals
 * (phe_sii) agree with R given the same seed: Mersenne-Twister (Matsumoto &amp; Nishimura 1998,
 * MT19937) seeded as R's {@code set.seed} does, and normal deviates by inversion (R's
 * {@code norm_rand} with {@code normal.kind = "Inversion"} and the AS 241 quantile,
 * {@link Distributions#qnorm}). Not thread-safe: one instance per simulation.
 */
public final class RRandom {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final double TO_UNIT = 2.3283064365386963e-10;
    private static final double I2_32M1 = 2.328306437080797e-10;
    private static final double BIG = 134217728;

    private final int[] mt = new int[N];
    private int mti;

    private RRandom(int seed) {
        // set.seed: 50 rounds of an LCG scramble, then the LCG fills the 625-word seed vector whose
        // first word (the MT position) is then forced to 624 so the first draw regenerates the state.
        int s = seed;
        for (int j = 0; j < 50; j++) {
            s = 69069 * s + 1;
        }
        s = 69069 * s + 1;
        for (int j = 0; j < N; j++) {
            s = 69069 * s + 1;
            mt[j] = s;
        }
        mti = N;
    }

    /** The generator in the state R's {@code set.seed(seed)} leaves it in. */
    public static RRandom seeded(int seed) {
        return new RRandom(seed);
    }

    /** R's {@code unif_rand()}: uniform on (0, 1). */
    public double unifRand() {
        double u = (genrand() & 0xffffffffL) * TO_UNIT;
        if (u <= 0) {
            return 0.5 * I2_32M1;
        }
        if (1 - u <= 0) {
            return 1 - 0.5 * I2_32M1;
        }
        return u;
    }

    /** R's {@code norm_rand()} by inversion, using two uniforms for 2^-27-fine resolution. */
    public double normRand() {
        double u = unifRand();
        u = (int) (BIG * u) + unifRand();
        return Distributions.qnorm(u / BIG);
    }

    /** R's {@code rnorm(1, mu, sigma)}; sigma 0 returns mu without drawing, as R does. */
    public double rnorm(double mu, double sigma) {
        if (Double.isNaN(mu) || !Double.isFinite(sigma) || sigma < 0) {
            return Double.NaN;
        }
        if (sigma == 0 || !Double.isFinite(mu)) {
            return mu;
        }
        return mu + sigma * normRand();
    }

    private int genrand() {
        if (mti >= N) {
            int kk;
            int y;
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
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }
}
