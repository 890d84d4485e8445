package org.equitylens.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a qicharts2-family chart (run, I, MR, Xbar, S, T, P, P′, C, U, U′, G, I′) from its
 * per-subgroup results, in qicharts2's plotting convention: grey points and line, a point outside
 * the 3-sigma limits amber, the centre line solid, or dashed amber when the Anhøj runs rules signal
 * in that part; limits dashed grey where they exist; parts drawn separately.
 */
public final class QicSvg {

    private static final String FONT = "font-family=\"Arial, Helvetica, sans-serif\"";

    /**
     * One plotted subgroup.
     *
     * @param part part number (1, 2, …)
     * @param label subgroup key as shown on the axis
     * @param y plotted value (NaN when missing)
     * @param cl centre line
     * @param lcl lower limit (NaN when none)
     * @param ucl upper limit (NaN when none)
     * @param sigmaSignal outside the limits
     * @param runsSignal the part's runs rules signal
     */
    public record Point(int part, String label, double y, double cl, double lcl, double ucl, boolean sigmaSignal,
            boolean runsSignal) {
    }

    private QicSvg() {
    }

    /** The chart, 820 × 460, with {@code <title>}, {@code <desc>} and a summary line. */
    public static String render(String title, String chartName, List<Point> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points to draw");
        }
        double width = 820;
        double height = 460;
        String summary = summary(chartName, points);
        double left = 70;
        double right = width - 40;
        double top = 70;
        double bottom = 370;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            for (double v : new double[] {p.y(), p.cl(), p.lcl(), p.ucl()}) {
                if (Double.isFinite(v)) {
                    y0 = Math.min(y0, v);
                    y1 = Math.max(y1, v);
                }
            }
        }
        if (!(y1 > y0)) {
            y0 -= 1;
            y1 += 1;
        }
        double pad = (y1 - y0) * 0.06;
        double lo = y0 - pad;
        double hi = y1 + pad;
        int n = points.size();
        double step = n > 1 ? (right - left) / (n - 1) : 0;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"820\" height=\"460\" viewBox=\"0 0 820 460\"")
                .append(" role=\"img\" aria-labelledby=\"qic-title qic-desc\"><title id=\"qic-title\">")
                .append(Svg.esc(title)).append("</title><desc id=\"qic-desc\">").append(Svg.esc(summary))
                .append("</desc><rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>");
        svg.append("<text x=\"20\" y=\"32\" ").append(FONT).append(" font-size=\"18\" font-weight=\"bold\" fill=\"")
                .append(MdcColours.TEXT).append("\">").append(Svg.esc(title)).append("</text>");
        svg.append("<text x=\"20\" y=\"52\" ").append(FONT).append(" font-size=\"12\" fill=\"").append(MdcColours.TEXT)
                .append("\">").append(Svg.esc(chartName + " chart, " + n + " subgroups")).append("</text>");
        for (double t : Svg.ticks(lo, hi, 5)) {
            double y = scale(t, lo, hi, top, bottom);
            svg.append("<line x1=\"").append(Svg.c(left)).append("\" y1=\"").append(Svg.c(y)).append("\" x2=\"")
                    .append(Svg.c(right)).append("\" y2=\"").append(Svg.c(y)).append("\" stroke=\"").append(MdcColours.GRID)
                    .append("\"/><text x=\"").append(Svg.c(left - 6)).append("\" y=\"").append(Svg.c(y + 4))
                    .append("\" text-anchor=\"end\" ").append(FONT).append(" font-size=\"11\" fill=\"")
                    .append(MdcColours.TEXT).append("\">").append(Svg.number(t)).append("</text>");
        }
        int every = Math.max(1, (int) Math.ceil(n / 14.0));
        for (int i = 0; i < n; i += every) {
            svg.append("<text x=\"").append(Svg.c(left + i * step)).append("\" y=\"").append(Svg.c(bottom + 16))
                    .append("\" text-anchor=\"middle\" ").append(FONT).append(" font-size=\"11\" fill=\"")
                    .append(MdcColours.TEXT).append("\">").append(Svg.esc(points.get(i).label())).append("</text>");
        }
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && points.get(end).part() == points.get(start).part()) {
                end++;
            }
            boolean runs = points.get(start).runsSignal();
            line(svg, points, start, end, left, step, lo, hi, top, bottom, Point::cl,
                    runs ? MdcColours.CONCERN : MdcColours.MEAN, runs ? "8 4" : null);
            line(svg, points, start, end, left, step, lo, hi, top, bottom, Point::lcl, MdcColours.LIMIT, "6 4");
            line(svg, points, start, end, left, step, lo, hi, top, bottom, Point::ucl, MdcColours.LIMIT, "6 4");
            line(svg, points, start, end, left, step, lo, hi, top, bottom, Point::y, MdcColours.LINE, null);
            start = end;
        }
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            if (!Double.isFinite(p.y())) {
                continue;
            }
            String colour = p.sigmaSignal() ? MdcColours.CONCERN : MdcColours.COMMON_CAUSE;
            svg.append("<circle cx=\"").append(Svg.c(left + i * step)).append("\" cy=\"")
                    .append(Svg.c(scale(p.y(), lo, hi, top, bottom))).append("\" r=\"4\" fill=\"").append(colour)
                    .append("\"><title>").append(Svg.esc(p.label() + ": " + Svg.number(p.y())
                            + (p.sigmaSignal() ? " — outside the limits" : ""))).append("</title></circle>");
        }
        List<String> lines = Svg.wrap(summary, 120);
        svg.append("<text ").append(FONT).append(" font-size=\"13\" fill=\"").append(MdcColours.TEXT).append("\">");
        double y = 410;
        for (String line : lines) {
            svg.append("<tspan x=\"20\" y=\"").append(Svg.c(y)).append("\">").append(Svg.esc(line)).append("</tspan>");
            y += 16;
        }
        svg.append("</text>");
        return svg.append("</svg>\n").toString();
    }

    /** Signals in words: points outside the limits and parts with a runs signal. */
    static String summary(String chartName, List<Point> points) {
        int outside = 0;
        List<Integer> runParts = new ArrayList<>();
        for (Point p : points) {
            outside += p.sigmaSignal() ? 1 : 0;
            if (p.runsSignal() && !runParts.contains(p.part())) {
                runParts.add(p.part());
            }
        }
        String s = outside == 0 ? "No point lies outside the control limits"
                : outside + (outside == 1 ? " point lies" : " points lie") + " outside the control limits";
        s += runParts.isEmpty() ? "; the runs analysis finds no unusually long run or too few crossings (no non-random"
                + " variation)."
                : "; the runs analysis signals non-random variation (an unusually long run or too few crossings of the"
                        + " centre line) in part " + runParts + ".";
        return chartName + " chart: " + s;
    }

    private interface Value {
        double of(Point p);
    }

    private static void line(StringBuilder svg, List<Point> points, int from, int to, double left, double step, double lo,
            double hi, double top, double bottom, Value value, String colour, String dash) {
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = from; i < to; i++) {
            double v = value.of(points.get(i));
            if (!Double.isFinite(v)) {
                pen = false;
                continue;
            }
            path.append(pen ? " L" : " M").append(Svg.c(left + i * step)).append(',').append(Svg.c(scale(v, lo, hi, top, bottom)));
            pen = true;
        }
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.5\"").append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                    .append("/>");
        }
    }

    private static double scale(double v, double lo, double hi, double top, double bottom) {
        return bottom - (v - lo) / (hi - lo) * (bottom - top);
    }
}
