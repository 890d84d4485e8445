package org.equitylens.stats.phe;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.equitylens.stats.Funnels;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * Funnel plots (PHEindicatormethods 2.1.0, {@code R/Funnels.R}): {@code assign_funnel_significance}
 * labels each row against the funnel around the overall average, and
 * {@code calculate_funnel_limits} returns 100 points of control limits for charting. Statistics:
 * "proportion" (numerator/denominator; Wilson-based limits, {@link Funnels#sigmaAdjustment}),
 * "ratio" (observed/expected against 1; Poisson limits) and "rate" (events and a crude or directly
 * standardised rate; the denominator is derived as events/rate × multiplier). Use funnels to compare
 * many providers or areas of different sizes without league tables.
 */
public final class PheFunnel implements TableMethod {

    static final String NOT_APPLICABLE = "Not applicable for events less than 10 for dsrs";

    private final boolean limits;

    private PheFunnel(boolean limits) {
        this.limits = limits;
    }

    public static PheFunnel significance() {
        return new PheFunnel(false);
    }

    public static PheFunnel limits() {
        return new PheFunnel(true);
    }

    @Override
    public String name() {
        return limits ? "PHEindicatormethods::calculate_funnel_limits"
                : "PHEindicatormethods::assign_funnel_significance";
    }

    @Override
    public String description() {
        return limits ? "Funnel plot control limits (100 points) for proportions, ratios and rates"
                : "Funnel plot significance of each row against the overall average";
    }

    @Override
    public Table apply(Table input, Params params) {
        String statistic = params.text("statistic", "proportion");
        if (!List.of("proportion", "ratio", "rate").contains(statistic)) {
            throw InputException.field("statistic", "statistic must be proportion, ratio or rate");
        }
        String numerator = params.requireColumn("numerator");
        double[] num = input.doubles(numerator);
        Data data = statistic.equals("rate") ? rateData(input, params, num) : countData(input, params, num, statistic);
        return limits ? limitsTable(params, statistic, data) : significanceTable(input, statistic, data);
    }

    /** Numerators, (derived) denominators and the rate type. */
    private record Data(double[] num, double[] den, String rateType, double multiplier) {
    }

    private static Data countData(Table input, Params params, double[] num, String statistic) {
        String denominator = params.column("denominator").orElseThrow(() -> InputException.field("denominator",
                "at least 3 arguments are required for ratios and proportions: data, numerator, denominator"));
        double[] den = input.doubles(denominator);
        for (int r = 0; r < num.length; r++) {
            if (num[r] < 0) {
                throw InputException.at(r + 1, params.requireColumn("numerator"),
                        "numerators must be greater than or equal to zero");
            }
            if (den[r] <= 0) {
                throw InputException.at(r + 1, denominator, "denominators must be greater than zero");
            }
            if (statistic.equals("proportion") && num[r] > den[r]) {
                throw InputException.at(r + 1, params.requireColumn("numerator"),
                        "numerators must be less than or equal to denominator for a proportion statistic");
            }
        }
        return new Data(num, den, null, params.number("multiplier", 100));
    }

    /** Rates: denominators derived from events and rate; zero-event rows use the supplied denominator (crude) or none (dsr). */
    private static Data rateData(Table input, Params params, double[] num) {
        String rate = params.column("rate").orElseThrow(() -> InputException.field("rate",
                "at least 3 arguments are required for rates: data, numerator, rate"));
        String rateType = params.text("rate_type", "");
        if (!rateType.equals("dsr") && !rateType.equals("crude")) {
            throw InputException.field("rate_type", "rate_type must be dsr or crude for rates");
        }
        if (!params.has("multiplier") || params.isNa("multiplier")) {
            throw InputException.field("multiplier", "for rates, a multiplier is required");
        }
        double multiplier = params.number("multiplier", Double.NaN);
        double[] rates = input.doubles(rate);
        double[] supplied = params.column("denominator").map(input::doubles).orElse(null);
        if (supplied != null) {
            for (int r = 0; r < supplied.length; r++) {
                if (supplied[r] <= 0) {
                    throw InputException.at(r + 1, params.requireColumn("denominator"),
                            "denominators must be greater than zero");
                }
            }
        }
        double[] den = new double[num.length];
        for (int r = 0; r < num.length; r++) {
            if (num[r] < 0) {
                throw InputException.at(r + 1, params.requireColumn("numerator"),
                        "numerators must be greater than or equal to zero");
            }
            if (num[r] == 0) {
                if (rateType.equals("dsr")) {
                    den[r] = Double.NaN;
                } else if (supplied == null) {
                    throw InputException.at(r + 1, params.requireColumn("numerator"), "for rates, where there are 0"
                            + " events for a record, the denominator field needs to be provided");
                } else {
                    den[r] = supplied[r];
                }
            } else {
                den[r] = num[r] / rates[r] * multiplier;
            }
        }
        return new Data(num, den, rateType, multiplier);
    }

    private static Table significanceTable(Table input, String statistic, Data d) {
        List<String> columns = new ArrayList<>(input.columns());
        columns.add("significance");
        Table.Builder out = Table.builder(columns);
        double average = sum(d.num) / sumIgnoringMissing(d.den);
        for (int r = 0; r < input.rowCount(); r++) {
            List<Object> cells = new ArrayList<>(Arrays.asList(input.row(r)));
            cells.add(label(statistic, d, r, average));
            out.add(cells);
        }
        return out.build();
    }

    private static String label(String statistic, Data d, int r, double average) {
        double o = d.num[r];
        double e = d.den[r];
        if (statistic.equals("proportion")) {
            double p = o / e;
            if (p < Funnels.sigmaAdjustment(0.999, e, average, false, 1)) {
                return "Low (0.001)";
            }
            if (p < Funnels.sigmaAdjustment(0.975, e, average, false, 1)) {
                return "Low (0.025)";
            }
            if (p > Funnels.sigmaAdjustment(0.999, e, average, true, 1)) {
                return "High (0.001)";
            }
            if (p > Funnels.sigmaAdjustment(0.975, e, average, true, 1)) {
                return "High (0.025)";
            }
            return "Not significant";
        }
        if (statistic.equals("rate") && d.rateType.equals("dsr") && o < 10) {
            return NOT_APPLICABLE;
        }
        double target = statistic.equals("ratio") ? 1 : average;
        if (target < Funnels.ratioLimit(o, e, 0.998, false)) {
            return "High (0.001)";
        }
        if (target < Funnels.ratioLimit(o, e, 0.95, false)) {
            return "High (0.025)";
        }
        if (target > Funnels.ratioLimit(o, e, 0.998, true)) {
            return "Low (0.001)";
        }
        if (target > Funnels.ratioLimit(o, e, 0.95, true)) {
            return "Low (0.025)";
        }
        return "Not significant";
    }

    private static Table limitsTable(Params params, String statistic, Data d) {
        String type = params.text("type", "full");
        if (!type.equals("full") && !type.equals("standard")) {
            throw InputException.field("type", "type must be full or standard");
        }
        double years = 1;
        String ratioType = null;
        if (statistic.equals("rate")) {
            years = params.number("years_of_data", Double.NaN);
            if (Double.isNaN(years)) {
                throw InputException.field("years_of_data", "years_of_data is required when statistic is 'rate'");
            }
        } else if (statistic.equals("ratio")) {
            ratioType = params.text("ratio_type", "count");
            if (!ratioType.equals("count") && !ratioType.equals("isr")) {
                throw InputException.field("ratio_type", "ratio_type must be count or isr");
            }
        }
        double average = sum(d.num) / sumIgnoringMissing(d.den);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : d.den) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double axisMin;
        double axisMax;
        if (statistic.equals("rate")) {
            axisMin = max > 2 * min ? 0 : signifFloor(min / years) * years;
            axisMax = signifCeiling(max / years) * years;
            axisMin = Math.floor(axisMin * average);
            axisMax = Math.ceil(axisMax * average);
        } else {
            axisMin = max > 2 * min ? 0 : signifFloor(min);
            axisMax = signifCeiling(max);
        }
        double[] points = new double[100];
        points[0] = Math.max(1, axisMin);
        for (int j = 2; j <= 100; j++) {
            int offset = statistic.equals("ratio") ? j - 1 : j;
            double previous = points[j - 2];
            points[j - 1] = Math.max(Math.rint(Math.pow(axisMax / previous, 1.0 / (101 - offset)) * previous),
                    previous + 1);
        }

        List<String> columns = new ArrayList<>();
        String label;
        switch (statistic) {
            case "proportion" -> {
                columns.addAll(List.of("Population", "lower_2s_limit", "upper_2s_limit", "lower_3s_limit",
                        "upper_3s_limit", "baseline"));
                label = "proportion";
            }
            case "ratio" -> {
                columns.addAll(List.of("Observed_events", "lower_2s_exp_events", "lower_2s_limit",
                        "upper_2s_exp_events", "upper_2s_limit", "lower_3s_exp_events", "lower_3s_limit",
                        "upper_3s_exp_events", "upper_3s_limit"));
                label = "ratio (" + ratioType + ")";
            }
            default -> {
                columns.addAll(List.of("Events", "lower_2s_population_1_year", "lower_2s_limit",
                        "upper_2s_population_1_year", "upper_2s_limit", "lower_3s_population_1_year",
                        "lower_3s_limit", "upper_3s_population_1_year", "upper_3s_limit", "baseline"));
                label = "rate (" + d.rateType + " per " + withThousands(d.multiplier) + ")";
            }
        }
        if (type.equals("full")) {
            columns.addAll(List.of("statistic", "method"));
        }
        Table.Builder out = Table.builder(columns);
        for (double x : points) {
            List<Object> cells = new ArrayList<>();
            cells.add(x);
            switch (statistic) {
                case "proportion" -> {
                    double m = d.multiplier;
                    cells.add(Math.max(0, Funnels.sigmaAdjustment(0.975, x, average, false, m)));
                    cells.add(Math.min(100, Funnels.sigmaAdjustment(0.975, x, average, true, m)));
                    cells.add(Math.max(0, Funnels.sigmaAdjustment(0.999, x, average, false, m)));
                    cells.add(Math.min(100, Funnels.sigmaAdjustment(0.999, x, average, true, m)));
                    cells.add(average * m);
                }
                case "ratio" -> {
                    for (double p : new double[] {0.025, 0.001}) {
                        double lowerExpected = Funnels.poissonFunnel(x, p, true);
                        double upperExpected = Funnels.poissonFunnel(x, p, false);
                        cells.add(lowerExpected);
                        cells.add(ratioScale(x / lowerExpected, ratioType));
                        cells.add(upperExpected);
                        cells.add(ratioScale(x / upperExpected, ratioType));
                    }
                }
                default -> {
                    for (double p : new double[] {0.025, 0.001}) {
                        double lowerPopulation = Funnels.poissonFunnel(x, p, true) / average;
                        double upperPopulation = Funnels.poissonFunnel(x, p, false) / average;
                        cells.add(lowerPopulation / years);
                        cells.add(x / lowerPopulation * d.multiplier);
                        cells.add(upperPopulation / years);
                        cells.add(x / upperPopulation * d.multiplier);
                    }
                    cells.add(average * d.multiplier);
                }
            }
            if (type.equals("full")) {
                cells.add(label);
                cells.add(statistic.equals("proportion") ? "Wilson" : "Poisson");
            }
            out.add(cells);
        }
        return out.build();
    }

    private static double ratioScale(double limit, String ratioType) {
        return ratioType.equals("count") ? limit - 1 : limit * 100;
    }

    /** Rounds down to a neat axis value: floor(0.95x / 10ⁿ)·10ⁿ, n = digits of floor(0.95x) as R prints it − 1. */
    static double signifFloor(double x) {
        if (x == 0) {
            return 0;
        }
        int n = RFormat.print15(Math.floor(x * 0.95)).length() - 1;
        double scale = Math.pow(10, n);
        return Math.floor(x * 0.95 / scale) * scale;
    }

    /** Rounds up to a neat axis value: ceiling(1.05x / 10ⁿ)·10ⁿ, n = digits of ceiling(1.05x) as R prints it − 2. */
    static double signifCeiling(double x) {
        if (x == 0) {
            return 0;
        }
        int n = RFormat.print15(Math.ceil(x * 1.05)).length() - 2;
        double scale = Math.pow(10, n);
        return Math.ceil(x * 1.05 / scale) * scale;
    }

    private static String withThousands(double multiplier) {
        return new DecimalFormat("#,##0.###############", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(multiplier);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double sumIgnoringMissing(double[] values) {
        double s = 0;
        for (double v : values) {
            s += Double.isNaN(v) ? 0 : v;
        }
        return s;
    }
}
