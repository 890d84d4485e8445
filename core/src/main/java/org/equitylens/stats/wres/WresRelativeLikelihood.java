package org.equitylens.stats.wres;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equitylens.stats.Estimate;
import org.equitylens.stats.WorkforceRaceEquality;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * WRES relative likelihoods for a table with columns {@code indicator} (2, 3 or 4),
 * {@code white_events}, {@code white_at_risk}, {@code bme_events}, {@code bme_at_risk} (see
 * {@link WorkforceRaceEquality}). Adds {@code rate_focus}, {@code rate_comparator},
 * {@code relative_likelihood}, {@code katz_lower}, {@code katz_upper}; with argument
 * {@code band = TRUE} also {@code non_adverse} (TRUE inside 0.80–1.25). Argument
 * {@code confidence} (default 0.95) sets the interval.
 */
public final class WresRelativeLikelihood implements TableMethod {

    static final List<String> INPUTS = List.of("white_events", "white_at_risk", "bme_events", "bme_at_risk");

    @Override
    public String name() {
        return "wres_definition::relative_likelihood";
    }

    @Override
    public String description() {
        return "WRES relative likelihoods (indicators 2, 3, 4) with Katz intervals and the 0.80-1.25 band";
    }

    @Override
    public Table apply(Table input, Params params) {
        double confidence = params.number("confidence", 0.95);
        if (confidence >= 90) {
            confidence /= 100;
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw InputException.field("confidence", "confidence must be between 0 and 1 (or 0 and 100)");
        }
        boolean band = params.flag("band", false);
        List<String> columns = new ArrayList<>(input.columns());
        columns.addAll(List.of("rate_focus", "rate_comparator", "relative_likelihood", "katz_lower", "katz_upper"));
        if (band) {
            columns.add("non_adverse");
        }
        Table.Builder out = Table.builder(columns);
        for (int r = 0; r < input.rowCount(); r++) {
            double[] v = new double[4];
            for (int c = 0; c < 4; c++) {
                Double cell = input.number(r, INPUTS.get(c));
                if (cell == null) {
                    throw InputException.at(r + 1, INPUTS.get(c), "must not be missing");
                }
                if (cell < 0) {
                    throw InputException.at(r + 1, INPUTS.get(c), "must not be negative");
                }
                v[c] = cell;
            }
            for (int c = 0; c < 4; c += 2) {
                if (v[c + 1] <= 0) {
                    throw InputException.at(r + 1, INPUTS.get(c + 1), "the number at risk must be greater than zero");
                }
                if (v[c] > v[c + 1]) {
                    throw InputException.at(r + 1, INPUTS.get(c), "events cannot exceed the number at risk");
                }
            }
            Double indicator = input.number(r, "indicator");
            WorkforceRaceEquality.Focus focus;
            try {
                focus = WorkforceRaceEquality.focus(indicator == null ? -1 : (int) Math.round(indicator));
            } catch (IllegalArgumentException e) {
                throw InputException.at(r + 1, "indicator", e.getMessage());
            }
            boolean white = focus == WorkforceRaceEquality.Focus.WHITE;
            Estimate rl = white ? WorkforceRaceEquality.relativeLikelihood(v[0], v[1], v[2], v[3], confidence)
                    : WorkforceRaceEquality.relativeLikelihood(v[2], v[3], v[0], v[1], confidence);
            List<Object> cells = new ArrayList<>(Arrays.asList(input.row(r)));
            cells.add(white ? v[0] / v[1] : v[2] / v[3]);
            cells.add(white ? v[2] / v[3] : v[0] / v[1]);
            cells.add(rl.value());
            cells.add(rl.lower());
            cells.add(rl.upper());
            if (band) {
                cells.add(Double.isNaN(rl.value()) ? null : WorkforceRaceEquality.nonAdverse(rl.value()));
            }
            out.add(cells);
        }
        return out.build();
    }
}
