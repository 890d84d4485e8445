package org.equitylens.disclosure;

import java.util.Locale;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Table;

/**
 * A named statistical disclosure control policy applied to a table of counts and statistics before
 * it leaves an analyst's working view (DESIGN §3.3). Policies never change the maths: they decide
 * what is shown. Every output names the policy that produced it.
 */
public sealed interface DisclosurePolicy permits Nhsd2018, SuppressLessThan {

    /** The policy's name, e.g. "NHSD-2018" or "SUPPRESS-LT-5". */
    String name();

    /** One sentence for the footnote under an output. */
    String description();

    /** Applies the policy; suppressed cells become the text "*". */
    default ProtectedTable apply(Table table, TableLayout layout) {
        return Suppression.apply(this, table, layout);
    }

    /** The shown value of a count (NaN when hidden), or the count itself when shown exactly. */
    double show(double count, boolean national);

    /** True when a shown count is exactly the true count (so it can be subtracted from a total). */
    boolean exact(double count, boolean national);

    /** True when a simple statistic (mean, median) based on {@code individuals} must be hidden. */
    boolean hideSimple(double individuals, boolean national);

    /**
     * The policy by name: {@code NHSD-2018}, or {@code SUPPRESS-LT-<n>} (counts 1 to n−1 hidden).
     */
    static DisclosurePolicy byName(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals(Nhsd2018.NAME)) {
            return new Nhsd2018();
        }
        if (upper.startsWith("SUPPRESS-LT-")) {
            try {
                return new SuppressLessThan(Integer.parseInt(upper.substring("SUPPRESS-LT-".length())));
            } catch (NumberFormatException e) {
                throw InputException.field("policy", "SUPPRESS-LT-N needs a whole number N, e.g. SUPPRESS-LT-5");
            }
        }
        throw InputException.field("policy", "unknown disclosure policy '" + name
                + "' (known: NHSD-2018, SUPPRESS-LT-N)");
    }
}
