package org.equitylens.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What each column of a table to be published is, so a {@link DisclosurePolicy} knows what to
 * protect: counts of individuals, percentages or rates derived from counts (recomputed from the
 * figures as shown), simple statistics over individuals (hidden when based on too few), complex
 * statistics (standardised rates, confidence limits, regression outputs: exempt), which rows are
 * national, and which rows and columns are totals of others (for complementary suppression).
 * Columns not mentioned are labels and pass through unchanged.
 *
 * @param counts       columns holding counts of individuals or events
 * @param ratios       percentages or rates recomputed as numerator/denominator × multiplier
 * @param simple       means, medians… with the column counting the individuals they are based on
 * @param exempt       complex statistics, passed through unchanged
 * @param levelColumn  column saying the geographic level of a row, or null when every row is sub-national
 * @param nationalLevels values of {@code levelColumn} that mean national
 * @param totalRow     rows that total the others, or null
 * @param totalColumns columns that total other count columns
 */
public record TableLayout(List<String> counts, List<Ratio> ratios, List<SimpleStatistic> simple, List<String> exempt,
        String levelColumn, Set<String> nationalLevels, TotalRow totalRow, List<TotalColumn> totalColumns) {

    /** A percentage or rate: numerator/denominator × multiplier (100 for a percentage). */
    public record Ratio(String column, String numerator, String denominator, double multiplier) {
        public Ratio {
            Objects.requireNonNull(column);
            Objects.requireNonNull(numerator);
            Objects.requireNonNull(denominator);
        }
    }

    /** A statistic over individuals (mean, median, mode) and the count column of individuals behind it. */
    public record SimpleStatistic(String column, String basedOn) {
        public SimpleStatistic {
            Objects.requireNonNull(column);
            Objects.requireNonNull(basedOn);
        }
    }

    /**
     * Rows whose {@code column} equals {@code label} are totals of the other rows that share their
     * values in every other label column ({@code within}).
     */
    public record TotalRow(String column, String label, List<String> within) {
        public TotalRow {
            Objects.requireNonNull(column);
            Objects.requireNonNull(label);
            within = List.copyOf(within);
        }
    }

    /** A count column that is the sum of other count columns. */
    public record TotalColumn(String column, List<String> components) {
        public TotalColumn {
            Objects.requireNonNull(column);
            components = List.copyOf(components);
        }
    }

    public TableLayout {
        counts = List.copyOf(counts);
        ratios = List.copyOf(ratios);
        simple = List.copyOf(simple);
        exempt = List.copyOf(exempt);
        nationalLevels = Set.copyOf(nationalLevels);
        totalColumns = List.copyOf(totalColumns);
    }

    /** A layout with only count columns, every row sub-national and no totals. */
    public static TableLayout counts(String... columns) {
        return builder().counts(columns).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Assembles a layout. */
    public static final class Builder {
        private final List<String> counts = new ArrayList<>();
        private final List<Ratio> ratios = new ArrayList<>();
        private final List<SimpleStatistic> simple = new ArrayList<>();
        private final List<String> exempt = new ArrayList<>();
        private String levelColumn;
        private final Set<String> nationalLevels = new LinkedHashSet<>();
        private TotalRow totalRow;
        private final List<TotalColumn> totalColumns = new ArrayList<>();

        public Builder counts(String... columns) {
            counts.addAll(List.of(columns));
            return this;
        }

        public Builder ratio(String column, String numerator, String denominator, double multiplier) {
            ratios.add(new Ratio(column, numerator, denominator, multiplier));
            return this;
        }

        public Builder simple(String column, String basedOn) {
            simple.add(new SimpleStatistic(column, basedOn));
            return this;
        }

        public Builder exempt(String... columns) {
            exempt.addAll(List.of(columns));
            return this;
        }

        /** Rows whose {@code column} holds one of {@code values} are national. */
        public Builder national(String column, String... values) {
            levelColumn = column;
            nationalLevels.addAll(List.of(values));
            return this;
        }

        public Builder totalRow(String column, String label, String... within) {
            totalRow = new TotalRow(column, label, List.of(within));
            return this;
        }

        public Builder totalColumn(String column, String... components) {
            totalColumns.add(new TotalColumn(column, List.of(components)));
            return this;
        }

        public TableLayout build() {
            return new TableLayout(counts, ratios, simple, exempt, levelColumn, nationalLevels, totalRow,
                    totalColumns);
        }
    }
}
