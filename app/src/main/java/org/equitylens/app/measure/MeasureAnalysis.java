package org.equitylens.app.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.equitylens.app.measure.MeasureAnnotationSource.MeasureAnnotation;
import org.equitylens.app.measure.MeasureResults.Completeness;
import org.equitylens.app.measure.MeasureResults.Gap;
import org.equitylens.app.measure.MeasureResults.GapPoint;
import org.equitylens.app.measure.MeasureResults.Group;
import org.equitylens.app.measure.MeasureResults.LatestRow;
import org.equitylens.app.measure.MeasureResults.Point;
import org.equitylens.app.measure.MeasureResults.Slope;
import org.equitylens.chart.QicSvg;
import org.equitylens.chart.SpcIcons;
import org.equitylens.chart.SpcSummary;
import org.equitylens.chart.SpcSvg;
import org.equitylens.codes.Dimension;
import org.equitylens.disclosure.DisclosurePolicy;
import org.equitylens.disclosure.Nhsd2018;
import org.equitylens.engine.cube.Cube;
import org.equitylens.engine.cube.Grain;
import org.equitylens.spc.ImprovementDirection;
import org.equitylens.spc.PointType;
import org.equitylens.spc.Series;
import org.equitylens.spc.SpcChart;
import org.equitylens.spc.SpcOptions;
import org.equitylens.spc.VariationIcon;
import org.equitylens.spc.XmrAnalysis;
import org.equitylens.spc.qic.QicChart;
import org.equitylens.spc.qic.QicChartType;
import org.equitylens.spc.qic.QicObservation;
import org.equitylens.spc.qic.QicOptions;
import org.equitylens.spc.qic.QicPoint;
import org.equitylens.stats.Distributions;
import org.equitylens.stats.Estimate;
import org.equitylens.stats.PoissonLimits;
import org.equitylens.stats.Proportions;
import org.equitylens.stats.RRandom;
import org.equitylens.stats.SlopeIndex;
import org.equitylens.stats.compare.Fmsb;
import org.equitylens.stats.phe.PheSii;

/**
 * Turns a measure's cubes into its dashboard: rates with confidence intervals overall and per group,
 * SPC charts of each, the gap to the reference group (ratio and difference, charted as SPC series),
 * SII and RII for ordered dimensions, the latest-period table, a plain-English summary and the
 * intervention-generated-inequality flag. With a disclosure policy it rounds and suppresses counts,
 * coarsens the grain or combines small groups first, and says so.
 */
final class MeasureAnalysis {

    static final double CONFIDENCE = 0.95;
    /** Ordered dimensions, for which the slope and relative index of inequality are computed. */
    static final Set<String> ORDERED = Set.of("imd_decile", "imd_quintile", "age_band_5y", "esp2013_band");
    static final String COMBINED = "__combined";
    /** Simulation repetitions for the SII and RII limits (phe_sii's default is 100,000; 10,000 keeps a dashboard quick). */
    static final int SII_REPETITIONS = 10_000;
    /** Codes of unknown or not-stated values: never charted, they count against completeness. */
    static final Set<String> NOT_STATED = Set.of("Z", "99");

    private final Measure measure;
    private final BiFunction<Grain, List<String>, Cube> cubes;
    private final DisclosurePolicy policy;
    private final List<MeasureAnnotation> annotations;
    private final List<String> notes = new ArrayList<>();
    private String currentDimension;

    /**
     * @param cubes aggregates the measure's dataset to a grain and dimensions
     * @param policy the disclosure policy, or null for the unsuppressed working view
     */
    MeasureAnalysis(Measure measure, BiFunction<Grain, List<String>, Cube> cubes, DisclosurePolicy policy,
            List<MeasureAnnotation> annotations) {
        this.measure = measure;
        this.cubes = cubes;
        this.policy = policy;
        this.annotations = annotations;
    }

