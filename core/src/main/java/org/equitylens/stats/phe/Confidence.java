package org.equitylens.stats.phe;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Params;

/**
 * PHEindicatormethods' confidence-level conventions: a level is a fraction in [0.9, 1] or a percent
 * in [90, 100] (divided by 100); two levels only as (0.95, 0.998); {@code NA} means no limits. One
 * level gives columns {@code lowercl/uppercl}; several give {@code lower95_0cl, upper95_0cl, …}.
 */
record Confidence(List<Double> levels, String label) {

    static final double DEFAULT = 0.95;

    /** The PHE rules (proportion, rate, DSR, ISR, mean): at most two levels, and then 95% and 99.8%. */
    static Confidence phe(Params params) {
        Confidence c = any(params);
        if (c.levels.size() > 2) {
            throw InputException.field("confidence", "a maximum of two confidence levels can be provided");
        }
        if (c.levels.size() == 2 && !(c.levels.get(0) == 0.95 && c.levels.get(1) == 0.998)) {
            throw InputException.field("confidence", "two confidence levels can only be produced if they are"
                    + " specified as 0.95 and 0.998");
        }
        return c;
    }

    /** Any number of levels (life expectancy, SII); none when {@code NA}. */
    static Confidence any(Params params) {
        if (params.isNa("confidence")) {
            return of(List.of());
        }
        double[] given = params.numbers("confidence").orElse(new double[] {DEFAULT});
        List<Double> levels = new ArrayList<>();
        for (double level : given) {
            double c = level >= 90 ? level / 100 : level;
            if (Double.isNaN(c) || c < 0.9 || c > 1) {
                throw InputException.field("confidence", "confidence level must be between 90 and 100 or"
                        + " between 0.9 and 1, got " + level);
            }
            levels.add(c);
        }
        return of(List.copyOf(levels));
    }

    boolean none() {
        return levels.isEmpty();
    }

    boolean single() {
        return levels.size() == 1;
    }

    /** The levels with their label: "95%" or "95%, 99.8%" as R's {@code paste0(confidence * 100, "%")} prints them. */
    static Confidence of(List<Double> levels) {
        List<String> parts = new ArrayList<>();
        for (double c : levels) {
            parts.add(percent(c) + "%");
        }
        return new Confidence(levels, String.join(", ", parts));
    }

    /** R's default printing (15 significant digits) of c·100. */
    static String percent(double c) {
        BigDecimal v = new BigDecimal(c * 100).round(new MathContext(15)).stripTrailingZeros();
        return v.scale() <= 0 ? v.toBigInteger().toString() : v.toPlainString();
    }

    /** The column suffix for a level when several are reported, e.g. "95_0", "99_8". */
    static String suffix(double c) {
        return String.format(Locale.ROOT, "%.1f", c * 100).replace('.', '_');
    }

    /** Lower/upper column names for level i in the PHE style. */
    String lowerName(int i) {
        return single() ? "lowercl" : "lower" + suffix(levels.get(i)) + "cl";
    }

    String upperName(int i) {
        return single() ? "uppercl" : "upper" + suffix(levels.get(i)) + "cl";
    }

    /** Output columns: lower/upper per level in level order. */
    List<String> limitColumns() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            names.add(lowerName(i));
            names.add(upperName(i));
        }
        return names;
    }
}
