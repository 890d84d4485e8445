package org.equitylens.chart;

import org.equitylens.spc.AssuranceType;
import org.equitylens.spc.VariationIcon;

/**
 * Variation and assurance icons drawn as SVG, in the spirit of the Making Data Count icons (our own
 * drawings): a coloured ring with a letter and an arrow or mark inside, so the colour is never the
 * only cue. Variation: H/L for high/low with an arrow up/down, in blue (improvement), orange
 * (concern) or purple (neutral); common cause is a grey ring with a level run of dots. Assurance:
 * P (pass, blue), F (fail, orange), ? (hit and miss, grey) over a dashed target line.
 */
public final class SpcIcons {

    private SpcIcons() {
    }

    /** The variation icon centred at (cx, cy) with radius r, with a {@code <title>}. */
    public static String variation(VariationIcon icon, double cx, double cy, double r) {
        StringBuilder g = new StringBuilder();
        g.append("<g class=\"variation-icon\" role=\"img\"><title>Variation: ").append(Svg.esc(icon.description()))
                .append("</title>");
        if (icon == VariationIcon.COMMON_CAUSE) {
            ring(g, cx, cy, r, MdcColours.COMMON_CAUSE);
            double[] dy = {0.1, -0.15, 0.12, -0.1, 0.05};
            StringBuilder path = new StringBuilder();
            for (int k = 0; k < dy.length; k++) {
                double x = cx + (k - 2) * r * 0.32;
                double y = cy + dy[k] * r;
                path.append(k == 0 ? "M" : " L").append(Svg.c(x)).append(',').append(Svg.c(y));
                g.append(dot(x, y, r * 0.09, MdcColours.COMMON_CAUSE));
            }
            g.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(MdcColours.COMMON_CAUSE)
                    .append("\" stroke-width=\"").append(Svg.c(r * 0.05)).append("\"/>");
        } else {
            String colour = colour(icon);
            boolean high = icon == VariationIcon.IMPROVEMENT_HIGH || icon == VariationIcon.CONCERN_HIGH
                    || icon == VariationIcon.NEUTRAL_HIGH;
            ring(g, cx, cy, r, colour);
            letter(g, high ? "H" : "L", cx - r * 0.22, cy, r, colour);
            arrow(g, cx + r * 0.38, cy, r, high, colour);
        }
        return g.append("</g>").toString();
    }

    /** The assurance icon centred at (cx, cy) with radius r, with a {@code <title>}. */
    public static String assurance(AssuranceType type, double cx, double cy, double r) {
        String colour;
        String letter;
        String meaning;
        switch (type) {
            case CONSISTENT_PASS:
                colour = MdcColours.IMPROVEMENT;
                letter = "P";
                meaning = "the process will consistently meet the target";
                break;
            case CONSISTENT_FAIL:
                colour = MdcColours.CONCERN;
                letter = "F";
                meaning = "the process will consistently miss the target";
                break;
            default:
                colour = MdcColours.COMMON_CAUSE;
                letter = "?";
                meaning = "the process will sometimes meet and sometimes miss the target";
        }
        StringBuilder g = new StringBuilder();
        g.append("<g class=\"assurance-icon\" role=\"img\"><title>Assurance: ").append(meaning).append("</title>");
        ring(g, cx, cy, r, colour);
        letter(g, letter, cx, cy - r * 0.12, r, colour);
        double y = cy + r * 0.5;
        g.append("<line x1=\"").append(Svg.c(cx - r * 0.6)).append("\" y1=\"").append(Svg.c(y))
                .append("\" x2=\"").append(Svg.c(cx + r * 0.6)).append("\" y2=\"").append(Svg.c(y))
                .append("\" stroke=\"").append(MdcColours.TARGET).append("\" stroke-width=\"").append(Svg.c(r * 0.07))
                .append("\" stroke-dasharray=\"").append(Svg.c(r * 0.15)).append(' ').append(Svg.c(r * 0.1)).append("\"/>");
        return g.append("</g>").toString();
    }

    static String colour(VariationIcon icon) {
        switch (icon) {
            case IMPROVEMENT_HIGH:
            case IMPROVEMENT_LOW:
                return MdcColours.IMPROVEMENT;
            case CONCERN_HIGH:
            case CONCERN_LOW:
                return MdcColours.CONCERN;
            case NEUTRAL_HIGH:
            case NEUTRAL_LOW:
                return MdcColours.NEUTRAL;
            default:
                return MdcColours.COMMON_CAUSE;
        }
    }

    private static void ring(StringBuilder g, double cx, double cy, double r, String colour) {
        g.append("<circle cx=\"").append(Svg.c(cx)).append("\" cy=\"").append(Svg.c(cy)).append("\" r=\"")
                .append(Svg.c(r * 0.92)).append("\" fill=\"#FFFFFF\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(Svg.c(r * 0.16)).append("\"/>");
    }

    private static void letter(StringBuilder g, String letter, double x, double cy, double r, String colour) {
        g.append("<text x=\"").append(Svg.c(x)).append("\" y=\"").append(Svg.c(cy + r * 0.3))
                .append("\" text-anchor=\"middle\" font-family=\"Arial, Helvetica, sans-serif\" font-weight=\"bold\"")
                .append(" font-size=\"").append(Svg.c(r * 0.85)).append("\" fill=\"").append(colour).append("\">")
                .append(Svg.esc(letter)).append("</text>");
    }

    private static void arrow(StringBuilder g, double x, double cy, double r, boolean up, String colour) {
        double h = r * 0.55;
        double w = r * 0.22;
        double tip = up ? cy - h / 2 : cy + h / 2;
        double base = up ? cy + h / 2 : cy - h / 2;
        double head = up ? tip + w : tip - w;
        g.append("<path d=\"M").append(Svg.c(x)).append(',').append(Svg.c(base)).append(" L").append(Svg.c(x)).append(',')
                .append(Svg.c(tip)).append(" M").append(Svg.c(x - w)).append(',').append(Svg.c(head)).append(" L")
                .append(Svg.c(x)).append(',').append(Svg.c(tip)).append(" L").append(Svg.c(x + w)).append(',')
                .append(Svg.c(head)).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(Svg.c(r * 0.12)).append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
    }

    private static String dot(double x, double y, double r, String colour) {
        return "<circle cx=\"" + Svg.c(x) + "\" cy=\"" + Svg.c(y) + "\" r=\"" + Svg.c(r) + "\" fill=\"" + colour + "\"/>";
    }
}
