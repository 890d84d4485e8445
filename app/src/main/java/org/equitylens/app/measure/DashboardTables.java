package org.equitylens.app.measure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.equitylens.chart.QicSvg;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's long data tables (every period of every series) as escaped HTML, built once with the
 * cached results rather than on every page view: rendering several hundred cells through the template
 * engine dominated the cost of a dashboard request.
 */
final class DashboardTables {

    private DashboardTables() {
    }

    /** Pre-rendered tables; empty strings when there is nothing to show. */
    record Tables(String overall, String groups, String groupsAttribute, String gap, String slope) {
    }

    /**
     * @param attributeGroups each group's p- or u-chart points (none for XmR measures)
     * @param attributeName "p" or "u"
     */
    static Tables of(MeasureResults.Group overall, List<MeasureResults.Group> groups, List<MeasureResults.Gap> gaps,
            List<MeasureResults.Slope> slope, Map<String, List<QicSvg.Point>> attributeGroups, String attributeName, String unit,
            String periodLabel) {
        return new Tables(series("overall-table", "Overall, by " + periodLabel, List.of(overall), unit, false),
                groups.isEmpty() ? "" : series("groups-table", "Rate by group and " + periodLabel, groups, unit, true),
                attributeGroups.isEmpty() ? "" : attribute(attributeGroups, attributeName, unit, periodLabel),
                gaps.isEmpty() ? "" : gap(gaps), slope.isEmpty() ? "" : slope(slope));
    }

    private static String attribute(Map<String, List<QicSvg.Point>> groups, String chartName, String unit, String periodLabel) {
        StringBuilder s = open("groups-attribute-table", "The " + chartName + "-chart of each group by " + periodLabel
                + ": centre line and limits from each period's denominator");
        s.append("<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">");
        header(s, "Group", false);
        header(s, "Period", false);
        header(s, "Rate (" + unit + ")", true);
        header(s, "Centre line", true);
        header(s, "Lower limit", true);
        header(s, "Upper limit", true);
        header(s, "Signal", false);
        s.append("</tr></thead><tbody class=\"nhsuk-table__body\">");
        groups.forEach((label, points) -> {
            for (QicSvg.Point p : points) {
                s.append("<tr class=\"nhsuk-table__row\">");
                cell(s, label, false);
                cell(s, p.label(), false);
                cell(s, number(p.y()), true);
                cell(s, number(p.cl()), true);
                cell(s, number(p.lcl()), true);
                cell(s, number(p.ucl()), true);
                cell(s, p.sigmaSignal() && p.runsSignal() ? "Outside the limits; runs signal in this part"
                        : p.sigmaSignal() ? "Outside the limits" : p.runsSignal() ? "Runs signal in this part" : "None", false);
                s.append("</tr>");
            }
        });
        return s.append("</tbody></table>").toString();
    }

    private static String series(String id, String caption, List<MeasureResults.Group> groups, String unit, boolean withGroup) {
        StringBuilder s = open(id, caption);
        s.append("<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">");
        if (withGroup) {
            header(s, "Group", false);
        }
        header(s, "Period", false);
        header(s, "Numerator", true);
        header(s, "Denominator", true);
        header(s, "Rate (" + unit + ") with 95% CI", true);
        s.append("</tr></thead><tbody class=\"nhsuk-table__body\">");
        for (MeasureResults.Group g : groups) {
            for (MeasureResults.Point p : g.points()) {
                s.append("<tr class=\"nhsuk-table__row\">");
                if (withGroup) {
                    cell(s, g.label(), false);
                }
                cell(s, p.period().toString(), false);
                cell(s, p.numerator(), true);
                cell(s, p.denominator(), true);
                cell(s, p.suppressed() ? "*" : ci(p.rate(), p.lower(), p.upper()), true);
                s.append("</tr>");
            }
        }
        return s.append("</tbody></table>").toString();
    }

    private static String gap(List<MeasureResults.Gap> gaps) {
        StringBuilder s = open("gap-table", "Ratio and difference to the reference group by period");
        s.append("<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">");
        header(s, "Group", false);
        header(s, "Period", false);
        header(s, "Ratio (95% CI)", true);
        header(s, "Difference (95% CI)", true);
        s.append("</tr></thead><tbody class=\"nhsuk-table__body\">");
        for (MeasureResults.Gap g : gaps) {
            for (MeasureResults.GapPoint p : g.points()) {
                s.append("<tr class=\"nhsuk-table__row\">");
                cell(s, g.label(), false);
                cell(s, p.period().toString(), false);
                cell(s, ci(p.ratio().value(), p.ratio().lower(), p.ratio().upper()), true);
                cell(s, ci(p.difference().value(), p.difference().lower(), p.difference().upper()), true);
                s.append("</tr>");
            }
        }
        return s.append("</tbody></table>").toString();
    }

    private static String slope(List<MeasureResults.Slope> slope) {
        StringBuilder s = open("slope-table", "Slope (SII) and relative (RII) index of inequality by period");
        s.append("<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">");
        header(s, "Period", false);
        header(s, "SII (95% CI)", true);
        header(s, "RII (95% CI)", true);
        s.append("</tr></thead><tbody class=\"nhsuk-table__body\">");
        for (MeasureResults.Slope p : slope) {
            s.append("<tr class=\"nhsuk-table__row\">");
            cell(s, p.period().toString(), false);
            cell(s, ci(p.sii().value(), p.sii().lower(), p.sii().upper()), true);
            cell(s, ci(p.rii().value(), p.rii().lower(), p.rii().upper()), true);
            s.append("</tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    private static StringBuilder open(String id, String caption) {
        return new StringBuilder("<table class=\"nhsuk-table\" id=\"").append(id).append("\"><caption class=\"nhsuk-table__caption\">")
                .append(HtmlUtils.htmlEscape(caption)).append("</caption>");
    }

    private static void header(StringBuilder s, String text, boolean numeric) {
        s.append("<th class=\"nhsuk-table__header").append(numeric ? " nhsuk-table__header--numeric" : "").append("\" scope=\"col\">")
                .append(HtmlUtils.htmlEscape(text)).append("</th>");
    }

    private static void cell(StringBuilder s, String text, boolean numeric) {
        s.append("<td class=\"nhsuk-table__cell").append(numeric ? " nhsuk-table__cell--numeric" : "").append("\">")
                .append(HtmlUtils.htmlEscape(text)).append("</td>");
    }

    private static String ci(double value, double lower, double upper) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            return number(value);
        }
        return number(value) + " (" + number(lower) + " to " + number(upper) + ")";
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.UK, "%,.2f", v) : "–";
    }
}
