package org.equitylens.spc.qic;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The subgroups of one part with the flags the chart formulas need.
 *
 * @param subgroups  the part's subgroups in order
 * @param base       rows that estimate the centre and limits: baseline (within {@code freeze})
 *                   and not excluded
 * @param centreLine the user's centre line, if given
 * @param screenedMr whether moving ranges are screened
 */
record PartInput(List<Subgroup> subgroups, boolean[] base, OptionalDouble centreLine, boolean screenedMr) {

    int size() {
        return subgroups.size();
    }

    double[] values() {
        return Subgroup.column(subgroups, Subgroup::value);
    }

    double[] sums() {
        return Subgroup.column(subgroups, Subgroup::ySum);
    }

    double[] denominators() {
        return Subgroup.column(subgroups, Subgroup::n);
    }

    /** The values at base rows, in order (NaN kept). */
    double[] baseOf(double[] values) {
        double[] selected = new double[countBase()];
        int j = 0;
        for (int i = 0; i < values.length; i++) {
            if (base[i]) {
                selected[j++] = values[i];
            }
        }
        return selected;
    }

    private int countBase() {
        int count = 0;
        for (boolean b : base) {
            if (b) {
                count++;
            }
        }
        return count;
    }
}
