package org.equitylens.stats.phe;

import java.util.ArrayList;
import java.util.List;
import org.equitylens.stats.Distributions;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * {@code phe_mean}: mean per group with Student-t limits {@code mean ∓ |t_{n−1}((1−c)/2)|·s/√n}
 * (PHEindicatormethods 2.1.0, {@code R/Means.R}). As the peer, missing values are not removed (any
 * NA makes the group's results NA) and count towards n; one value gives no standard deviation and
 * NaN limits. Use it for continuous measures such as waiting times.
 */
public final class PheMean implements TableMethod {

    @Override
    public String name() {
        return "PHEindicatormethods::phe_mean";
    }

    @Override
    public String description() {
        return "Means with Student's t confidence limits";
    }

    @Override
    public Table apply(Table input, Params params) {
        String x = params.requireColumn("x");
        input.columnIndex(x);
        Confidence confidence = Confidence.phe(params);
        String type = PheOutput.type(params);
        List<String> columns = new ArrayList<>(params.groupBy());
        columns.addAll(List.of("value_sum", "value_count", "stdev", "value"));
        columns.addAll(confidence.limitColumns());
        columns.addAll(List.of("confidence", "statistic", "method"));
        Table.Builder out = Table.builder(columns);
        for (Table.Group g : input.groupBy(params.groupBy())) {
            double[] v = g.rows().doubles(x);
            int count = v.length;
            double sum = 0;
            for (double d : v) {
                sum += d;
            }
            double mean = sum / count;
            double sd = Double.NaN;
            if (count > 1) {
                double ss = 0;
                for (double d : v) {
                    ss += (d - mean) * (d - mean);
                }
                sd = Math.sqrt(ss / (count - 1));
            }
            List<Object> cells = new ArrayList<>(g.key());
            cells.add(PheOutput.na(sum));
            cells.add((double) count);
            cells.add(PheOutput.na(sd));
            cells.add(PheOutput.na(mean));
            for (double level : confidence.levels()) {
                double t = count > 1 ? Math.abs(Distributions.qt((1 - level) / 2, count - 1)) : Double.NaN;
                cells.add(mean - t * sd / Math.sqrt(count));
                cells.add(mean + t * sd / Math.sqrt(count));
            }
            cells.add(confidence.label());
            cells.add("mean");
            cells.add("Student's t-distribution");
            out.add(cells);
        }
        return PheOutput.project(out.build(), type, confidence.limitColumns());
    }
}
