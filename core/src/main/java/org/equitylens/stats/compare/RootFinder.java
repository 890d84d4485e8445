package org.equitylens.stats.compare;

import java.util.function.DoubleUnaryOperator;
import org.equitylens.stats.table.InputException;

/**
 * R's {@code uniroot} (Brent's method as in R's {@code R_zeroin2}, {@code src/library/stats/src/zeroin.c})
 * with its default tolerance {@code .Machine$double.eps^0.25} and 1000 iterations. The peers solve
 * for exact limits with it and stop where its tolerance stops, so the same steps are taken here to land
 * on the same root, not merely a root within the tolerance.
 */
final class RootFinder {

    static final double DEFAULT_TOLERANCE = Math.pow(Math.ulp(1.0), 0.25);
    private static final int MAX_ITERATIONS = 1000;
    private static final double EPSILON = Math.ulp(1.0);

    private RootFinder() {
    }

    /**
     * The root of {@code f} in {@code [lower, upper]}.
     *
     * @param what names the quantity solved for, for the error when the end points do not bracket a root
     */
    static double uniroot(DoubleUnaryOperator f, double lower, double upper, String what) {
        double fa = f.applyAsDouble(lower);
        double fb = f.applyAsDouble(upper);
        if (Double.isNaN(fa) || Double.isNaN(fb)) {
            throw InputException.of("cannot solve for " + what + ": the function is not defined at an end of ["
                    + lower + ", " + upper + "]");
        }
        if (fa * fb > 0) {
            throw InputException.of("cannot solve for " + what + ": no sign change on [" + lower + ", " + upper
                    + "] (as the peer, which stops here; typically a zero cell)");
        }
        return zeroin(f, lower, upper, fa, fb, DEFAULT_TOLERANCE);
    }

    private static double zeroin(DoubleUnaryOperator f, double ax, double bx, double fa0, double fb0, double tol) {
        double a = ax;
        double b = bx;
        double fa = fa0;
        double fb = fb0;
        double c = a;
        double fc = fa;
        if (fa == 0.0) {
            return a;
        }
        if (fb == 0.0) {
            return b;
        }
        int maxit = MAX_ITERATIONS + 1;
        while (maxit-- > 0) {
            double prevStep = b - a;
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolAct = 2 * EPSILON * Math.abs(b) + tol / 2;
            double newStep = (c - b) / 2;
            if (Math.abs(newStep) <= tolAct || fb == 0) {
                return b;
            }
            if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
                double p;
                double q;
                double cb = c - b;
                if (a == c) {
                    double t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                } else {
                    q = fa / fc;
                    double t1 = fb / fc;
                    double t2 = fb / fa;
                    p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(prevStep * q / 2)) {
                    newStep = p / q;
                }
            }
            if (Math.abs(newStep) < tolAct) {
                newStep = newStep > 0 ? tolAct : -tolAct;
            }
            a = b;
            fa = fb;
            b += newStep;
            fb = f.applyAsDouble(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
                c = a;
                fc = fa;
            }
        }
        return b;
    }
}
