package org.equitylens.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Table;
import org.junit.jupiter.api.Test;

class DisclosurePolicyTest {

    private static final String STAR = ProtectedTable.HIDDEN;

    @Test
    void nhsdHidesOneToSevenAndRoundsTheRestToFive() {
        Table t = Table.builder("area", "detentions")
                .add("A", 0).add("B", 1).add("C", 7).add("D", 8).add("E", 12).add("F", 13).add("G", 1234).build();
        ProtectedTable p = new Nhsd2018().apply(t, TableLayout.counts("detentions"));
        assertThat(p.table().columns()).containsExactly("area", "detentions", "disclosure_policy");
        assertThat(column(p.table(), "detentions")).containsExactly(0.0, STAR, STAR, 10.0, 10.0, 15.0, 1235.0);
        assertThat(column(p.table(), "disclosure_policy")).containsOnly("NHSD-2018");
        assertThat(p.policy()).isEqualTo("NHSD-2018");
        assertThat(p.footnote()).contains("NHSD-2018");
        assertThat(p.primary()).isEqualTo(2);
    }

    @Test
    void nhsdLeavesNationalCountsUntouched() {
        Table t = Table.builder("level", "name", "n").add("England", "England", 3).add("Region", "North", 3).build();
        TableLayout layout = TableLayout.builder().counts("n").national("level", "England").build();
        assertThat(column(new Nhsd2018().apply(t, layout).table(), "n")).containsExactly(3.0, STAR);
    }

    @Test
    void nhsdPercentagesComeFromTheRoundedFigures() {
        Table t = Table.builder("area", "screened", "eligible").add("A", 13, 22).add("B", 5, 40).build();
        TableLayout layout = TableLayout.builder().counts("screened", "eligible")
                .ratio("pct", "screened", "eligible", 100).build();
        Table out = new Nhsd2018().apply(t, layout).table();
        // 15/20 (rounded), not 13/22; a hidden numerator hides the percentage.
        assertThat(column(out, "pct")).containsExactly(75.0, STAR);
    }

    @Test
    void complexStatisticsAreExemptAndSimpleOnesNeedEightIndividuals() {
        Table t = Table.builder("area", "patients", "mean_wait", "dsr").add("A", 5, 12.5, 850.2)
                .add("B", 30, 9.0, 3.1).build();
        TableLayout layout = TableLayout.builder().counts("patients").simple("mean_wait", "patients")
                .exempt("dsr").build();
        Table out = new Nhsd2018().apply(t, layout).table();
        assertThat(column(out, "mean_wait")).containsExactly(STAR, 9.0);
        assertThat(column(out, "dsr")).containsExactly(850.2, 3.1);
    }

    @Test
    void suppressLessThanHidesSmallCountsAndProtectsThemFromTheTotalRow() {
        Table t = Table.builder("group", "n")
                .add("Asian", 40).add("Black", 3).add("Mixed", 12).add("White", 200).add("Total", 255).build();
        TableLayout layout = TableLayout.builder().counts("n").totalRow("group", "Total").build();
        ProtectedTable p = DisclosurePolicy.byName("SUPPRESS-LT-5").apply(t, layout);
        // Black (3) is hidden; without a second hidden cell 255 - 40 - 12 - 200 would reveal it, so the
        // smallest other group (Mixed, 12) is hidden too.
        assertThat(column(p.table(), "n")).containsExactly(40.0, STAR, STAR, 200.0, 255.0);
        assertThat(p.primary()).isEqualTo(1);
        assertThat(p.complementary()).isEqualTo(1);
        assertThat(column(p.table(), "disclosure_policy")).containsOnly("SUPPRESS-LT-5");
    }

    @Test
    void complementarySuppressionFollowsBothTotalRowsAndTotalColumnsUntilNothingIsRevealed() {
        Table t = Table.builder("site", "male", "female", "all")
                .add("A", 2, 30, 32).add("B", 20, 25, 45).add("Total", 22, 55, 77).build();
        TableLayout layout = TableLayout.builder().counts("male", "female", "all")
                .totalRow("site", "Total").totalColumn("all", "male", "female").build();
        Table out = new SuppressLessThan(5).apply(t, layout).table();
        // A/male hidden; row A then needs A/female hidden; column male needs B/male; then row B needs B/female.
        assertThat(column(out, "male")).containsExactly(STAR, STAR, 22.0);
        assertThat(column(out, "female")).containsExactly(STAR, STAR, 55.0);
        assertThat(column(out, "all")).containsExactly(32.0, 45.0, 77.0);
    }

    @Test
    void roundedTotalsUnderNhsdNeedNoComplementarySuppression() {
        Table t = Table.builder("group", "n").add("Asian", 40).add("Black", 3).add("Total", 43).build();
        TableLayout layout = TableLayout.builder().counts("n").totalRow("group", "Total").build();
        assertThat(column(new Nhsd2018().apply(t, layout).table(), "n")).containsExactly(40.0, STAR, 45.0);
    }

    @Test
    void refusesNegativeOrFractionalCountsNamingTheRow() {
        Table t = Table.builder("area", "n").add("A", 4).add("B", -1).build();
        assertThatThrownBy(() -> new Nhsd2018().apply(t, TableLayout.counts("n")))
                .isInstanceOf(InputException.class).hasMessageContaining("row 2").hasMessageContaining("'n'");
    }

    @Test
    void unknownPolicyNamesAreRefused() {
        assertThatThrownBy(() -> DisclosurePolicy.byName("LOOSE")).isInstanceOf(InputException.class)
                .hasMessageContaining("NHSD-2018");
        assertThat(DisclosurePolicy.byName("suppress-lt-10")).isEqualTo(new SuppressLessThan(10));
    }

    private static Object[] column(Table t, String name) {
        Object[] values = new Object[t.rowCount()];
        for (int r = 0; r < values.length; r++) {
            values[r] = t.get(r, name);
        }
        return values;
    }
}
