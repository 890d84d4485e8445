package org.equitylens.app.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.equitylens.engine.cube.Grain;
import org.equitylens.spc.ImprovementDirection;

/**
 * A measure on a dataset: what is counted over what, at which grain, which way is better, and the
 * dimensions it is split by with the reference group of each.
 *
 * @param numerator the engine's numerator text ({@code rows}, {@code persons} or a condition such as {@code detained=1})
 * @param denominator the engine's denominator text ({@code rows}, {@code persons} or {@code population:ICB:QMF})
 * @param referenceGroups dimension column to the code of its reference group
 * @param focusGroups dimension column to the code of the group the measure is about (optional per dimension): the
 *     summary, the gap charts and the widening flag lead with it rather than with the group furthest from parity
 */
public record Measure(long id, long organisationId, long datasetId, String name, String description, MeasureType type,
        String numerator, String denominator, Grain grain, String unit, double multiplier, ImprovementDirection direction,
        Double target, ChartType chart, List<String> dimensions, Map<String, String> referenceGroups, Map<String, String> focusGroups,
        List<Rebase> rebases) {

    public Measure {
        dimensions = List.copyOf(dimensions);
        referenceGroups = Map.copyOf(referenceGroups);
        focusGroups = Map.copyOf(focusGroups);
        rebases = List.copyOf(rebases);
    }

    /** A deliberate new baseline from a date, with the reason it was recorded. */
    public record Rebase(LocalDate date, String reason) {
    }

    public enum MeasureType {
        OUTCOME, PROCESS, BALANCING;

        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The SPC chart: p for proportions, u for rates per population, XmR for values. */
    public enum ChartType {
        P("p-chart (proportion)"), U("u-chart (rate)"), XMR("XmR (individual values)");

        private final String label;

        ChartType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The chart a numerator and denominator call for: counts per population are rates, a subset of rows a proportion. */
        public static ChartType suggest(String numerator, String denominator) {
            String den = denominator.strip().toLowerCase(java.util.Locale.ROOT);
            if (den.startsWith("population:")) {
                return U;
            }
            String num = numerator.strip().toLowerCase(java.util.Locale.ROOT);
            boolean subset = !num.equals("rows") && !num.equals("persons") && !num.equals("events") && !num.equals("people");
            return subset ? P : XMR;
        }
    }

    /** The same measure with other focus groups. */
    public Measure withFocusGroups(Map<String, String> focus) {
        return new Measure(id, organisationId, datasetId, name, description, type, numerator, denominator, grain, unit, multiplier,
                direction, target, chart, dimensions, referenceGroups, focus, rebases);
    }

    public boolean proportion() {
        return chart == ChartType.P;
    }
}
