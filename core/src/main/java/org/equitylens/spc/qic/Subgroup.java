package org.equitylens.spc.qic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The rows sharing one subgroup key, aggregated as qicharts2 does (SPEC §2.1 steps 1–2).
 *
 * @param x       subgroup key
 * @param ySum    Σy over non-missing values (0 when all of several are missing, NaN when the only
 *                value is missing)
 * @param yLength number of non-missing values
 * @param yMean   mean of the values (NaN when none)
 * @param ySd     sample standard deviation (NaN for fewer than two values)
 * @param n       Σn over non-missing denominators (NaN without denominators)
 * @param value   the value to plot before any chart transform: {@code ySum / n} with
 *                denominators, otherwise the aggregate function of the values
 */
public record Subgroup(double x, double ySum, int yLength, double yMean, double ySd, double n, double value) {

    /**
     * Groups observations by key, in key order.
     *
     * <p>With denominators (any row has one), a row missing either its value or its denominator
     * loses both, so numerators and denominators always pair up. The plotted value is then
     * {@code Σy / Σn}, otherwise {@code aggregate} of the values.
     *
     * @param observations input rows in any order
     * @param aggregate    plotted value of a subgroup without denominators
     * @return one subgroup per distinct key, ordered by key
     */
    public static List<Subgroup> aggregate(List<QicObservation> observations, AggregateFunction aggregate) {
        boolean withDenominators = hasDenominators(observations);
        List<QicObservation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(QicObservation::x));
        List<Subgroup> subgroups = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            int end = start;
            while (end < sorted.size() && Double.compare(sorted.get(end).x(), sorted.get(start).x()) == 0) {
                end++;
            }
            subgroups.add(of(sorted.subList(start, end), withDenominators, aggregate));
            start = end;
        }
        return subgroups;
    }

    /** Whether the chart has denominators: any row gives one (qicharts2: {@code n} was supplied). */
    public static boolean hasDenominators(List<QicObservation> observations) {
        return observations.stream().anyMatch(o -> !Double.isNaN(o.n()));
    }

    private static Subgroup of(List<QicObservation> rows, boolean withDenominators, AggregateFunction aggregate) {
        double[] y = new double[rows.size()];
        double[] n = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            QicObservation row = rows.get(i);
            boolean missing = withDenominators && (Double.isNaN(row.y()) || Double.isNaN(row.n()));
            y[i] = missing ? Double.NaN : row.y();
            n[i] = missing ? Double.NaN : row.n();
        }
        int yLength = ExactStats.count(y);
        // As qicharts2: a lone missing value has no sum; several missing values sum to 0.
        double ySum = rows.size() == 1 && yLength == 0 ? Double.NaN : ExactStats.sum(y);
        double denominator = Double.NaN;
        double value;
        if (withDenominators) {
            // Missing denominators sum to 0, so a subgroup without data plots 0/0 (NaN).
            denominator = ExactStats.sum(n);
            value = ExactStats.sum(y) / denominator;
        } else {
            value = aggregate.apply(y);
        }
        return new Subgroup(rows.get(0).x(), ySum, yLength, ExactStats.mean(y), ExactStats.sd(y), denominator,
            value);
    }

    /** The same subgroup with its size as denominator (qicharts2's I′ chart when no denominators are given). */
    Subgroup withSizeAsDenominator() {
        return new Subgroup(x, ySum, yLength, yMean, ySd, yLength, value);
    }

    /** Extracts one component of each subgroup. */
    static double[] column(List<Subgroup> subgroups, ToDoubleFunction<Subgroup> component) {
        return subgroups.stream().mapToDouble(component).toArray();
    }
}
