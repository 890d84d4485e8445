package org.equitylens.spc.qic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The rows sharing one subgroup key, aggregated as qicharts2 does (SPEC §2.1 steps 1–2).
 *
 * @param x       subgroup key
 * @param ySum    Σy over non-missing values (NaN when none)
 * @param yLength number of non-missing values
 * @param yMean   mean of the values (NaN when none)
 * @param ySd     sample standard deviation (NaN for fewer than two values)
 * @param n       Σn, the denominator (NaN without denominators)
 * @param value   the value to plot before any chart transform: {@code ySum / n} with
 *                denominators, otherwise the aggregate function of the values
 */
public record Subgroup(double x, double ySum, int yLength, double yMean, double ySd, double n, double value) {

    /**
     * Groups observations by key, in key order.
     *
     * <p>With denominators (any row has one), a row missing either its value or its denominator
     * loses both, so numerators and denominators always pair up.
     *
     * @param observations input rows in any order
     * @param aggregate    plotted value of a subgroup without denominators
     * @return one subgroup per distinct key, ordered by key
     */
    public static List<Subgroup> aggregate(List<QicObservation> observations, AggregateFunction aggregate) {
        boolean withDenominators = observations.stream().anyMatch(o -> !Double.isNaN(o.n()));
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
        double ySum = yLength == 0 ? Double.NaN : ExactStats.sum(y);
        double denominator = Double.NaN;
        double value;
        if (withDenominators) {
            denominator = ExactStats.count(n) == 0 ? Double.NaN : ExactStats.sum(n);
            value = ySum / denominator;
        } else {
            value = aggregate.apply(y);
        }
        return new Subgroup(rows.get(0).x(), ySum, yLength, ExactStats.mean(y), ExactStats.sd(y), denominator,
            value);
    }

    /** Extracts one component of each subgroup. */
    static double[] column(List<Subgroup> subgroups, ToDoubleFunction<Subgroup> component) {
        return subgroups.stream().mapToDouble(component).toArray();
    }
}
