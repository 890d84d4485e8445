package org.equitylens.stats.phe;

import java.util.ArrayList;
import java.util.Arrays;
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
        List<String> columns = new ArrayList<>(data.columns());
        columns.add("value");
        if (confidence.none()) {
            columns.add("statistic");
        } else {
            columns.addAll(confidence.limitColumns());
            columns.addAll(List.of("confidence", "statistic", "method"));
        }
        Table.Builder out = Table.builder(columns);
        for (Object[] row : data.rows()) {
            List<Object> cells = new ArrayList<>(Arrays.asList(row));
            Double xv = data.x(row);
            Double nv = data.n(row);
            boolean missing = xv == null || nv == null;
            cells.add(missing ? null : xv / nv * multiplier);
            String method = null;
            for (double level : confidence.levels()) {
                if (missing) {
                    cells.add(null);
                    cells.add(null);
                } else {
                    Estimate limits = PoissonLimits.of(xv, level);
                    cells.add(limits.lower() / nv * multiplier);
                    cells.add(limits.upper() / nv * multiplier);
                    method = limits.method();
                }
            }
            if (!confidence.none()) {
                cells.add(confidence.label());
            }
            cells.add(statistic);
            if (!confidence.none()) {
                cells.add(method);
            }
            out.add(cells);
        }
        return PheOutput.project(out.build(), type, confidence.limitColumns());
    }
}