    MeasureResults run(String dimension) {
        currentDimension = dimension;
        Grain grain = measure.grain();
        Cube overallCube = cubes.apply(grain, List.of());
        Cube groupCube = dimension == null ? null : cubes.apply(grain, List.of(dimension));
        if (policy != null && groupCube != null && grain == Grain.MONTH && smallCells(groupCube) > 0) {
            grain = Grain.QUARTER;
            overallCube = cubes.apply(grain, List.of());
            groupCube = cubes.apply(grain, List.of(dimension));
            notes.add("Some groups had counts of 1 to 7 in a month, so the grain was coarsened to quarters.");
        }
        Map<String, Map<LocalDate, long[]>> cells = groupCube == null ? Map.of() : cells(groupCube, dimension);
        Map<LocalDate, long[]> overallCells = cells(overallCube, null).getOrDefault("", Map.of());
        Dimension dim = dimension == null ? null : Dimension.standard(dimension).orElse(Dimension.open(dimension, dimension));
        Map<String, Map<LocalDate, long[]>> charted = chartedGroups(cells, dim);

        Group overall = group("", "Overall", overallCells);
        List<Group> groups = new ArrayList<>();
        charted.forEach((code, byPeriod) -> groups.add(group(code, label(dim, code), byPeriod)));

        String reference = referenceCode(dimension, charted);
        String referenceLabel = reference == null ? null : label(dim, reference);
        List<Gap> gaps = new ArrayList<>();
        if (reference != null) {
            charted.forEach((code, byPeriod) -> {
                if (!code.equals(reference)) {
                    gaps.add(gap(code, label(dim, code), byPeriod, charted.get(reference)));
                }
            });
        }
        String focus = dimension == null ? null : measure.focusGroups().get(dimension);
        // The focus group's gap leads (a stable sort keeps the dimension's order after it).
        gaps.sort(Comparator.comparing((Gap g) -> !g.code().equals(focus)));
        String focusLabel = gaps.stream().filter(g -> g.code().equals(focus)).findFirst().map(Gap::label).orElse(null);
        List<Slope> slope = dimension != null && ORDERED.contains(dimension) && !charted.containsKey(COMBINED)
                ? slope(charted) : List.of();

        SpcChart overallChart = chart(measure.name(), overall.points(), measure.direction());
        List<SpcSvg.Panel> groupPanels = new ArrayList<>();
        // For p and u measures, each group's p- or u-chart too, with the icons of its XmR chart (as the overall's).
        Map<String, List<QicSvg.Point>> attributeGroups = new LinkedHashMap<>();
        List<QicSvg.Panel> attributePanels = new ArrayList<>();
        for (Group g : groups) {
            SpcChart c = chart(g.label(), g.points(), measure.direction());
            if (c != null) {
                groupPanels.add(new SpcSvg.Panel(g.label(), c));
            }
            List<QicSvg.Point> attribute = attributePoints(g.points());
            if (!attribute.isEmpty()) {
                attributeGroups.put(g.label(), attribute);
                attributePanels.add(new QicSvg.Panel(g.label(), attribute, c == null ? null : c.variationIcon(),
                        c == null ? null : c.assurance()));
            }
        }
        Map<String, SpcChart> gapCharts = new LinkedHashMap<>();
        for (Gap g : gaps) {
            SpcChart c = ratioChart(g);
            if (c != null) {
                gapCharts.put(g.label(), c);
            }
        }
        SpcChart slopeChart = slopeChart(slope);

        String periodLabel = periodNoun(grain);
        List<Completeness> completeness = dimension == null ? List.of() : completeness(cells, overallCells);
        List<LatestRow> latest = latestRows(groups, gaps, reference, completeness);
        Optional<LocalDate> latestPeriod = overall.points().isEmpty() ? Optional.empty()
                : Optional.of(overall.points().get(overall.points().size() - 1).period());
        String summary = summary(gaps, focus, gapCharts, referenceLabel, periodLabel, latestPeriod);
        if (focus != null && !summary.isEmpty() && gaps.stream().noneMatch(g -> g.code().equals(focus) && !g.points().isEmpty()
                && latestPeriod.equals(Optional.of(g.points().get(g.points().size() - 1).period())))) {
            // Say why the sentence is not about the group the measure is for.
            notes.add("The focus group, " + label(dim, focus) + (cells.containsKey(focus) && !charted.containsKey(focus)
                    ? ", was combined with other small groups" : ", has no rate ratio to " + referenceLabel + " in the latest " + periodLabel)
                    + ", so the summary is about the group furthest from parity.");
        }
        String widening = widening(overallChart, gaps, gapCharts);
        if (policy != null && groups.stream().anyMatch(g -> g.points().stream().anyMatch(Point::suppressed))
                || policy != null && overall.points().stream().anyMatch(Point::suppressed)) {
            notes.add("Points with counts of 1 to 7 are suppressed under " + policy.name() + " and not plotted.");
        }

        MeasureResults.Charts charts = new MeasureResults.Charts(
                overallChart == null ? "" : SpcSvg.render(measure.name() + " (" + measure.unit() + ")", overallChart),
                attributeChart(overall.points()),
                attributePanels.isEmpty() ? "" : QicSvg.smallMultiples(measure.name() + " by " + dim.label() + " (" + measure.unit() + ")",
                        attributeName(), attributePanels, 3),
                overallChart == null ? "" : SpcSummary.sentence(overallChart),
                overallChart == null ? "" : icons(overallChart),
                groupPanels.isEmpty() ? "" : SpcSvg.smallMultiples(measure.name() + " by " + (dim == null ? "" : dim.label()), groupPanels, 3),
                gapCharts.isEmpty() ? "" : SpcSvg.smallMultiples("Rate ratio to " + referenceLabel,
                        gapCharts.entrySet().stream().map(e -> new SpcSvg.Panel(e.getKey(), e.getValue())).toList(), 3),
                gapCharts.isEmpty() ? "" : gapCharts.entrySet().stream()
                        .map(e -> e.getKey() + ": " + SpcSummary.sentence(e.getValue())).reduce((a, b) -> a + " " + b).orElse(""),
                slopeChart == null ? "" : SpcSvg.render("Slope index of inequality (" + measure.unit() + ")", slopeChart));
        return new MeasureResults(measure.id(), measure.name(), dimension, dim == null ? null : dim.label(), periodLabel,
                policy != null, policy == null ? null : policy.description(), List.copyOf(notes), measure.unit(), overall,
                groups, referenceLabel, focusLabel, gaps, slope, completeness, latest, summary, widening != null, widening, charts,
                DashboardTables.of(overall, groups, gaps, slope, attributeGroups, attributeName(), measure.unit(), periodLabel));
    }

