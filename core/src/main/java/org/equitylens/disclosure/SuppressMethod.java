package org.equitylens.disclosure;

import java.util.Arrays;
import java.util.List;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.MethodProvider;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.equitylens.stats.table.TableMethod;

/**
 * Disclosure control as a table method ({@code equitylens::suppress}), for the command line and
 * scripts. Arguments (text): {@code policy} (default NHSD-2018), {@code counts} (count columns),
 * {@code ratios} ({@code "pct=num/den*100"}), {@code simple} ({@code "mean_wait=patients"}),
 * {@code exempt} (columns), {@code national} ({@code "level=England|Wales"}), {@code total_row}
 * ({@code "group=Total"}, optionally {@code total_within} columns), {@code total_columns}
 * ({@code "all=a+b+c"}).
 */
public final class SuppressMethod implements TableMethod, MethodProvider {

    @Override
    public List<TableMethod> methods() {
        return List.of(this);
    }

    @Override
    public String name() {
        return "equitylens::suppress";
    }

    @Override
    public String description() {
        return "Statistical disclosure control (NHSD-2018, SUPPRESS-LT-N) with complementary suppression";
    }

    @Override
    public Table apply(Table input, Params params) {
        DisclosurePolicy policy = DisclosurePolicy.byName(params.text("policy", Nhsd2018.NAME));
        TableLayout.Builder layout = TableLayout.builder();
        List<String> counts = params.texts("counts");
        if (counts.isEmpty()) {
            throw InputException.field("counts", "name the count columns to protect");
        }
        layout.counts(counts.toArray(String[]::new));
        for (String spec : params.texts("ratios")) {
            String[] parts = split(spec, "ratios", "=");
            String[] times = parts[1].split("\\*", 2);
            String[] frac = split(times[0], "ratios", "/");
            double multiplier = times.length == 2 ? parse(times[1], "ratios") : 1;
            layout.ratio(parts[0].trim(), frac[0].trim(), frac[1].trim(), multiplier);
        }
        for (String spec : params.texts("simple")) {
            String[] parts = split(spec, "simple", "=");
            layout.simple(parts[0].trim(), parts[1].trim());
        }
        layout.exempt(params.texts("exempt").toArray(String[]::new));
        String national = params.text("national", null);
        if (national != null) {
            String[] parts = split(national, "national", "=");
            layout.national(parts[0].trim(), parts[1].split("\\|"));
        }
        String totalRow = params.text("total_row", null);
        if (totalRow != null) {
            String[] parts = split(totalRow, "total_row", "=");
            layout.totalRow(parts[0].trim(), parts[1].trim(), params.texts("total_within").toArray(String[]::new));
        }
        for (String spec : params.texts("total_columns")) {
            String[] parts = split(spec, "total_columns", "=");
            layout.totalColumn(parts[0].trim(), Arrays.stream(parts[1].split("\\+")).map(String::trim)
                    .toArray(String[]::new));
        }
        return policy.apply(input, layout.build()).table();
    }

    private static String[] split(String spec, String field, String separator) {
        int at = spec.indexOf(separator);
        if (at <= 0 || at == spec.length() - 1) {
            throw InputException.field(field, "cannot read '" + spec + "'");
        }
        return new String[] {spec.substring(0, at), spec.substring(at + 1)};
    }

    private static double parse(String number, String field) {
        try {
            return Double.parseDouble(number.trim());
        } catch (NumberFormatException e) {
            throw InputException.field(field, "not a number: " + number);
        }
    }
}
