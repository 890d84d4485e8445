package org.equitylens.spc.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The text conventions of the SPC batch files (those of the peers' test vectors): {@code NA} for
 * missing, {@code NaN}, {@code Inf}, {@code -Inf}, {@code TRUE}/{@code FALSE}, and doubles in the
 * shortest decimal form that parses back to the same double.
 */
public final class Values {

    /** Missing / not applicable. */
    public static final String NA = "NA";

    private Values() {
    }

    /**
     * Shortest round-trip text of a double: the fewest significant digits (1 to 17) whose correctly
     * rounded decimal parses back to exactly {@code x}. Plain notation for decimal exponents −4 to 15
     * without a trailing {@code .0} ({@code 50}, {@code 0.95}, {@code 19.380000000000003}), otherwise
     * scientific with a signed two-digit exponent ({@code 1.7126864256900107e-05}). {@code NaN},
     * {@code Inf}, {@code -Inf} as R writes them.
     *
     * <p>Why not {@link Double#toString}: before JDK 19 it sometimes emits more digits than needed
     * (JDK-4511638), so the text would not be the shortest.
     */
    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        if (x == 0) {
            return "0"; // R prints negative zero as 0
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == x) {
                shortest = candidate;
                break;
            }
        }
        BigDecimal stripped = shortest.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - stripped.scale();
        String sign = x < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            return sign + stripped.abs().toPlainString();
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    /** {@code TRUE} / {@code FALSE}. */
    public static String format(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    /** Parses a number field: {@code NA} and the empty field are missing (returned as NaN). */
    public static double parseDouble(String text) {
        if (isNa(text)) {
            return Double.NaN;
        }
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(text);
        }
    }

    /** True for the missing markers {@code NA} and the empty field. */
    public static boolean isNa(String text) {
        return text == null || text.isEmpty() || NA.equals(text);
    }
}
