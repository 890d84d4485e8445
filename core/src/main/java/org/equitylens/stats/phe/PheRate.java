package org.equitylens.stats.phe;

import java.util.List;
import org.equitylens.stats.Estimate;
import org.equitylens.stats.PoissonLimits;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * {@code phe_rate}: crude rates x/n × multiplier (default per 100,000) with Poisson limits — exact
 * (chi-square) below 10 events, Byar's from 10 (PHEindicatormethods 2.1.0, {@code R/Rates.R}).
 */
public final class PheRate implements TableMethod {

    @Override
    public String name() {
        return "PHEindicatormethods::phe_rate";
    }

    @Override
    public String description() {
        return "Crude rates with exact (<10) or Byar's (>=10) Poisson confidence limits";
    }

    @Override
    public Table apply(Table input, Params params) {
        String x = params.requireColumn("x");
        String n = params.requireColumn("n");
        double multiplier = params.number("multiplier", 100000);
        Confidence confidence = Confidence.phe(params);
        String type = PheOutput.type(params);
        CountRows.validate(input, x, n, false);
        CountRows data = CountRows.of(input, params, x, n);

        String statistic = "rate per " + RFormat.fixed(multiplier);
        List<Double> levels = confidence.levels();
        double[] value = new double[data.size()];
        double[][] limits = new double[2 * levels.size()][data.size()];
        Object[] method = new Object[data.size()];
        for (int r = 0; r < value.length; r++) {
            if (data.missing(r)) {
                continue;
            }
            double xv = data.x(r);
            double nv = data.n(r);
            value[r] = xv / nv * multiplier;
            for (int i = 0; i < levels.size(); i++) {
                Estimate poisson = PoissonLimits.of(xv, levels.get(i));
                limits[2 * i][r] = poisson.lower() / nv * multiplier;
                limits[2 * i + 1][r] = poisson.upper() / nv * multiplier;
                method[r] = poisson.method();
            }
        }
        Table full = data.withResults(value, limits, confidence, statistic, method);
        return PheOutput.project(full, type, confidence.limitColumns());
    }
}
