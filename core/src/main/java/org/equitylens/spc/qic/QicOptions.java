package org.equitylens.spc.qic;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Options of a qicharts2 chart ({@code qic()} arguments). Positions are 1-based subgroup
 * positions (after aggregation).
 *
 * @param chart          chart type
 * @param freeze         last baseline subgroup: centre and limits come from subgroups 1…freeze and
 *                       apply to all; ignored when {@code parts} is not empty
 * @param parts          positions after which a new part (a separate chart) starts
 * @param exclude        subgroups left out of the centre, limits and runs analysis (still plotted)
 * @param centreLine     a centre line given by the user instead of the computed one
 * @param multiply       factor applied to the plotted value, centre and limits (100 for percent)
 * @param screenedMr     whether moving ranges of I, P′, U′, T and I′ charts are screened
 *                       (qicharts2 option {@code qic.screenedmr}; TRUE once the package is attached)
 * @param aggregate      how several values of one subgroup become the plotted value (no denominators)
 */
public record QicOptions(QicChartType chart, OptionalInt freeze, List<Integer> parts, Set<Integer> exclude,
                         OptionalDouble centreLine, double multiply, boolean screenedMr,
                         AggregateFunction aggregate) {

    public QicOptions {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(freeze, "freeze");
        Objects.requireNonNull(centreLine, "centreLine");
        Objects.requireNonNull(aggregate, "aggregate");
        parts = parts.stream().sorted().distinct().toList();
        exclude = Set.copyOf(exclude);
        if (!Double.isFinite(multiply)) {
            throw new IllegalArgumentException("multiply must be finite, was " + multiply);
        }
        if (freeze.isPresent() && freeze.getAsInt() < 1) {
            throw new IllegalArgumentException("freeze must be at least 1, was " + freeze.getAsInt());
        }
    }

    /** qicharts2's defaults for a chart (as attached with {@code library()}: screened moving ranges). */
    public static QicOptions of(QicChartType chart) {
        return new QicOptions(chart, OptionalInt.empty(), List.of(), Set.of(), OptionalDouble.empty(), 1, true,
            AggregateFunction.MEAN);
    }

    public QicOptions withFreeze(int lastBaselinePosition) {
        return new QicOptions(chart, OptionalInt.of(lastBaselinePosition), parts, exclude, centreLine, multiply,
            screenedMr, aggregate);
    }

    public QicOptions withParts(List<Integer> positions) {
        return new QicOptions(chart, freeze, positions, exclude, centreLine, multiply, screenedMr, aggregate);
    }

    public QicOptions withExclude(Set<Integer> positions) {
        return new QicOptions(chart, freeze, parts, positions, centreLine, multiply, screenedMr, aggregate);
    }

    public QicOptions withCentreLine(double value) {
        return new QicOptions(chart, freeze, parts, exclude, OptionalDouble.of(value), multiply, screenedMr,
            aggregate);
    }

    public QicOptions withMultiply(double factor) {
        return new QicOptions(chart, freeze, parts, exclude, centreLine, factor, screenedMr, aggregate);
    }

    public QicOptions withScreenedMr(boolean screened) {
        return new QicOptions(chart, freeze, parts, exclude, centreLine, multiply, screened, aggregate);
    }

    public QicOptions withAggregate(AggregateFunction function) {
        return new QicOptions(chart, freeze, parts, exclude, centreLine, multiply, screenedMr, function);
    }
}
