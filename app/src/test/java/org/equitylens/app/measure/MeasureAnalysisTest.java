package org.equitylens.app.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equitylens.disclosure.DisclosurePolicy;
import org.equitylens.engine.cube.Cube;
import org.equitylens.engine.cube.Grain;
import org.equitylens.spc.ImprovementDirection;
import org.junit.jupiter.api.Test;

/**
 * The focus group on known counts: 30 months in which the White rate halves over the last 8 while the Asian
 * (furthest from parity) and Black rates stay where they were, so the overall measure improves while both gaps widen.
 */
class MeasureAnalysisTest {

    private static final String ASIAN = "Asian or Asian British";
    private static final String BLACK = "Black or Black British";
    /** Rates per 100,000 before and during the last 8 months. */
    private static final Map<String, double[]> RATES = new LinkedHashMap<>(Map.of(
            "WHITE", new double[] {100, 50}, "ASIAN", new double[] {300, 300}, "BLACK", new double[] {200, 200}));
    private static final int MONTHS = 30;
    private static final long POPULATION = 1_000_000;

    private static MeasureResults run(Map<String, String> focus) {
        return run(focus, RATES, null);
    }

    private static MeasureResults run(Map<String, String> focus, Map<String, double[]> rates, DisclosurePolicy policy) {
        Measure measure = new Measure(1, 1, 1, "Detentions", null, Measure.MeasureType.OUTCOME, "rows", "population:ICB:QMF",
                Grain.MONTH, "per 100,000", 100_000, ImprovementDirection.DECREASE, null, Measure.ChartType.U,
                List.of("ethnic_group_census"), Map.of("ethnic_group_census", "WHITE"), focus, List.of());
        return new MeasureAnalysis(measure, (grain, dims) -> cube(!dims.isEmpty(), rates, grain), policy, List.of())
                .run("ethnic_group_census");
    }

    /** Each group's counts by month or quarter (a small wiggle keeps the limits apart), by group or summed. */
    private static Cube cube(boolean byGroup, Map<String, double[]> rates, Grain grain) {
        Map<LocalDate, Map<String, Long>> byPeriod = new java.util.TreeMap<>();
        for (int m = 0; m < MONTHS; m++) {
            LocalDate month = LocalDate.of(2022, 1, 1).plusMonths(m);
            LocalDate period = grain == Grain.QUARTER ? month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1) : month;
            for (Map.Entry<String, Long> e : monthly(m, rates).entrySet()) {
                byPeriod.computeIfAbsent(period, k -> new LinkedHashMap<>()).merge(e.getKey(), e.getValue(), Long::sum);
            }
        }
        long months = grain == Grain.QUARTER ? 3 : 1;
        List<LocalDate> periods = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<Long> numerators = new ArrayList<>();
        List<Long> denominators = new ArrayList<>();
        byPeriod.forEach((period, counts) -> {
            if (byGroup) {
                counts.forEach((group, events) -> {
                    periods.add(period);
                    groups.add(group);
                    numerators.add(events);
                    denominators.add(POPULATION * months);
                });
            } else {
                periods.add(period);
                numerators.add(counts.values().stream().mapToLong(Long::longValue).sum());
                denominators.add(POPULATION * months * rates.size());
            }
        });
        return new Cube(byGroup ? List.of("ethnic_group_census") : List.of(), periods.toArray(LocalDate[]::new),
                byGroup ? new String[][] {groups.toArray(String[]::new)} : new String[0][],
                numerators.stream().mapToLong(Long::longValue).toArray(), denominators.stream().mapToLong(Long::longValue).toArray(),
                null, null);
    }

    /** Each group's events in month {@code m}. */
    private static Map<String, Long> monthly(int m, Map<String, double[]> rates) {
        double[] wiggle = {1, -1, 2, -2, 0.5, -0.5, 1.5, -1.5};
        Map<String, Long> out = new LinkedHashMap<>();
        rates.forEach((group, rate) -> out.put(group,
                Math.round(rate[m < MONTHS - 8 ? 0 : 1] * (1 + 0.02 * wiggle[m % wiggle.length]) * POPULATION / 100_000)));
        return out;
    }

    @Test
    void withoutAFocusGroupTheGroupFurthestFromParityLeads() {
        MeasureResults r = run(Map.of());
        assertThat(r.focusLabel()).isNull();
        assertThat(r.summary()).startsWith("In the latest month (from 2024-06-01) the rate for " + ASIAN + " was 6.0 times the rate for White");
        assertThat(r.gaps()).extracting(MeasureResults.Gap::label).containsExactly(ASIAN, BLACK);
        assertThat(r.widening()).isTrue();
        assertThat(r.wideningText()).contains("the gap widens for " + ASIAN + ", " + BLACK + ":");
    }

    @Test
    void theFocusGroupLeadsTheSummaryGapChartsAndWideningFlag() {
        MeasureResults r = run(Map.of("ethnic_group_census", "BLACK"));
        assertThat(r.focusLabel()).isEqualTo(BLACK);
        assertThat(r.summary()).startsWith("In the latest month (from 2024-06-01) the rate for " + BLACK + " was 4.0 times the rate for White");
        assertThat(r.gaps()).extracting(MeasureResults.Gap::label).containsExactly(BLACK, ASIAN);
        assertThat(r.charts().gap().indexOf("<title>" + BLACK + ":")).isLessThan(r.charts().gap().indexOf("<title>" + ASIAN + ":"));
        assertThat(r.tables().gap().indexOf(">" + BLACK + "<")).isLessThan(r.tables().gap().indexOf(">" + ASIAN + "<"));
        assertThat(r.wideningText()).contains("the gap widens for " + BLACK + ", " + ASIAN + ":");
        // The latest-period table keeps the dimension's order.
        assertThat(r.latest()).extracting(MeasureResults.LatestRow::label).containsExactly(ASIAN, BLACK, "White");
    }

    @Test
    void aFocusGroupWithoutAGapFallsBackToTheGroupFurthestFromParityAndSaysSo() {
        MeasureResults r = run(Map.of("ethnic_group_census", "MIXED"));
        assertThat(r.summary()).contains("the rate for " + ASIAN + " was");
        assertThat(r.notes()).contains("The focus group, Mixed, has no rate ratio to White in the latest month, "
                + "so the summary is about the group furthest from parity.");
        assertThat(run(Map.of("ethnic_group_census", "BLACK")).notes()).noneMatch(n -> n.startsWith("The focus group"));
    }

    @Test
    void aFocusGroupCombinedUnderThePolicySaysSo() {
        // Mixed and Other have 1 and 2 events a month: too few to show on their own under NHSD-2018, even by quarter.
        Map<String, double[]> rates = new LinkedHashMap<>(RATES);
        rates.put("MIXED", new double[] {0.1, 0.1});
        rates.put("OTHER", new double[] {0.2, 0.2});
        MeasureResults r = run(Map.of("ethnic_group_census", "MIXED"), rates, MeasureAnalysis.defaultPolicy());
        assertThat(r.notes()).anyMatch(n -> n.startsWith("Groups too small to chart on their own were combined"))
                .contains("The focus group, Mixed, was combined with other small groups, so the summary is about the group "
                        + "furthest from parity.");
        // The combined groups are no one group: the sentence is about the named group furthest from parity.
        assertThat(r.summary()).startsWith("In the latest quarter (from 2024-04-01) the rate for " + ASIAN + " was");
    }
}