    /** Group code ("" overall) → period → {numerator, denominator}; null dimension values keyed "" under a dimension too. */
    private static Map<String, Map<LocalDate, long[]>> cells(Cube cube, String dimension) {
        Map<String, Map<LocalDate, long[]>> out = new LinkedHashMap<>();
        for (int i = 0; i < cube.size(); i++) {
            String code = dimension == null ? "" : Optional.ofNullable(cube.dimensionValue(i, 0)).orElse("");
            long[] cell = out.computeIfAbsent(code, k -> new TreeMap<>()).computeIfAbsent(cube.periodStart(i), k -> new long[2]);
            cell[0] += cube.numerator(i);
            cell[1] += cube.denominator(i);
        }
        return out;
    }

    private int smallCells(Cube cube) {
        int n = 0;
        for (int i = 0; i < cube.size(); i++) {
            if (policy.hideSimple(cube.numerator(i), false)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The groups to chart, in the dimension's order: unknown and not-stated values are left out (they count
     * against completeness); under a policy, groups with suppressed cells are combined into one.
     */
    private Map<String, Map<LocalDate, long[]>> chartedGroups(Map<String, Map<LocalDate, long[]>> cells, Dimension dim) {
        Map<String, Map<LocalDate, long[]>> out = new LinkedHashMap<>();
        List<String> codes = cells.keySet().stream().filter(c -> !c.isEmpty() && !NOT_STATED.contains(c))
                .sorted(Comparator.comparingInt((String c) -> dim.category(c).map(Dimension.Category::order).orElse(Integer.MAX_VALUE))
                        .thenComparing(c -> c))
                .toList();
        List<String> small = new ArrayList<>();
        for (String code : codes) {
            boolean hasSmall = policy != null && cells.get(code).values().stream().anyMatch(c -> policy.hideSimple(c[0], false));
            if (hasSmall && !isReference(code)) {
                small.add(code);
            } else {
                out.put(code, cells.get(code));
            }
        }
        if (small.size() == 1) {
            out.put(small.get(0), cells.get(small.get(0)));
        } else if (small.size() > 1) {
            Map<LocalDate, long[]> combined = new TreeMap<>();
            for (String code : small) {
                cells.get(code).forEach((p, c) -> {
                    long[] sum = combined.computeIfAbsent(p, k -> new long[2]);
                    sum[0] += c[0];
                    sum[1] += c[1];
                });
            }
            out.put(COMBINED, combined);
            notes.add("Groups too small to chart on their own were combined: "
                    + String.join(", ", small.stream().map(c -> label(dim, c)).toList()) + ".");
        }
        return out;
    }

    private boolean isReference(String code) {
        return code.equals(measure.referenceGroups().get(currentDimension));
    }

    private String referenceCode(String dimension, Map<String, Map<LocalDate, long[]>> charted) {
        if (dimension == null || charted.isEmpty()) {
            return null;
        }
        String chosen = measure.referenceGroups().get(dimension);
        if (chosen != null && charted.containsKey(chosen)) {
            return chosen;
        }
        // Without a usable choice the largest group is the reference, as is usual for rate ratios.
        return charted.entrySet().stream().filter(e -> !e.getKey().equals(COMBINED))
                .max(Comparator.comparingLong(e -> e.getValue().values().stream().mapToLong(c -> c[1]).sum()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private Group group(String code, String label, Map<LocalDate, long[]> byPeriod) {
        List<Point> points = new ArrayList<>();
        byPeriod.forEach((period, c) -> points.add(point(period, c[0], c[1])));
        return new Group(code, label, points);
    }

    private Point point(LocalDate period, long numerator, long denominator) {
        double num = policy == null ? numerator : policy.show(numerator, false);
        double den = policy == null ? denominator : policy.show(denominator, false);
        boolean suppressed = Double.isNaN(num) || Double.isNaN(den);
        double m = measure.multiplier();
        // Rates shown are from the shown (rounded) counts; confidence limits are complex statistics, exempt.
        double rate = suppressed || den == 0 ? Double.NaN : num / den * m;
        Estimate ci = measure.proportion() ? Proportions.wilson(numerator, denominator, CONFIDENCE) : null;
        double lower;
        double upper;
        if (suppressed || denominator == 0) {
            lower = Double.NaN;
            upper = Double.NaN;
        } else if (ci != null) {
            lower = ci.lower() * m;
            upper = ci.upper() * m;
        } else {
            Estimate count = PoissonLimits.of(numerator, CONFIDENCE);
            lower = count.lower() / denominator * m;
            upper = count.upper() / denominator * m;
        }
        return new Point(period, show(num), show(den), suppressed, rate, lower, upper);
    }

    private static String show(double count) {
        return Double.isNaN(count) ? "*" : String.format(Locale.UK, "%,d", (long) count);
    }

    private Gap gap(String code, String label, Map<LocalDate, long[]> group, Map<LocalDate, long[]> reference) {
        List<GapPoint> points = new ArrayList<>();
        int row = 1;
        for (Map.Entry<LocalDate, long[]> e : group.entrySet()) {
            long[] ref = reference.get(e.getKey());
            long[] c = e.getValue();
            if (ref == null || c[1] == 0 || ref[1] == 0 || c[0] == 0 || ref[0] == 0) {
                continue;
            }
            if (policy != null && (policy.hideSimple(c[0], false) || policy.hideSimple(ref[0], false))) {
                continue;
            }
            org.equitylens.stats.compare.Estimate ratio;
            org.equitylens.stats.compare.Estimate diff;
            if (measure.proportion()) {
                ratio = Fmsb.riskRatio(c[0], ref[0], c[1], ref[1], CONFIDENCE, row).estimate();
                diff = Fmsb.riskDifference(c[0], ref[0], c[1], ref[1], CONFIDENCE, row).estimate();
            } else {
                ratio = Fmsb.rateRatio(c[0], ref[0], c[1], ref[1], CONFIDENCE, row).estimate();
                diff = Fmsb.rateDifference(c[0], ref[0], c[1], ref[1], CONFIDENCE, row).estimate();
            }
            double m = measure.multiplier();
            diff = new org.equitylens.stats.compare.Estimate(diff.value() * m, diff.lower() * m, diff.upper() * m,
                    diff.confidence(), diff.method());
            points.add(new GapPoint(e.getKey(), ratio, diff));
            row++;
        }
        return new Gap(code, label, points);
    }

    /**
     * SII and RII per period with 95% limits as PHE's {@code phe_sii} computes them (untransformed fit, limits by
     * simulation): each group's rate (or proportion) is drawn from a normal distribution on the log (logit) scale
     * with the standard error taken from its 95% limits (Byar's/exact Poisson or Wilson), refitted
     * {@link #SII_REPETITIONS} times, and the limits are the order statistics. Every period uses a generator
     * seeded with {@link PheSii#DEFAULT_SEED}, so its limits are reproducible on their own. A period with a group
     * of zero (or, for proportions, all) events has no log or logit, so it gets the estimates without limits.
     */
    private List<Slope> slope(Map<String, Map<LocalDate, long[]>> charted) {
        Set<LocalDate> periods = new TreeSet<>();
        charted.values().forEach(m -> periods.addAll(m.keySet()));
        List<Slope> out = new ArrayList<>();
        if (charted.size() < 3) {
            return out;
        }
        double z = Distributions.qnorm(1 - (1 - CONFIDENCE) / 2);
        double m = measure.multiplier();
        for (LocalDate period : periods) {
            int k = charted.size();
            double[] populations = new double[k];
            double[] rates = new double[k];
            double[] working = new double[k];
            double[] se = new double[k];
            int j = 0;
            boolean complete = true;
            boolean simulated = true;
            for (Map<LocalDate, long[]> byPeriod : charted.values()) {
                long[] c = byPeriod.get(period);
                if (c == null || c[1] == 0) {
                    complete = false;
                    break;
                }
                populations[j] = c[1];
                rates[j] = (double) c[0] / c[1];
                if (c[0] == 0 || measure.proportion() && c[0] >= c[1]) {
                    simulated = false;
                } else {
                    Estimate limits = measure.proportion() ? Proportions.wilson(c[0], c[1], CONFIDENCE)
                            : PoissonLimits.of(c[0], CONFIDENCE);
                    double scale = measure.proportion() ? 1 : c[1];
                    working[j] = toWorking(rates[j]);
                    se[j] = (toWorking(limits.upper() / scale) - toWorking(limits.lower() / scale)) / z / 2;
                }
                j++;
            }
            if (!complete) {
                continue;
            }
            SlopeIndex design = SlopeIndex.forPopulations(populations);
            double[] fit = design.fit(rates);
            double sii = fit[1] * m;
            double rii = (fit[0] + fit[1]) / fit[0];
            double[] siiLimits = {Double.NaN, Double.NaN};
            double[] riiLimits = {Double.NaN, Double.NaN};
            if (simulated) {
                double[][] sim = design.simulate(working, se, SII_REPETITIONS, RRandom.seeded(PheSii.DEFAULT_SEED), this::fromWorking);
                double[] siis = new double[SII_REPETITIONS];
                double[] riis = new double[SII_REPETITIONS];
                for (int r = 0; r < SII_REPETITIONS; r++) {
                    siis[r] = sim[1][r] * m;
                    riis[r] = (sim[0][r] + sim[1][r]) / sim[0][r];
                }
                siiLimits = SlopeIndex.percentileLimits(siis, SII_REPETITIONS, CONFIDENCE);
                riiLimits = SlopeIndex.percentileLimits(riis, SII_REPETITIONS, CONFIDENCE);
            }
            String method = simulated ? "phe_sii simulation, " + SII_REPETITIONS + " repetitions" : "none (a group had no events)";
            out.add(new Slope(period,
                    new org.equitylens.stats.compare.Estimate(sii, siiLimits[0], siiLimits[1], CONFIDENCE, method),
                    new org.equitylens.stats.compare.Estimate(rii, riiLimits[0], riiLimits[1], CONFIDENCE, method)));
        }
        return out;
    }

    /** The scale the simulation draws on: logit for proportions, log for rates. */
    private double toWorking(double value) {
        return measure.proportion() ? Math.log(value / (1 - value)) : Math.log(value);
    }

    private double fromWorking(double value) {
        return measure.proportion() ? 1 / (1 + Math.exp(-value)) : Math.exp(value);
    }

    private SpcChart chart(String name, List<Point> points, ImprovementDirection direction) {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Point p : points) {
            if (!p.suppressed() && Double.isFinite(p.rate())) {
                dates.add(p.period());
                values.add(p.rate());
            }
        }
        return analyse(name, dates, values, direction, true);
    }

    private SpcChart ratioChart(Gap gap) {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (GapPoint p : gap.points()) {
            if (Double.isFinite(p.ratio().value())) {
                dates.add(p.period());
                values.add(p.ratio().value());
            }
        }
        // The gap has no better direction of its own: distance from 1 is read from the values.
        return analyse(gap.label(), dates, values, ImprovementDirection.NEUTRAL, false);
    }

    private SpcChart slopeChart(List<Slope> slope) {
        if (slope.isEmpty()) {
            return null;
        }
        return analyse("SII", slope.stream().map(Slope::period).toList(), slope.stream().map(p -> p.sii().value()).toList(),
                ImprovementDirection.NEUTRAL, false);
    }

    private SpcChart analyse(String name, List<LocalDate> dates, List<Double> values, ImprovementDirection direction, boolean withTarget) {
        if (dates.size() < 2) {
            return null;
        }
        SpcOptions options = SpcOptions.mdc().withDirection(direction)
                .withRebaseDates(measure.rebases().stream().map(r -> periodOf(r.date(), dates)).filter(java.util.Objects::nonNull).toList())
                .withAnnotations(annotationsOn(dates));
        if (withTarget && measure.target() != null) {
            options = options.withTarget(measure.target());
        }
        return XmrAnalysis.analyse(Series.of(name, dates, values.stream().mapToDouble(Double::doubleValue).toArray()), options);
    }

    /**
     * For p and u measures, the qicharts2 p- or u-chart of the overall counts: limits from each period's
     * denominator, Anhøj runs rules, a new part at each rebase. XmR measures have none.
     */
    private String attributeChart(List<Point> points) {
        List<QicSvg.Point> drawn = attributePoints(points);
        return drawn.isEmpty() ? "" : QicSvg.render(measure.name() + " (" + measure.unit() + ")", attributeName(), drawn);
    }

    /** "p" or "u": the qicharts2 name of the measure's attribute chart. */
    private String attributeName() {
        return measure.chart() == Measure.ChartType.P ? "p" : "u";
    }

    /**
     * The p- or u-chart of a series' plotted counts (as shown, so rounded under a policy; suppressed points left
     * out); empty for XmR measures and series of fewer than two points.
     */
    private List<QicSvg.Point> attributePoints(List<Point> points) {
        if (measure.chart() == Measure.ChartType.XMR) {
            return List.of();
        }
        List<Point> plotted = points.stream().filter(p -> !p.suppressed() && Double.isFinite(p.rate())).toList();
        if (plotted.size() < 2) {
            return List.of();
        }
        List<QicObservation> observations = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < plotted.size(); i++) {
            Point p = plotted.get(i);
            observations.add(QicObservation.of(i + 1, count(p.numerator()), count(p.denominator())));
            final int position = i;
            if (i > 0 && measure.rebases().stream().anyMatch(r -> !r.date().isAfter(p.period())
                    && r.date().isAfter(plotted.get(position - 1).period()))) {
                parts.add(i);
            }
        }
        QicChartType type = measure.chart() == Measure.ChartType.P ? QicChartType.P : QicChartType.U;
        QicChart chart = QicChart.of(observations, QicOptions.of(type).withParts(parts).withMultiply(measure.multiplier()));
        List<QicSvg.Point> drawn = new ArrayList<>();
        for (int i = 0; i < chart.points().size(); i++) {
            QicPoint q = chart.points().get(i);
            drawn.add(new QicSvg.Point(q.part(), plotted.get(i).period().toString(), q.y(), q.cl(), q.lcl(), q.ucl(),
                    q.sigmaSignal(), q.runs().signal()));
        }
        return drawn;
    }

    private static double count(String shown) {
        return Double.parseDouble(shown.replace(",", ""));
    }

    /** The plotted period containing a date: the latest period starting on or before it. */
    private static LocalDate periodOf(LocalDate date, List<LocalDate> periods) {
        LocalDate found = null;
        for (LocalDate p : periods) {
            if (!p.isAfter(date)) {
                found = p;
            }
        }
        return found;
    }

    private Map<LocalDate, String> annotationsOn(List<LocalDate> dates) {
        Map<LocalDate, String> out = new TreeMap<>();
        for (MeasureAnnotation a : annotations) {
            LocalDate p = periodOf(a.date(), dates);
            if (p != null) {
                out.merge(p, a.label(), (x, y) -> x + "; " + y);
            }
        }
        return out;
    }

    private List<LatestRow> latestRows(List<Group> groups, List<Gap> gaps, String reference, List<Completeness> completeness) {
        if (groups.isEmpty()) {
            return List.of();
        }
        LocalDate latest = groups.stream().flatMap(g -> g.points().stream()).map(Point::period).max(Comparator.naturalOrder()).orElseThrow();
        String complete = completeness.stream().filter(c -> c.period().equals(latest)).findFirst()
                .map(c -> c.suppressed() ? "*" : Double.isFinite(c.percent()) ? String.format(Locale.UK, "%.1f%%", c.percent()) : "–")
                .orElse("–");
        List<LatestRow> rows = new ArrayList<>();
        for (Group g : groups) {
            Optional<Point> p = g.points().stream().filter(x -> x.period().equals(latest)).findFirst();
            if (p.isEmpty()) {
                continue;
            }
            String ratio = g.code().equals(reference) ? "Reference" : gaps.stream().filter(x -> x.code().equals(g.code()))
                    .flatMap(x -> x.points().stream()).filter(x -> x.period().equals(latest)).findFirst()
                    .map(x -> withCi(x.ratio().value(), x.ratio().lower(), x.ratio().upper(), 2)).orElse("–");
            rows.add(new LatestRow(g.label(), p.get().numerator(), p.get().denominator(),
                    p.get().suppressed() ? "*" : withCi(p.get().rate(), p.get().lower(), p.get().upper(), 1), ratio, complete,
                    g.code().equals(reference)));
        }
        return rows;
    }

    /**
     * Completeness of the dimension per period: the share of the overall numerator whose value of the dimension
     * is stated (not missing, unknown or not stated). Under a policy it is worked out from the shown (rounded)
     * counts and hidden when either count is.
     */
    private List<Completeness> completeness(Map<String, Map<LocalDate, long[]>> cells, Map<LocalDate, long[]> overall) {
        List<Completeness> out = new ArrayList<>();
        overall.forEach((period, total) -> {
            long known = 0;
            for (Map.Entry<String, Map<LocalDate, long[]>> e : cells.entrySet()) {
                long[] c = e.getValue().get(period);
                if (c != null && !e.getKey().isEmpty() && !NOT_STATED.contains(e.getKey())) {
                    known += c[0];
                }
            }
            double shownKnown = policy == null ? known : policy.show(known, false);
            double shownTotal = policy == null ? total[0] : policy.show(total[0], false);
            boolean suppressed = Double.isNaN(shownKnown) || Double.isNaN(shownTotal);
            double percent = suppressed || shownTotal == 0 ? Double.NaN : Math.min(100, 100.0 * shownKnown / shownTotal);
            out.add(new Completeness(period, suppressed, percent));
        });
        return out;
    }

    /**
     * The summary sentence on the focus group's gap in the latest period; without a focus group, or when it has no
     * gap in that period (e.g. it was combined under the policy), on the group furthest from parity.
     */
    private String summary(List<Gap> gaps, String focus, Map<String, SpcChart> gapCharts, String referenceLabel, String periodLabel,
            Optional<LocalDate> latest) {
        if (latest.isEmpty() || gaps.isEmpty()) {
            return latest.isEmpty() ? "There is no data for this measure yet." : "";
        }
        Gap lead = null;
        GapPoint leadPoint = null;
        for (Gap g : gaps) {
            if (g.points().isEmpty()) {
                continue;
            }
            GapPoint p = g.points().get(g.points().size() - 1);
            if (!p.period().equals(latest.get())) {
                continue;
            }
            if (g.code().equals(focus)) {
                lead = g;
                leadPoint = p;
                break;
            }
            // Groups combined for disclosure are no one group, so they lead only when nothing else can.
            boolean combined = g.code().equals(COMBINED);
            boolean leadCombined = lead != null && lead.code().equals(COMBINED);
            if (leadPoint == null || leadCombined && !combined
                    || combined == leadCombined && Math.abs(Math.log(p.ratio().value())) > Math.abs(Math.log(leadPoint.ratio().value()))) {
                lead = g;
                leadPoint = p;
            }
        }
        if (lead == null) {
            return "";
        }
        SpcChart chart = gapCharts.get(lead.label());
        String variation = chart == null || chart.variationIcon() == null ? "too few periods to read its variation"
                : chart.variationIcon() == VariationIcon.COMMON_CAUSE ? "common-cause variation"
                : "special-cause variation (" + chart.variationIcon().description() + ")";
        return String.format(Locale.UK, "In the latest %s (from %s) the rate for %s was %s times the rate for %s (95%% CI %s to %s); the gap shows %s.",
                periodLabel, latest.get(), lead.label(), ratio(leadPoint.ratio().value()), referenceLabel,
                ratio(leadPoint.ratio().lower()), ratio(leadPoint.ratio().upper()), variation);
    }

    /** Overall special-cause improvement while a gap moves away from parity: an intervention-generated inequality. */
    private String widening(SpcChart overall, List<Gap> gaps, Map<String, SpcChart> gapCharts) {
        if (overall == null || overall.pointType(overall.size() - 1) != PointType.SPECIAL_CAUSE_IMPROVEMENT) {
            return null;
        }
        List<String> widening = new ArrayList<>();
        for (Gap g : gaps) {
            SpcChart c = gapCharts.get(g.label());
            if (c == null) {
                continue;
            }
            int last = c.size() - 1;
            PointType t = c.pointType(last);
            boolean away = (c.value(last) > 1 && t == PointType.SPECIAL_CAUSE_NEUTRAL_HIGH)
                    || (c.value(last) < 1 && t == PointType.SPECIAL_CAUSE_NEUTRAL_LOW);
            if (away) {
                widening.add(g.label());
            }
        }
        return widening.isEmpty() ? null : "The overall measure is improving while the gap widens for " + String.join(", ", widening)
                + ": the change may be creating an inequality (intervention-generated inequality).";
    }

    /** The variation icon and, when the measure has a target, the assurance icon; their reading is the label. */
    private static String icons(SpcChart chart) {
        VariationIcon variation = chart.variationIcon();
        if (variation == null) {
            return "";
        }
        String reading = variation.description() + (chart.assurance() == null ? "; no target, so no assurance icon"
                : "; assurance " + chart.assurance().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\" width=\"100\" height=\"50\" "
                + "role=\"img\" aria-label=\"").append(org.springframework.web.util.HtmlUtils.htmlEscape(reading)).append("\">")
                .append(SpcIcons.variation(variation, 25, 25, 22));
        if (chart.assurance() != null) {
            s.append(SpcIcons.assurance(chart.assurance(), 75, 25, 22));
        }
        return s.append("</svg>").toString();
    }

    static String label(Dimension dim, String code) {
        if (COMBINED.equals(code)) {
            return "Other groups (combined)";
        }
        if (dim == null) {
            return code;
        }
        if (dim.column().equals("imd_decile") || dim.column().equals("imd_quintile")) {
            String noun = dim.column().equals("imd_decile") ? "IMD decile " : "IMD quintile ";
            return noun + code + (code.equals("1") ? " (most deprived)" : "");
        }
        return dim.category(code).map(Dimension.Category::label).orElse(code);
    }

    static String periodNoun(Grain grain) {
        return switch (grain) {
            case MONTH -> "month";
            case QUARTER -> "quarter";
            case FINANCIAL_YEAR -> "financial year";
            case YEAR -> "year";
        };
    }

    private static String withCi(double value, double lower, double upper, int decimals) {
        String f = "%,." + decimals + "f";
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            return String.format(Locale.UK, f, value);
        }
        return String.format(Locale.UK, f + " (" + f + " to " + f + ")", value, lower, upper);
    }

    private static String ratio(double r) {
        return String.format(Locale.UK, r < 1 ? "%.2f" : "%.1f", r);
    }

    static DisclosurePolicy defaultPolicy() {
        return new Nhsd2018();
    }
}
