package org.equitylens.stats.phe;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers printed the way R prints them by default, where a peer puts a number into a label. */
final class RFormat {

    private RFormat() {
    }

    /**
     * R's default printing (7 significant digits, scientific when it is shorter than fixed notation,
     * as {@code paste()} and {@code nchar()} see it): 1000 → "1000", 100000 → "1e+05", 0.5 → "0.5".
     */
    static String print(double x) {
        return print(x, 7);
    }

    /** As {@link #print(double)} with up to 15 significant digits (as {@code as.character}). */
    static String print15(double x) {
        return print(x, 15);
    }

    /** Fixed notation, as {@code format(x, scientific = FALSE)}. */
    static String fixed(double x) {
        BigDecimal v = new BigDecimal(x).round(new MathContext(15)).stripTrailingZeros();
        return v.scale() <= 0 ? v.toBigInteger().toString() : v.toPlainString();
    }

    private static String print(double x, int digits) {
        if (x == 0) {
            return "0";
        }
        BigDecimal v = new BigDecimal(x).round(new MathContext(digits)).stripTrailingZeros();
        String fixed = v.scale() <= 0 ? v.toBigInteger().toString() : v.toPlainString();
        String unscaled = v.unscaledValue().abs().toString();
        int exponent = unscaled.length() - 1 - v.scale();
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        String sci = (v.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        return fixed.length() <= sci.length() ? fixed : sci;
    }
}
