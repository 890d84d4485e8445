package org.equitylens.spc;

import java.util.Locale;

/** Which way is better for a measure; sets whether a signal is improvement or concern. */
public enum ImprovementDirection {
    /** Higher is better. */
    INCREASE(1),
    /** Lower is better. */
    DECREASE(-1),
    /** Neither: signals are reported as high or low, not good or bad. */
    NEUTRAL(0);

    private final int sign;

    ImprovementDirection(int sign) {
        this.sign = sign;
    }

    /** +1, −1 or 0, as NHSRplotthedots maps the option. */
    public int sign() {
        return sign;
    }

    /** The option as written: {@code increase}, {@code decrease}, {@code neutral}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code increase}/{@code decrease}/{@code neutral} (any case). */
    public static ImprovementDirection parse(String text) {
        for (ImprovementDirection d : values()) {
            if (d.code().equalsIgnoreCase(text.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("improvement direction must be increase, decrease or neutral, not '" + text + "'");
    }
}
