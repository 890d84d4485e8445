package org.equitylens.chart;

/**
 * The layout of small multiples: panels of a fixed size, {@code columns} wide, under a title band.
 *
 * @param columns panels across (at most the number of panels)
 * @param rows panels down
 */
record PanelGrid(int columns, int rows) {

    static final double PANEL_WIDTH = 400;
    static final double PANEL_HEIGHT = 250;

    /** The grid for {@code panels} panels at most {@code columns} wide; refuses an empty set. */
    static PanelGrid of(int panels, int columns) {
        if (panels == 0) {
            throw new IllegalArgumentException("no charts to draw");
        }
        int cols = Math.max(1, Math.min(columns, panels));
        return new PanelGrid(cols, (panels + cols - 1) / cols);
    }

    double width() {
        return columns * PANEL_WIDTH + 20;
    }

    double height() {
        return 60 + rows * PANEL_HEIGHT;
    }

    /** Left edge of the {@code k}-th panel (row by row). */
    double left(int k) {
        return 10 + (k % columns) * PANEL_WIDTH;
    }

    /** Top edge of the {@code k}-th panel. */
    double top(int k) {
        return 50 + (k / columns) * PANEL_HEIGHT;
    }

    /** True for the panels of the first column, which carry the value axis labels. */
    boolean firstColumn(int k) {
        return k % columns == 0;
    }

    /** The grid's title, above the panels. */
    static void heading(StringBuilder svg, String font, String title) {
        svg.append("<text x=\"20\" y=\"32\" ").append(font).append(" font-size=\"18\" font-weight=\"bold\" fill=\"")
                .append(MdcColours.TEXT).append("\">").append(Svg.esc(title)).append("</text>");
    }

    /** Opens the {@code k}-th panel's group, titled for screen readers with its summary, and writes its heading. */
    void openPanel(StringBuilder svg, String font, int k, String title, String summary) {
        svg.append("<g class=\"panel\"><title>").append(Svg.esc(title + ": " + summary)).append("</title>");
        svg.append("<text x=\"").append(Svg.c(left(k) + 10)).append("\" y=\"").append(Svg.c(top(k) + 22)).append("\" ")
                .append(font).append(" font-size=\"13\" font-weight=\"bold\" fill=\"").append(MdcColours.TEXT)
                .append("\">").append(Svg.esc(title)).append("</text>");
    }
}
