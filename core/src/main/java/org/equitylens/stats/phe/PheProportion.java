package org.equitylens.stats.phe;

import java.util.ArrayList;
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
        List<String> columns = new ArrayList<>(data.columns());
        columns.add("value");
        if (confidence.none()) {
            columns.add("statistic");
        } else {
            columns.addAll(confidence.limitColumns());
            columns.addAll(List.of("confidence", "statistic", "method"));
        }
        double[] z = confidence.levels().stream().mapToDouble(Distributions::twoSidedZ).toArray();
        Table.Builder out = Table.builder(columns);
        for (Object[] row : data.rows()) {
            List<Object> cells = new ArrayList<>(Arrays.asList(row));
            Double xv = data.x(row);
            Double nv = data.n(row);
            boolean missing = xv == null || nv == null;
            cells.add(missing ? null : xv / nv * multiplier);
            for (int i = 0; i < z.length; i++) {
                if (missing) {
                    cells.add(null);
                    cells.add(null);
                } else if (confidence.levels().get(i) == 1) {
                    cells.add(0.0);
                    cells.add(multiplier);
                } else {
                    cells.add(Proportions.wilsonLower(xv, nv, z[i]) * multiplier);
                    cells.add(Proportions.wilsonUpper(xv, nv, z[i]) * multiplier);
                }
            }
            if (!confidence.none()) {
                cells.add(confidence.label());
            }
            cells.add(statistic);
            if (!confidence.none()) {
                cells.add("Wilson");
            }
            out.add(cells);
        }
        return PheOutput.project(out.build(), type, confidence.limitColumns());
    }
}
