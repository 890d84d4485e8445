package org.equitylens.stats.heat;

import java.util.Arrays;
import org.equitylens.stats.table.InputException;

/**
 * Disaggregated data for one setting, indicator and dimension: one entry per population subgroup,
 * as the healthequal functions take them (vectors {@code est}, {@code se}, {@code pop},
 * {@code favourable_indicator}, {@code ordered_dimension}, {@code subgroup_order},
 * {@code reference_subgroup}, {@code scaleval}, {@code setting_average}). Optional vectors are
 * {@code null} when not supplied; a missing value inside a vector is {@code NaN}. Rows are
 * numbered from 1 in error messages, in the order given.
 */
public final class Subgroups {

    private final double[] est;
    private final double[] se;
    private final double[] pop;
    private final double[] favourable;
    private final double[] ordered;
    private final double[] order;
    private final double[] reference;
    private final double[] scale;
    private final double[] settingAverage;
    private final int[] rows;

    private Subgroups(Builder b, int[] rows) {
        this.est = b.est;
        this.se = b.se;
        this.pop = b.pop;
        this.favourable = b.favourable;
        this.ordered = b.ordered;
        this.order = b.order;
        this.reference = b.reference;
        this.scale = b.scale;
        this.settingAverage = b.settingAverage;
        this.rows = rows;
    }

    /** Starts a data set from the subgroup estimates. */
    public static Builder of(double... est) {
        return new Builder(est);
    }

    /** Number of subgroups. */
    public int size() {
        return est.length;
    }

    double est(int i) {
        return est[i];
    }

    double[] est() {
        return est.clone();
    }

    boolean hasSe() {
        return se != null;
    }

    double se(int i) {
        return se[i];
    }

    boolean hasPop() {
        return pop != null;
    }

    double pop(int i) {
        return pop[i];
    }

    double order(int i) {
        return order[i];
    }

    boolean hasScale() {
        return scale != null;
    }

    boolean hasSettingAverage() {
        return settingAverage != null;
    }

    /** The 1-based input row of subgroup {@code i}. */
    int row(int i) {
        return rows[i];
    }

    /** Whether every SE is present (the peers compute limits only then). */
    boolean allSePresent() {
        if (se == null) {
            return false;
        }
        for (double s : se) {
            if (Double.isNaN(s)) {
                return false;
            }
        }
        return true;
    }

    /** The favourable-indicator flag, which must be 0 or 1 and the same for every subgroup. */
    boolean favourable() {
        return flag(favourable, "favourable_indicator");
    }

    /** The ordered-dimension flag, which must be 0 or 1 and the same for every subgroup. */
    boolean ordered() {
        return flag(ordered, "ordered_dimension");
    }

    /** The indicator scale (e.g. 100 for a percentage), which must be the same for every subgroup. */
    double scale() {
        return unique(scale, "scaleval");
    }

    /** The reported setting average, which must be the same for every subgroup. */
    double settingAverage() {
        return unique(settingAverage, "setting_average");
    }

    /**
     * The subgroups with an estimate: healthequal's non-ordered measures drop subgroups without an
     * estimate unless more than 15% lack one, and need more than two subgroups left.
     */
    Subgroups withEstimates() {
        int missing = 0;
        for (double e : est) {
            if (Double.isNaN(e)) {
                missing++;
            }
        }
        if (missing > 0 && (double) missing / est.length > 0.15) {
            throw InputException.field("est", "estimates are missing in more than 15% of subgroups ("
                    + missing + " of " + est.length + ")");
        }
        Subgroups kept = missing == 0 ? this : keep(i -> !Double.isNaN(est[i]));
        if (kept.size() <= 2) {
            throw InputException.field("est", "estimates must be available for more than two subgroups");
        }
        return kept;
    }

    /** Requires every estimate (ordered measures refuse missing estimates). */
    Subgroups requireAllEstimates(int minimum) {
        for (int i = 0; i < est.length; i++) {
            if (Double.isNaN(est[i])) {
                throw InputException.at(rows[i], "est", "estimate is missing (ordered measures need every subgroup)");
            }
        }
        if (est.length < minimum) {
            throw InputException.field("est", "estimates must be available for more than two subgroups");
        }
        return this;
    }

    /** Population shares {@code N_j / sum N}; the population must be present and not all zero. */
    double[] populationShares() {
        requirePopulation();
        double total = 0;
        for (double p : pop) {
            total += p;
        }
        double[] share = new double[pop.length];
        for (int i = 0; i < pop.length; i++) {
            share[i] = pop[i] / total;
        }
        return share;
    }

    void requirePopulation() {
        if (pop == null) {
            throw InputException.field("pop", "population is required");
        }
        boolean allZero = true;
        for (int i = 0; i < pop.length; i++) {
            if (Double.isNaN(pop[i])) {
                throw InputException.at(rows[i], "pop", "population is missing");
            }
            if (pop[i] < 0) {
                throw InputException.at(rows[i], "pop", "population is negative");
            }
            allZero &= pop[i] == 0;
        }
        if (allZero) {
            throw InputException.field("pop", "population is of size 0 in all subgroups");
        }
    }

