package org.equitylens.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers for writing SVG by hand: escaping, coordinates, readable numbers, text wrapping. */
final class Svg {

    private Svg() {
    }

    /** Escapes text for element content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate with at most two decimals. */
    static String c(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    /** A number for people: 4 significant digits, thousands separators, no trailing zeros. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "not defined";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        String plain = rounded.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        boolean negative = whole.startsWith("-");
        String digits = negative ? whole.substring(1) : whole;
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return (negative ? "-" : "") + grouped + frac;
    }

    /** Tick values: about {@code count} "nice" steps (1, 2, 5 × 10^k) covering [lo, hi]. */
    static List<Double> ticks(double lo, double hi, int count) {
        List<Double> ticks = new ArrayList<>();
        if (!(hi > lo)) {
            ticks.add(lo);
            return ticks;
        }
        double raw = (hi - lo) / count;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3 ? 2 : raw / magnitude < 7 ? 5 : 10);
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    /** Splits text into lines of at most {@code width} characters at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Lower-case English for an enum-like code. */
    static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
