package org.equitylens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.equitylens.spc.AssuranceType;
import org.equitylens.spc.VariationIcon;

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

    /**
     * One chart of a small-multiples grid, with the Making Data Count icons of the same series (null when it has
     * none; the icons then are left out).
     */
    public record Panel(String title, List<Point> points, VariationIcon variation, AssuranceType assurance) {
        public Panel {
            Objects.requireNonNull(title, "title");
            points = List.copyOf(points);
            if (points.isEmpty()) {
                throw new IllegalArgumentException("no points to draw");
            }
        }
    }

    /** A drawing area in SVG units with its value range. */
    private record Frame(double left, double top, double right, double bottom, double lo, double hi) {
        double y(double v) {
            return bottom - (v - lo) / (hi - lo) * (bottom - top);
        }
    }

    private QicSvg() {
    }

    /** The chart, 820 × 460, with {@code <title>}, {@code <desc>} and a summary line. */
    public static String render(String title, String chartName, List<Point> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points to draw");
        }
        String summary = summary(chartName, points);
        double[] range = range(points);
        double pad = (range[1] - range[0]) * 0.06;
        Frame frame = new Frame(70, 70, 780, 370, range[0] - pad, range[1] + pad);
        int n = points.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"820\" height=\"460\" viewBox=\"0 0 820 460\"")
                .append(" role=\"img\" aria-labelledby=\"qic-title qic-desc\"><title id=\"qic-title\">")
                .append(Svg.esc(title)).append("</title><desc id=\"qic-desc\">").append(Svg.esc(summary))
                .append("</desc><rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>");
        svg.append("<text x=\"20\" y=\"32\" ").append(FONT).append(" font-size=\"18\" font-weight=\"bold\" fill=\"")
                .append(MdcColours.TEXT).append("\">").append(Svg.esc(title)).append("</text>");
        svg.append("<text x=\"20\" y=\"52\" ").append(FONT).append(" font-size=\"12\" fill=\"").append(MdcColours.TEXT)
                .append("\">").append(Svg.esc(chartName + " chart, " + n + " subgroups")).append("</text>");
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            slots[i] = i;
        }
        plot(svg, points, slots, points.stream().map(Point::label).toList(), frame, true, 11, 14, 4);
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

    /**
     * Several charts of one kind on a shared grid (the same subgroups across and the same value scale in every
     * panel), e.g. the p-chart of each ethnic group, {@code columns} panels wide; each panel has its icons, and the
     * description reads each panel's signals in words.
     */
    public static String smallMultiples(String title, String chartName, List<Panel> panels, int columns) {
        PanelGrid grid = PanelGrid.of(panels.size(), columns);
        double width = grid.width();
        double height = grid.height();
        // Subgroups are placed by label across the panels, so a group missing a period leaves its slot empty.
        List<String> labels = new ArrayList<>(new TreeSet<>(panels.stream().flatMap(p -> p.points().stream()).map(Point::label).toList()));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        StringBuilder desc = new StringBuilder();
        for (Panel p : panels) {
            double[] range = range(p.points());
            lo = Math.min(lo, range[0]);
            hi = Math.max(hi, range[1]);
            desc.append(p.title()).append(": ").append(summary(chartName, p.points())).append(' ');
        }
        double pad = (hi - lo) * 0.06;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Svg.c(width)).append("\" height=\"")
                .append(Svg.c(height)).append("\" viewBox=\"0 0 ").append(Svg.c(width)).append(' ').append(Svg.c(height))
                .append("\" role=\"img\" aria-labelledby=\"qicgrid-title qicgrid-desc\"><title id=\"qicgrid-title\">")
                .append(Svg.esc(title)).append("</title><desc id=\"qicgrid-desc\">").append(Svg.esc(desc.toString().strip()))
                .append("</desc><rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>");
        PanelGrid.heading(svg, FONT, title);
        for (int k = 0; k < panels.size(); k++) {
            Panel p = panels.get(k);
            double left = grid.left(k);
            double top = grid.top(k);
            grid.openPanel(svg, FONT, k, p.title(), summary(chartName, p.points()));
            if (p.variation() != null) {
                svg.append(SpcIcons.variation(p.variation(), left + PanelGrid.PANEL_WIDTH - 60, top + 20, 14));
            }
            if (p.assurance() != null) {
                svg.append(SpcIcons.assurance(p.assurance(), left + PanelGrid.PANEL_WIDTH - 60 + 2.4 * 14, top + 20, 14));
            }
            int[] slots = p.points().stream().mapToInt(x -> labels.indexOf(x.label())).toArray();
            Frame frame = new Frame(left + 55, top + 45, left + PanelGrid.PANEL_WIDTH - 15, top + PanelGrid.PANEL_HEIGHT - 35,
                    lo - pad, hi + pad);
            plot(svg, p.points(), slots, labels, frame, grid.firstColumn(k), 10, 5, 3);
            svg.append("</g>");
        }
        return svg.append("</svg>\n").toString();
    }

    /** The range of the values and limits, widened when flat. */
    private static double[] range(List<Point> points) {
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
        return y1 > y0 ? new double[] {y0, y1} : new double[] {y0 - 1, y1 + 1};
    }

    /**
     * Grid, axis labels, the lines of each part and the points, point {@code i} at subgroup slot {@code slots[i]}
     * of {@code labels}; value labels only when {@code valueAxis}, at most {@code maxLabels} subgroup labels.
     */
    private static void plot(StringBuilder svg, List<Point> points, int[] slots, List<String> labels, Frame f, boolean valueAxis,
            int fontSize, int maxLabels, double radius) {
        double step = labels.size() > 1 ? (f.right() - f.left()) / (labels.size() - 1) : 0;
        for (double t : Svg.ticks(f.lo(), f.hi(), 5)) {
            double y = f.y(t);
            svg.append("<line x1=\"").append(Svg.c(f.left())).append("\" y1=\"").append(Svg.c(y)).append("\" x2=\"")
                    .append(Svg.c(f.right())).append("\" y2=\"").append(Svg.c(y)).append("\" stroke=\"").append(MdcColours.GRID)
                    .append("\"/>");
            if (valueAxis) {
                svg.append("<text x=\"").append(Svg.c(f.left() - 6)).append("\" y=\"").append(Svg.c(y + 4))
                        .append("\" text-anchor=\"end\" ").append(FONT).append(" font-size=\"").append(fontSize).append("\" fill=\"")
                        .append(MdcColours.TEXT).append("\">").append(Svg.number(t)).append("</text>");
            }
        }
        int every = Math.max(1, (int) Math.ceil(labels.size() / (double) maxLabels));
        for (int i = 0; i < labels.size(); i += every) {
            svg.append("<text x=\"").append(Svg.c(f.left() + i * step)).append("\" y=\"").append(Svg.c(f.bottom() + 16))
                    .append("\" text-anchor=\"middle\" ").append(FONT).append(" font-size=\"").append(fontSize).append("\" fill=\"")
                    .append(MdcColours.TEXT).append("\">").append(Svg.esc(labels.get(i))).append("</text>");
        }
        int n = points.size();
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && points.get(end).part() == points.get(start).part()) {
                end++;
            }
            boolean runs = points.get(start).runsSignal();
            line(svg, points, slots, start, end, f, step, Point::cl, runs ? MdcColours.CONCERN : MdcColours.MEAN, runs ? "8 4" : null);
            line(svg, points, slots, start, end, f, step, Point::lcl, MdcColours.LIMIT, "6 4");
            line(svg, points, slots, start, end, f, step, Point::ucl, MdcColours.LIMIT, "6 4");
            line(svg, points, slots, start, end, f, step, Point::y, MdcColours.LINE, null);
            start = end;
        }
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            if (!Double.isFinite(p.y())) {
                continue;
            }
            String colour = p.sigmaSignal() ? MdcColours.CONCERN : MdcColours.COMMON_CAUSE;
            svg.append("<circle cx=\"").append(Svg.c(f.left() + slots[i] * step)).append("\" cy=\"")
                    .append(Svg.c(f.y(p.y()))).append("\" r=\"").append(Svg.c(radius)).append("\" fill=\"").append(colour)
                    .append("\"><title>").append(Svg.esc(p.label() + ": " + Svg.number(p.y())
                            + (p.sigmaSignal() ? " — outside the limits" : ""))).append("</title></circle>");
        }
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

    private static void line(StringBuilder svg, List<Point> points, int[] slots, int from, int to, Frame f, double step, Value value,
            String colour, String dash) {
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = from; i < to; i++) {
            double v = value.of(points.get(i));
            if (!Double.isFinite(v)) {
                pen = false;
                continue;
            }
            path.append(pen ? " L" : " M").append(Svg.c(f.left() + slots[i] * step)).append(',').append(Svg.c(f.y(v)));
            pen = true;
        }
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.5\"").append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                    .append("/>");
        }
    }
}
