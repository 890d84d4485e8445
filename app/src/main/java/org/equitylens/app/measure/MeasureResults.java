package org.equitylens.app.measure;

import java.time.LocalDate;
import java.util.List;
import org.equitylens.stats.compare.Estimate;

/**
 * Everything a measure's dashboard, its exports and the API show for one dimension, after the
 * audience's disclosure policy (if any) has been applied.
 *
 * @param restricted true when the NHSD-2018 policy was applied (other roles and every export)
 * @param policy the policy named under each table and chart, or null for the unsuppressed working view
 * @param notes what was changed for disclosure (grain coarsened, groups combined, points not plotted)
 * @param focusLabel the focus group the summary, gap charts and widening flag lead with; null when there is none (or it
 *     has no gap to chart)
 * @param completeness completeness of the dimension by period; empty without a dimension
 */
public record MeasureResults(long measureId, String measureName, String dimension, String dimensionLabel, String periodLabel,
        boolean restricted, String policy, List<String> notes, String unit, Group overall, List<Group> groups,
        String referenceLabel, String focusLabel, List<Gap> gaps, List<Slope> slope, List<Completeness> completeness, List<LatestRow> latest, String summary,
        boolean widening, String wideningText, Charts charts, DashboardTables.Tables tables) {

    /** One period of a series. Counts are as shown (rounded under a policy); {@code suppressed} points are not plotted. */
    public record Point(LocalDate period, String numerator, String denominator, boolean suppressed, double rate,
            double lower, double upper) {
    }

    public record Group(String code, String label, List<Point> points) {
    }

    /** A group's ratio and difference to the reference group, by period. */
    public record Gap(String code, String label, List<GapPoint> points) {
    }

    public record GapPoint(LocalDate period, Estimate ratio, Estimate difference) {
    }

    /**
     * Slope and relative index of inequality of one period across an ordered dimension, each with its 95% limits
     * (NaN when the period has no limits); complex statistics, so never rounded.
     */
    public record Slope(LocalDate period, Estimate sii, Estimate rii) {
    }

    /**
     * Share (per cent) of a period's overall numerator with a stated value of the dimension. NaN when there is no
     * numerator or the share is {@code suppressed} because a count it is worked out from is hidden.
     */
    public record Completeness(LocalDate period, boolean suppressed, double percent) {
    }

    /** A group's row of the latest-period table; {@code completeness} is the dimension's, for the period overall. */
    public record LatestRow(String label, String numerator, String denominator, String rate, String ratio, String completeness,
            boolean reference) {
    }

    /**
     * Inline SVG of each chart; empty when there was nothing to draw. {@code attribute} is the p- or
     * u-chart of the overall counts for p and u measures, {@code groupsAttribute} each group's as small
     * multiples; {@code overall} the Making Data Count XmR chart of the rate, which gives the icons.
     */
    public record Charts(String overall, String attribute, String groupsAttribute, String overallSummary, String overallIcons, String groups, String gap,
            String gapSummary, String slope) {
    }

    /** Completeness of the dimension in a period, if there is a dimension and the period has data. */
    public java.util.Optional<Completeness> completenessIn(LocalDate period) {
        return completeness.stream().filter(c -> c.period().equals(period)).findFirst();
    }

    public String latestPeriod() {
        return overall.points().isEmpty() ? "" : overall.points().get(overall.points().size() - 1).period().toString();
    }
}
