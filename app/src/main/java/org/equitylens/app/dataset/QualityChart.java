package org.equitylens.app.dataset;

import java.util.List;
import java.util.Locale;
import org.equitylens.engine.quality.EthnicityCoverage;
import org.equitylens.engine.quality.QualityReport;
import org.springframework.web.util.HtmlUtils;

/** Ethnicity recording by month as an SVG line chart (percentage coded and percentage valid), with title and description. */
final class QualityChart {

    private QualityChart() {
    }

    static String byMonth(QualityReport report) {
        List<EthnicityCoverage> months = report.byMonth().stream().filter(m -> !m.key().equals("unknown")).toList();
        if (months.isEmpty()) {
            return "";
        }
        double width = 820;
        double height = 320;
        double left = 60;
        double right = width - 20;
        double top = 40;
        double bottom = height - 50;
        int n = months.size();
        StringBuilder coded = new StringBuilder();
        StringBuilder valid = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < n; i++) {
            EthnicityCoverage m = months.get(i);
            double x = n == 1 ? (left + right) / 2 : left + (right - left) * i / (n - 1);
            coded.append(i == 0 ? "M" : " L").append(fmt(x)).append(',').append(fmt(y(m.pctCoded(), top, bottom)));
            double validPct = 100 - m.pctInvalid() - m.pctBlank();
            valid.append(i == 0 ? "M" : " L").append(fmt(x)).append(',').append(fmt(y(validPct, top, bottom)));
            if (i % Math.max(1, n / 8) == 0) {
                labels.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(bottom + 18))
                        .append("\" font-size=\"11\" text-anchor=\"middle\">").append(HtmlUtils.htmlEscape(m.key())).append("</text>");
            }
        }
        EthnicityCoverage last = months.get(n - 1);
        String desc = String.format(Locale.UK, "Ethnicity was coded (A to S) in %.1f%% of rows in %s, the latest month, and %.1f%% in %s, the first.",
                last.pctCoded(), last.key(), months.get(0).pctCoded(), months.get(0).key());
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 820 320\" "
                + "aria-labelledby=\"quality-title quality-desc\" class=\"el-chart\" font-family=\"Arial, Helvetica, sans-serif\">");
        s.append("<title id=\"quality-title\">Ethnicity recording by month</title><desc id=\"quality-desc\">")
                .append(HtmlUtils.htmlEscape(desc)).append("</desc>");
        for (int p = 0; p <= 100; p += 25) {
            double y = y(p, top, bottom);
            s.append("<line x1=\"").append(fmt(left)).append("\" x2=\"").append(fmt(right)).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d8dde0\"/>")
                    .append("<text x=\"").append(fmt(left - 8)).append("\" y=\"").append(fmt(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(p).append("%</text>");
        }
        s.append("<path d=\"").append(coded).append("\" fill=\"none\" stroke=\"#005eb8\" stroke-width=\"2.5\"/>");
        s.append("<path d=\"").append(valid).append("\" fill=\"none\" stroke=\"#768692\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        s.append(labels);
        s.append("<text x=\"").append(fmt(left)).append("\" y=\"22\" font-size=\"12\" fill=\"#005eb8\">— coded A to S</text>");
        s.append("<text x=\"").append(fmt(left + 160)).append("\" y=\"22\" font-size=\"12\" fill=\"#4c6272\">- - valid (coded, Z or 99)</text>");
        return s.append("</svg>").toString();
    }

    private static double y(double pct, double top, double bottom) {
        return bottom - (bottom - top) * pct / 100;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