    /** Requires subgroup orders that are the integers of an increasing sequence without gaps. */
    void requireOrder() {
        if (order == null) {
            throw InputException.field("subgroup_order", "subgroup order needs to be declared");
        }
        double[] sorted = order.clone();
        for (int i = 0; i < sorted.length; i++) {
            if (Double.isNaN(order[i]) || order[i] % 1 != 0) {
                throw InputException.at(rows[i], "subgroup_order", "subgroup order must be an integer");
            }
        }
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] - sorted[i - 1] != 1) {
                throw InputException.field("subgroup_order",
                        "subgroup order must contain consecutive integers (found " + sorted[i - 1] + " then " + sorted[i] + ")");
            }
        }
    }

    /** Index of the single reference subgroup. */
    int referenceIndex() {
        if (reference == null) {
            throw InputException.field("reference_subgroup", "a reference subgroup is required");
        }
        int found = -1;
        for (int i = 0; i < reference.length; i++) {
            if (reference[i] == 1) {
                if (found >= 0) {
                    throw InputException.at(rows[i], "reference_subgroup", "more than one reference subgroup");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw InputException.field("reference_subgroup", "the reference subgroup is missing");
        }
        return found;
    }

    /** Number of reference subgroups marked (0 means "no reference"). */
    int referenceCount() {
        int count = 0;
        if (reference != null) {
            for (int i = 0; i < reference.length; i++) {
                if (reference[i] == 1) {
                    count++;
                }
            }
        }
        if (count > 1) {
            throw InputException.field("reference_subgroup", "reference subgroup variable must identify one reference subgroup");
        }
        return count;
    }

    private boolean flag(double[] values, String field) {
        if (values == null) {
            throw InputException.field(field, "is required");
        }
        double first = values[0];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0 && values[i] != 1) {
                throw InputException.at(rows[i], field, "must be 0 or 1");
            }
            if (values[i] != first) {
                throw InputException.at(rows[i], field, "must be the same for every subgroup");
            }
        }
        return first == 1;
    }

    private double unique(double[] values, String field) {
        if (values == null) {
            throw InputException.field(field, "is required");
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw InputException.at(rows[i], field, "is missing");
            }
            if (values[i] != values[0]) {
                throw InputException.at(rows[i], field, "must be the same for every subgroup");
            }
        }
        return values[0];
    }

    private Subgroups keep(java.util.function.IntPredicate keep) {
        int[] idx = java.util.stream.IntStream.range(0, est.length).filter(keep).toArray();
        Builder b = new Builder(pick(est, idx));
        b.se = pick(se, idx);
        b.pop = pick(pop, idx);
        b.favourable = pick(favourable, idx);
        b.ordered = pick(ordered, idx);
        b.order = pick(order, idx);
        b.reference = pick(reference, idx);
        b.scale = pick(scale, idx);
        b.settingAverage = pick(settingAverage, idx);
        int[] keptRows = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            keptRows[k] = rows[idx[k]];
        }
        return new Subgroups(b, keptRows);
    }

    private static double[] pick(double[] values, int[] idx) {
        if (values == null) {
            return null;
        }
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = values[idx[k]];
        }
        return out;
    }

    /** Collects the optional vectors; each must have one entry per subgroup. */
    public static final class Builder {
        private final double[] est;
        private double[] se;
        private double[] pop;
        private double[] favourable;
        private double[] ordered;
        private double[] order;
        private double[] reference;
        private double[] scale;
        private double[] settingAverage;

        private Builder(double[] est) {
            if (est == null || est.length == 0) {
                throw InputException.field("est", "at least one subgroup estimate is required");
            }
            this.est = est.clone();
        }

        public Builder se(double... v) {
            se = copy(v, "se");
            return this;
        }

        public Builder pop(double... v) {
            pop = copy(v, "pop");
            return this;
        }

        public Builder favourable(double... v) {
            favourable = copy(v, "favourable_indicator");
            return this;
        }

        public Builder ordered(double... v) {
            ordered = copy(v, "ordered_dimension");
            return this;
        }

        public Builder order(double... v) {
            order = copy(v, "subgroup_order");
            return this;
        }

        public Builder reference(double... v) {
            reference = copy(v, "reference_subgroup");
            return this;
        }

        public Builder scale(double... v) {
            scale = copy(v, "scaleval");
            return this;
        }

        public Builder settingAverage(double... v) {
            settingAverage = copy(v, "setting_average");
            return this;
        }

        public Subgroups build() {
            int[] rows = java.util.stream.IntStream.rangeClosed(1, est.length).toArray();
            return new Subgroups(this, rows);
        }

        private double[] copy(double[] v, String field) {
            if (v == null) {
                return null;
            }
            if (v.length != est.length) {
                throw InputException.field(field, "has " + v.length + " values for " + est.length + " subgroups");
            }
            return v.clone();
        }
    }
}
