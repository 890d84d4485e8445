package org.equitylens.stats.phe;

import java.util.Arrays;
import java.util.List;
import org.equitylens.stats.Distributions;
import org.equitylens.stats.Proportions;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * {@code phe_proportion}: proportions x/n with Wilson score limits (PHEindicatormethods 2.1.0,
 * {@code R/Proportions.R}), times a multiplier (100 for a percentage). Arguments: {@code x},
 * {@code n} (columns), {@code confidence} (default 0.95; 95 and 99.8 together allowed; NA for
 * none), {@code multiplier} (default 1), {@code type}.
 */
public final class PheProportion implements TableMethod {

    @Override
    public String name() {
        return "PHEindicatormethods::phe_proportion";
    }

    @Override
    public String description() {
        return "Proportions with Wilson score confidence limits";
    }

    @Override
    public Table apply(Table input, Params params) {
        String x = params.requireColumn("x");
        String n = params.requireColumn("n");
        double multiplier = params.number("multiplier", 1);
        Confidence confidence = Confidence.phe(params);
        String type = PheOutput.type(params);
        CountRows.validate(input, x, n, true);
        CountRows data = CountRows.of(input, params, x, n);

        String statistic = multiplier == 100 ? "percentage" : "proportion of " + RFormat.print(multiplier);
        List<Double> levels = confidence.levels();
        double[] z = levels.stream().mapToDouble(Distributions::twoSidedZ).toArray();
        double[] value = new double[data.size()];
        double[][] limits = new double[2 * levels.size()][data.size()];
        for (int r = 0; r < value.length; r++) {
            if (data.missing(r)) {
                continue;
            }
            double xv = data.x(r);
            double nv = data.n(r);
            value[r] = xv / nv * multiplier;
            for (int i = 0; i < z.length; i++) {
                boolean certain = levels.get(i) == 1;
                limits[2 * i][r] = certain ? 0.0 : Proportions.wilsonLower(xv, nv, z[i]) * multiplier;
                limits[2 * i + 1][r] = certain ? multiplier : Proportions.wilsonUpper(xv, nv, z[i]) * multiplier;
            }
        }
        Object[] method = new Object[value.length];
        Arrays.fill(method, "Wilson");
        Table full = data.withResults(value, limits, confidence, statistic, method);
        return PheOutput.project(full, type, confidence.limitColumns());
    }
}
