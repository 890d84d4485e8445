package org.equitylens.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.equitylens.spc.ImprovementDirection;
import org.equitylens.spc.PointType;
import org.equitylens.spc.SpcChart;
import org.equitylens.spc.SpcGroup;
import org.equitylens.spc.XmrLimits;

/**
 * Renders SPC charts as standalone SVG in the Making Data Count visual idiom: grey common-cause
 * points, orange concern, blue improvement, purple neutral; solid mean, dashed process limits
 * (dotted and labelled when they are trial limits), dashed red target, a break and a label at each
 * rebase, annotations on points, the variation and assurance icons, and a plain-English summary.
 * Every chart carries {@code <title>} and {@code <desc>}; each point has a tooltip naming its rule.
 */
public final class SpcSvg {

    private static final String FONT = "font-family=\"Arial, Helvetica, sans-serif\"";

    /** One chart of a small-multiples grid. */
    public record Panel(String title, SpcChart chart) {
        public Panel {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(chart, "chart");
        }
    }

    /** A drawing area in SVG units. */
    private record Box(double left, double top, double right, double bottom) {
        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }
    }

    /** Shared axis ranges: dates as epoch days, values. */
    private record Domain(double x0, double x1, double y0, double y1) {
        double x(LocalDate d, Box b) {
            return b.left + (d.toEpochDay() - x0) / (x1 - x0) * b.width();
        }

        double y(double v, Box b) {
            return b.bottom - (v - y0) / (y1 - y0) * b.height();
        }
    }

    private SpcSvg() {
    }

    /** One chart, 820 × 500, with title, icons, axes, summary sentence and rules note. */
    public static String render(String title, SpcChart chart) {
        double width = 820;
        String summary = SpcSummary.sentence(chart);
        String rules = SpcSummary.rulesNote(chart.options());
        List<String> lines = Svg.wrap(summary, 120);
        List<String> ruleLines = Svg.wrap(rules, 150);
        List<String> titleLines = titleLines(title);
        double shift = 22 * (titleLines.size() - 1); // a long title pushes everything below it down
        double height = 440 + shift + 16 * lines.size() + 13 * ruleLines.size();
        StringBuilder svg = new StringBuilder();
        open(svg, width, height, "spc", title, summary + " " + rules);
        svg.append("<text ").append(FONT).append(" font-size=\"18\" font-weight=\"bold\" fill=\"")
                .append(MdcColours.TEXT).append("\">");
        for (int k = 0; k < titleLines.size(); k++) {
            svg.append("<tspan x=\"20\" y=\"").append(Svg.c(32 + 22 * k)).append("\">").append(Svg.esc(titleLines.get(k)))
                    .append("</tspan>");
        }
        svg.append("</text>");
        svg.append("<text x=\"20\" y=\"").append(Svg.c(52 + shift)).append("\" ").append(FONT)
                .append(" font-size=\"12\" fill=\"").append(MdcColours.TEXT).append("\">")
                .append(Svg.esc(subtitle(chart))).append("</text>");
        icons(svg, chart, width - 120, 40, 24);
        Box box = new Box(70, 80 + shift, width - 40, 370 + shift);
        panel(svg, chart, box, domain(List.of(chart)), true);
        legend(svg, 70, 402 + shift, chart);
        double y = 436 + shift;
        svg.append("<text ").append(FONT).append(" font-size=\"13\" fill=\"").append(MdcColours.TEXT).append("\">");
        for (String line : lines) {
            svg.append("<tspan x=\"20\" y=\"").append(Svg.c(y)).append("\">").append(Svg.esc(line)).append("</tspan>");
            y += 16;
        }
        svg.append("</text>");
        svg.append("<text ").append(FONT).append(" font-size=\"10\" fill=\"#4C6272\">");
        for (String line : ruleLines) {
            svg.append("<tspan x=\"20\" y=\"").append(Svg.c(y + 2)).append("\">").append(Svg.esc(line)).append("</tspan>");
            y += 13;
        }
        svg.append("</text>");
        return svg.append("</svg>\n").toString();
    }

    /** The title in at most two lines that stay clear of the icons; a longer title is shortened with "…". */
    private static List<String> titleLines(String title) {
        List<String> lines = Svg.wrap(title, 60);
        if (lines.size() <= 2) {
            return lines;
        }
        String second = String.join(" ", lines.subList(1, lines.size()));
        return List.of(lines.get(0), second.substring(0, Math.min(57, second.length())).strip() + "…");
    }

    /**
     * Several charts on a shared axis grid (same date range and value scale in every panel), e.g.
     * one per ethnic group, {@code columns} panels wide.
     */
    public static String smallMultiples(String title, List<Panel> panels, int columns) {
        PanelGrid grid = PanelGrid.of(panels.size(), columns);
        List<SpcChart> charts = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        for (Panel p : panels) {
            charts.add(p.chart());
            desc.append(p.title()).append(": ").append(SpcSummary.sentence(p.chart())).append(' ');
        }
        Domain domain = domain(charts);
        StringBuilder svg = new StringBuilder();
        open(svg, grid.width(), grid.height(), "spcgrid", title, desc.toString().strip());
        PanelGrid.heading(svg, FONT, title);
        for (int k = 0; k < panels.size(); k++) {
            Panel p = panels.get(k);
            double left = grid.left(k);
            double top = grid.top(k);
            grid.openPanel(svg, FONT, k, p.title(), SpcSummary.sentence(p.chart()));
            icons(svg, p.chart(), left + PanelGrid.PANEL_WIDTH - 60, top + 20, 14);
            Box box = new Box(left + 55, top + 45, left + PanelGrid.PANEL_WIDTH - 15, top + PanelGrid.PANEL_HEIGHT - 35);
            panel(svg, p.chart(), box, domain, grid.firstColumn(k));
            svg.append("</g>");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void open(StringBuilder svg, double width, double height, String id, String title, String desc) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Svg.c(width)).append("\" height=\"")
                .append(Svg.c(height)).append("\" viewBox=\"0 0 ").append(Svg.c(width)).append(' ').append(Svg.c(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(Svg.esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Svg.esc(desc)).append("</desc>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>");
    }

    private static String subtitle(SpcChart chart) {
        String mode = chart.options().mode().name().toLowerCase(java.util.Locale.ROOT);
        return "XmR chart, " + SpcSummary.direction(chart.options().direction()) + ", " + chart.size() + " points ("
                + chart.date(0).format(SpcSummary.MONTH) + " to " + chart.date(chart.size() - 1).format(SpcSummary.MONTH)
                + "), mode " + mode;
    }

    private static void icons(StringBuilder svg, SpcChart chart, double cx, double cy, double r) {
        svg.append(SpcIcons.variation(chart.variationIcon(), cx, cy, r));
        if (chart.assurance() != null) {
            svg.append(SpcIcons.assurance(chart.assurance(), cx + 2.4 * r, cy, r));
        }
    }

    /** Axis ranges covering every chart's points, finite limits and target. */
    private static Domain domain(List<SpcChart> charts) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (SpcChart chart : charts) {
            x0 = Math.min(x0, chart.date(0).toEpochDay());
            x1 = Math.max(x1, chart.date(chart.size() - 1).toEpochDay());
            for (int i = 0; i < chart.size(); i++) {
                y0 = Math.min(y0, chart.value(i));
                y1 = Math.max(y1, chart.value(i));
            }
            for (SpcGroup g : chart.groups()) {
                for (double v : new double[] {g.limits().lpl(), g.limits().upl()}) {
                    if (Double.isFinite(v)) {
                        y0 = Math.min(y0, v);
                        y1 = Math.max(y1, v);
                    }
                }
            }
            if (chart.options().target() != null) {
                y0 = Math.min(y0, chart.options().target());
                y1 = Math.max(y1, chart.options().target());
            }
        }
        if (x1 == x0) {
            x0 -= 15;
            x1 += 15;
        }
        double pad = y1 > y0 ? (y1 - y0) * 0.06 : Math.max(1, Math.abs(y0) * 0.1);
        double pad0 = (x1 - x0) * 0.02;
        return new Domain(x0 - pad0, x1 + pad0, y0 - pad, y1 + pad);
    }

    /** One chart drawn in a box: grid, limits, mean, target, rebase breaks, line, points, annotations. */
    private static void panel(StringBuilder svg, SpcChart chart, Box b, Domain d, boolean yLabels) {
        int fontSize = b.width() > 500 ? 11 : 9;
        // grid and y axis
        for (double t : Svg.ticks(d.y0, d.y1, 5)) {
            double y = d.y(t, b);
            svg.append("<line x1=\"").append(Svg.c(b.left)).append("\" y1=\"").append(Svg.c(y)).append("\" x2=\"")
                    .append(Svg.c(b.right)).append("\" y2=\"").append(Svg.c(y)).append("\" stroke=\"")
                    .append(MdcColours.GRID).append("\"/>");
            if (yLabels) {
                svg.append("<text x=\"").append(Svg.c(b.left - 6)).append("\" y=\"").append(Svg.c(y + 4))
                        .append("\" text-anchor=\"end\" ").append(FONT).append(" font-size=\"").append(fontSize)
                        .append("\" fill=\"").append(MdcColours.TEXT).append("\">").append(Svg.number(t)).append("</text>");
            }
        }
        svg.append("<line x1=\"").append(Svg.c(b.left)).append("\" y1=\"").append(Svg.c(b.bottom)).append("\" x2=\"")
                .append(Svg.c(b.right)).append("\" y2=\"").append(Svg.c(b.bottom)).append("\" stroke=\"#AEB7BD\"/>");
        // x axis: month labels about 70 units apart
        int n = chart.size();
        int every = Math.max(1, (int) Math.ceil(n / (b.width() / 70)));
        for (int i = 0; i < n; i += every) {
            double x = d.x(chart.date(i), b);
            svg.append("<text x=\"").append(Svg.c(x)).append("\" y=\"").append(Svg.c(b.bottom + 16))
                    .append("\" text-anchor=\"middle\" ").append(FONT).append(" font-size=\"").append(fontSize)
                    .append("\" fill=\"").append(MdcColours.TEXT).append("\">")
                    .append(chart.date(i).format(SpcSummary.MONTH)).append("</text>");
        }
        // target across the panel
        Double target = chart.options().target();
        if (target != null) {
            double y = d.y(target, b);
            svg.append("<line class=\"target\" x1=\"").append(Svg.c(b.left)).append("\" y1=\"").append(Svg.c(y))
                    .append("\" x2=\"").append(Svg.c(b.right)).append("\" y2=\"").append(Svg.c(y)).append("\" stroke=\"")
                    .append(MdcColours.TARGET).append("\" stroke-width=\"1.5\" stroke-dasharray=\"8 4\"><title>Target ")
                    .append(Svg.number(target)).append("</title></line>");
            label(svg, b.right - 2, y - 4, "end", "Target " + Svg.number(target), MdcColours.TARGET, fontSize);
        }
        // groups: limits, mean, rebase break, data line
        List<SpcGroup> groups = chart.groups();
        for (int g = 0; g < groups.size(); g++) {
            SpcGroup group = groups.get(g);
            XmrLimits l = group.limits();
            double xa = d.x(chart.date(group.from()), b);
            double xb = d.x(chart.date(group.to() - 1), b);
            if (xb - xa < 6) {
                xa -= 3;
                xb += 3;
            }
            String dash = group.trial() ? "2 3" : "6 4";
            String kind = group.trial() ? "Trial limit" : "Process limit";
            if (l.defined()) {
                hline(svg, xa, xb, d.y(l.upl(), b), MdcColours.LIMIT, 1.3, dash,
                        "Upper " + kind.toLowerCase(java.util.Locale.ROOT) + " " + Svg.number(l.upl()));
                hline(svg, xa, xb, d.y(l.lpl(), b), MdcColours.LIMIT, 1.3, dash,
                        "Lower " + kind.toLowerCase(java.util.Locale.ROOT) + " " + Svg.number(l.lpl()));
            }
            hline(svg, xa, xb, d.y(l.mean(), b), MdcColours.MEAN, 1.5, null, "Mean " + Svg.number(l.mean()));
            if (group.trial() && l.defined()) {
                label(svg, xa + 2, d.y(l.upl(), b) - 4, "start", "Trial limits", MdcColours.TEXT, fontSize);
            }
            if (g > 0) {
                double xr = (d.x(chart.date(group.from() - 1), b) + d.x(chart.date(group.from()), b)) / 2;
                svg.append("<line class=\"rebase\" x1=\"").append(Svg.c(xr)).append("\" y1=\"").append(Svg.c(b.top))
                        .append("\" x2=\"").append(Svg.c(xr)).append("\" y2=\"").append(Svg.c(b.bottom))
                        .append("\" stroke=\"#425563\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>");
                label(svg, xr + 3, b.top + fontSize, "start", "Rebased " + chart.date(group.from()).format(SpcSummary.MONTH),
                        "#425563", fontSize);
            }
            StringBuilder path = new StringBuilder();
            for (int i = group.from(); i < group.to(); i++) {
                path.append(i == group.from() ? "M" : " L").append(Svg.c(d.x(chart.date(i), b))).append(',')
                        .append(Svg.c(d.y(chart.value(i), b)));
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(MdcColours.LINE)
                    .append("\" stroke-width=\"1.5\"/>");
        }
        // points and annotations
        double r = b.width() > 500 ? 4.5 : 3.2;
        int note = 0;
        for (int i = 0; i < chart.size(); i++) {
            double x = d.x(chart.date(i), b);
            double y = d.y(chart.value(i), b);
            String colour = colour(chart.pointType(i));
            String tip = chart.date(i).format(SpcSummary.MONTH) + ": " + Svg.number(chart.value(i)) + " — "
                    + (chart.excluded(i) ? "excluded from the limits" : describe(chart, i));
            svg.append("<circle cx=\"").append(Svg.c(x)).append("\" cy=\"").append(Svg.c(y)).append("\" r=\"")
                    .append(Svg.c(r)).append("\" fill=\"").append(chart.excluded(i) ? "#FFFFFF" : colour)
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.2\"><title>").append(Svg.esc(tip))
                    .append("</title></circle>");
            String annotation = chart.annotation(i);
            if (annotation != null) {
                note++;
                double ty = y - 14 - (note % 2) * (fontSize + 2);
                svg.append("<line x1=\"").append(Svg.c(x)).append("\" y1=\"").append(Svg.c(y - r - 1)).append("\" x2=\"")
                        .append(Svg.c(x)).append("\" y2=\"").append(Svg.c(ty + 2)).append("\" stroke=\"#425563\"/>");
                label(svg, x, ty, "middle", annotation, "#425563", fontSize);
            }
        }
    }

    /** Key to the point colours and lines, in the order a reader meets them. */
    private static void legend(StringBuilder svg, double x, double y, SpcChart chart) {
        boolean neutral = chart.options().direction() == ImprovementDirection.NEUTRAL;
        String[][] dots = neutral
                ? new String[][] {{MdcColours.COMMON_CAUSE, "Common cause"}, {MdcColours.NEUTRAL, "Special cause (high or low)"}}
                : new String[][] {{MdcColours.COMMON_CAUSE, "Common cause"}, {MdcColours.IMPROVEMENT, "Improvement"},
                    {MdcColours.CONCERN, "Concern"}};
        svg.append("<g class=\"legend\" ").append(FONT).append(" font-size=\"11\" fill=\"").append(MdcColours.TEXT).append("\">");
        for (String[] dot : dots) {
            svg.append("<circle cx=\"").append(Svg.c(x)).append("\" cy=\"").append(Svg.c(y - 4)).append("\" r=\"4.5\" fill=\"")
                    .append(dot[0]).append("\"/><text x=\"").append(Svg.c(x + 8)).append("\" y=\"").append(Svg.c(y))
                    .append("\">").append(dot[1]).append("</text>");
            x += 26 + dot[1].length() * 6.2;
        }
        String[][] lines = {{MdcColours.MEAN, "", "Mean"}, {MdcColours.LIMIT, "6 4", "Process limits"},
            {MdcColours.TARGET, "8 4", "Target"}};
        for (String[] line : lines) {
            if (line[2].equals("Target") && chart.options().target() == null) {
                continue;
            }
            svg.append("<line x1=\"").append(Svg.c(x)).append("\" y1=\"").append(Svg.c(y - 4)).append("\" x2=\"")
                    .append(Svg.c(x + 22)).append("\" y2=\"").append(Svg.c(y - 4)).append("\" stroke=\"").append(line[0])
                    .append("\" stroke-width=\"1.5\"").append(line[1].isEmpty() ? "" : " stroke-dasharray=\"" + line[1] + "\"")
                    .append("/><text x=\"").append(Svg.c(x + 27)).append("\" y=\"").append(Svg.c(y)).append("\">")
                    .append(line[2]).append("</text>");
            x += 42 + line[2].length() * 6.2;
        }
        svg.append("</g>");
    }

    private static String describe(SpcChart chart, int i) {
        PointType type = chart.pointType(i);
        if (type == PointType.COMMON_CAUSE) {
            return "common cause";
        }
        return Svg.words(type.code()) + " ("
                + SpcSummary.rule(chart.specialCause(i), chart.options()) + ")";
    }

    static String colour(PointType type) {
        switch (type) {
            case SPECIAL_CAUSE_IMPROVEMENT:
                return MdcColours.IMPROVEMENT;
            case SPECIAL_CAUSE_CONCERN:
                return MdcColours.CONCERN;
            case SPECIAL_CAUSE_NEUTRAL_HIGH:
            case SPECIAL_CAUSE_NEUTRAL_LOW:
                return MdcColours.NEUTRAL;
            default:
                return MdcColours.COMMON_CAUSE;
        }
    }

    private static void hline(StringBuilder svg, double x1, double x2, double y, String colour, double width, String dash,
            String title) {
        svg.append("<line x1=\"").append(Svg.c(x1)).append("\" y1=\"").append(Svg.c(y)).append("\" x2=\"")
                .append(Svg.c(x2)).append("\" y2=\"").append(Svg.c(y)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(Svg.c(width)).append('"');
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append("><title>").append(Svg.esc(title)).append("</title></line>");
    }

    private static void label(StringBuilder svg, double x, double y, String anchor, String text, String colour, int size) {
        svg.append("<text x=\"").append(Svg.c(x)).append("\" y=\"").append(Svg.c(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" ").append(FONT).append(" font-size=\"").append(size).append("\" fill=\"")
                .append(colour).append("\" stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\">")
                .append(Svg.esc(text)).append("</text>");
    }
}
