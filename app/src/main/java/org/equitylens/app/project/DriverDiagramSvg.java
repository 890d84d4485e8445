package org.equitylens.app.project;

import java.util.ArrayList;
import java.util.List;
import org.equitylens.app.project.ProjectModel.DriverNode;
import org.equitylens.chart.MdcColours;

/**
 * Draws a driver diagram left to right: aim, primary drivers, secondary drivers, change ideas, joined by
 * lines. The SVG has a title and description for screen readers; the page also lists the same tree as
 * text, which is the accessible equivalent.
 */
final class DriverDiagramSvg {

    private static final String FONT = "font-family=\"Arial, Helvetica, sans-serif\"";
    private static final int COLUMN = 230;
    private static final int BOX_WIDTH = 200;
    private static final int ROW = 64;
    private static final int BOX_HEIGHT = 52;
    private static final String[] FILLS = {"#005eb8", "#e8edee", "#e8edee", "#fff9c4"};

    private record Box(int column, double y, String text, double parentY) {
    }

    private DriverDiagramSvg() {
    }

    static String render(String aim, List<DriverNode> tree) {
        List<Box> placed = new ArrayList<>();
        int rows = Math.max(1, layout(tree, 1, 0, placed));
        double aimY = rows * ROW / 2.0;
        List<Box> boxes = new ArrayList<>();
        boxes.add(new Box(0, aimY, aim == null || aim.isBlank() ? "Aim not yet written" : aim, -1));
        // What is still unlinked after layout are the primary drivers, which hang off the aim.
        placed.forEach(b -> boxes.add(b.parentY() == -2 ? new Box(b.column(), b.y(), b.text(), aimY) : b));
        int height = rows * ROW + 50;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"el-driver-diagram\" role=\"img\" viewBox=\"0 0 ")
                .append(4 * COLUMN).append(' ').append(height).append("\" aria-labelledby=\"driver-title driver-desc\">")
                .append("<title id=\"driver-title\">Driver diagram</title><desc id=\"driver-desc\">Aim, then ")
                .append(tree.size()).append(" primary drivers with their secondary drivers and change ideas.")
                .append(" The same diagram is listed as text below.</desc>");
        String[] headings = {"Aim", "Primary drivers", "Secondary drivers", "Change ideas"};
        for (int c = 0; c < 4; c++) {
            svg.append("<text x=\"").append(c * COLUMN + 10).append("\" y=\"18\" ").append(FONT)
                    .append(" font-size=\"13\" font-weight=\"bold\" fill=\"").append(MdcColours.TEXT).append("\">")
                    .append(headings[c]).append("</text>");
        }
        for (Box b : boxes) {
            if (b.parentY() >= 0) {
                svg.append("<line x1=\"").append((b.column() - 1) * COLUMN + 10 + BOX_WIDTH).append("\" y1=\"")
                        .append(30 + b.parentY()).append("\" x2=\"").append(b.column() * COLUMN + 10).append("\" y2=\"")
                        .append(30 + b.y()).append("\" stroke=\"#4c6272\" stroke-width=\"1.5\"/>");
            }
        }
        for (Box b : boxes) {
            double top = 30 + b.y() - BOX_HEIGHT / 2.0;
            String textColour = b.column() == 0 ? "#ffffff" : MdcColours.TEXT;
            svg.append("<rect x=\"").append(b.column() * COLUMN + 10).append("\" y=\"").append(top)
                    .append("\" width=\"").append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT)
                    .append("\" rx=\"4\" fill=\"").append(FILLS[b.column()]).append("\" stroke=\"#4c6272\"/>");
            List<String> lines = wrap(b.text(), 30, 3);
            for (int i = 0; i < lines.size(); i++) {
                svg.append("<text x=\"").append(b.column() * COLUMN + 18).append("\" y=\"")
                        .append(top + 16 + i * 15).append("\" ").append(FONT).append(" font-size=\"12\" fill=\"")
                        .append(textColour).append("\">").append(escape(lines.get(i))).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Places nodes depth first, each leaf on its own row; returns the rows used. */
    private static int layout(List<DriverNode> nodes, int column, int firstRow, List<Box> boxes) {
        int row = firstRow;
        List<Box> mine = new ArrayList<>();
        for (DriverNode node : nodes) {
            int start = row;
            List<Box> children = new ArrayList<>();
            int used = column < 3 ? layout(node.children(), column + 1, row, children) : 0;
            row += Math.max(1, used);
            double y = (start + row) * ROW / 2.0;
            mine.add(new Box(column, y, node.driver().text(), -1));
            for (Box child : children) {
                boxes.add(child.parentY() == -2 ? new Box(child.column(), child.y(), child.text(), y) : child);
            }
        }
        // Parents fill in their children's link once their own position is known (marked -2 until then).
        for (Box b : mine) {
            boxes.add(new Box(b.column(), b.y(), b.text(), -2));
        }
        return row - firstRow;
    }

    private static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + "…");
            return cut;
        }
        return lines;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
