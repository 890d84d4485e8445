package org.equitylens.stats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The column storage behind {@link Table}: typed columns, missing cells, views and grouping. */
class TableColumnsTest {

    @Test
    void numericColumnsKeepMissingApartFromNaN() {
        Table t = Table.builder("v").add(1.5).add((Object) null).add(Double.NaN).add(7).build();
        assertThat(t.get(1, 0)).isNull();
        assertThat(t.isMissing(1, 0)).isTrue();
        assertThat(t.get(2, 0)).isEqualTo(Double.NaN);
        assertThat(t.isMissing(2, 0)).isFalse();
        assertThat(t.get(3, 0)).isEqualTo(7.0);
        assertThat(t.numbers("v")).containsExactly(1.5, null, Double.NaN, 7.0);
        assertThat(t.doubles("v")).containsExactly(1.5, Double.NaN, Double.NaN, 7.0);
        assertThat(t.numberAt(1, 0)).isNaN();
    }

    @Test
    void aColumnMixingNumbersTextAndLogicalsKeepsEachCell() {
        Table t = Table.builder("v").add(2).add((Object) null).add("ten").add(true).build();
        assertThat(Arrays.asList(t.get(0, 0), t.get(1, 0), t.get(2, 0), t.get(3, 0)))
                .containsExactly(2.0, null, "ten", true);
        assertThat(t.isMissing(1, 0)).isTrue();
        assertThat(t.numberAt(3, 0)).isEqualTo(1.0);
        assertThatThrownBy(() -> t.doubles("v")).isInstanceOf(InputException.class)
                .hasMessage("row 3, field 'v': not a number: ten");
        assertThatThrownBy(() -> Table.builder("v").add(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wholeColumnsMakeTheSameTableAsRows() {
        Table byRows = Table.builder("area", "n", "rate", "flag")
                .add("A", 10, 0.5, true).add(null, 20, null, false).add("C", 30, Double.NaN, true).build();
        Table byColumns = Table.withRows(3)
                .cells("area", new Object[] {"A", null, "C"})
                .numbers("n", new double[] {10, 20, 30})
                .numbers("rate", new double[] {0.5, 99, Double.NaN}, new boolean[] {false, true, false})
                .cells("flag", new Object[] {true, false, true})
                .build();
        assertThat(byColumns).isEqualTo(byRows);
        assertThat(byColumns.hashCode()).isEqualTo(byRows.hashCode());
        assertThat(byColumns.row(1)).containsExactly(null, 20.0, null, false);
    }

    @Test
    void hashCodeCombinesTheRowsAsArraysDo() {
        Table t = Table.builder("a", "b").add(1, "x").add(null, "y").build();
        int expected = List.of("a", "b").hashCode();
        expected = 31 * expected + Arrays.hashCode(new Object[] {1.0, "x"});
        expected = 31 * expected + Arrays.hashCode(new Object[] {null, "y"});
        assertThat(t.hashCode()).isEqualTo(expected);
    }

    @Test
    void columnsAreCopiedInAndSharedBetweenTables() {
        double[] values = {1, 2};
        Table t = Table.withRows(2).numbers("v", values).constant("label", "same").build();
        values[0] = 99;
        assertThat(t.get(0, "v")).isEqualTo(1.0);
        assertThat(t.get(1, "label")).isEqualTo("same");
        Table copy = Table.withRows(2).columnsOf(t).numbers("w", new double[] {3, 4}).build();
        assertThat(copy.columns()).containsExactly("v", "label", "w");
        assertThat(copy.row(1)).containsExactly(2.0, "same", 4.0);
        assertThatThrownBy(() -> Table.withRows(3).numbers("v", values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 rows for 3");
        assertThatThrownBy(() -> Table.withRows(2).numbers("v", values).constant("v", 1).build())
                .hasMessageContaining("duplicate column: v");
    }

    @Test
    void interleavedKeysAreBucketedWithRowsInInputOrder() {
        Table t = Table.builder("g", "v").add("b", 0).add("a", 1).add("b", 2).add("a", 3).add("a", 4).build();
        List<Table.Group> groups = t.groupBy(List.of("g"));
        assertThat(groups).extracting(g -> g.key().get(0)).containsExactly("a", "b");
        assertThat(groups.get(0).positions()).containsExactly(1, 3, 4);
        assertThat(groups.get(0).rows().doubles("v")).containsExactly(1, 3, 4);
        assertThat(groups.get(1).rows().doubles("v")).containsExactly(0, 2);
    }

    @Test
    void runsOfKeysOutOfOrderAreSortedWithoutMixingRows() {
        Table t = Table.builder("g", "v").add("G10", 0).add("G10", 1).add("G2", 2).add("G1", 3).add("G1", 4).build();
        List<Table.Group> groups = t.groupBy(List.of("g"));
        assertThat(groups).extracting(g -> g.key().get(0)).containsExactly("G1", "G10", "G2");
        assertThat(groups.get(0).positions()).containsExactly(3, 4);
        assertThat(groups.get(1).rows().doubles("v")).containsExactly(0, 1);
        assertThat(groups.get(2).rows().row(0)).containsExactly("G2", 2.0);
    }

    @Test
    void numericKeysGroupNumericallyWithNaNBeforeMissing() {
        Table t = Table.builder("k", "v").add(10, 0).add((Object) null, 1).add(Double.NaN, 2).add(9, 3)
                .add(Double.NaN, 4).add(10, 5).build();
        List<Table.Group> groups = t.groupBy(List.of("k"));
        List<Object> keys = new ArrayList<>();
        groups.forEach(g -> keys.add(g.key().get(0)));
        assertThat(keys).containsExactly(9.0, 10.0, Double.NaN, null);
        assertThat(groups.get(1).positions()).containsExactly(0, 5);
        assertThat(groups.get(2).positions()).containsExactly(2, 4);
    }

    @Test
    void groupsOfAGroupCountPositionsWithinIt() {
        Table t = Table.builder("g", "h", "v").add("a", 2, 0).add("b", 1, 1).add("a", 1, 2).add("a", 2, 3).build();
        Table a = t.groupBy(List.of("g")).get(0).rows();
        List<Table.Group> inner = a.groupBy(List.of("h"));
        assertThat(inner).extracting(g -> g.key().get(0)).containsExactly(1.0, 2.0);
        assertThat(inner.get(1).positions()).containsExactly(0, 2);
        assertThat(inner.get(1).rows().doubles("v")).containsExactly(0, 3);
        assertThat(a.select(new int[] {2, 0}).doubles("v")).containsExactly(3, 0);
        Table copied = Table.withRows(2).column(inner.get(1).rows(), "v").build();
        assertThat(copied.doubles("v")).containsExactly(0, 3);
        assertThatThrownBy(() -> a.get(3, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void multiColumnKeysWithMissingCellsSortMissingLast() {
        Table t = Table.builder("g", "h").add("a", null).add("a", 1).add(null, 1).add("a", null).build();
        List<Table.Group> groups = t.groupBy(List.of("g", "h"));
        assertThat(groups).extracting(Table.Group::key).containsExactly(
                List.of("a", 1.0), Arrays.asList("a", null), Arrays.asList(null, 1.0));
        assertThat(groups.get(1).positions()).containsExactly(0, 3);
        assertThat(t.groupBy(List.of())).singleElement().satisfies(g -> assertThat(g.rows()).isEqualTo(t));
    }

    @Test
    void groupingAgreesWithASortedMapOfKeysForClusteredAndScatteredRows() {
        Object[] cells = {null, "b", "a", "B", 2.0, -1.0, Double.NaN, true, false, "10"};
        Comparator<List<Object>> keyOrder = (x, y) -> {
            int c = Table.CELL_ORDER.compare(x.get(0), y.get(0));
            return c != 0 ? c : Table.CELL_ORDER.compare(x.get(1), y.get(1));
        };
        Random random = new Random(7);
        for (int runLength : new int[] {1, 3}) {
            Table.Builder b = Table.builder("g", "h", "row");
            for (int r = 0; r < 3000; r += runLength) {
                Object g = cells[random.nextInt(cells.length)];
                Object h = cells[random.nextInt(cells.length)];
                for (int i = 0; i < runLength; i++) {
                    b.add(g, h, r + i);
                }
            }
            Table t = b.build();
            Map<List<Object>, List<Integer>> expected = new TreeMap<>(keyOrder);
            for (int r = 0; r < t.rowCount(); r++) {
                expected.computeIfAbsent(Arrays.asList(t.get(r, 0), t.get(r, 1)), k -> new ArrayList<>()).add(r);
            }
            List<Table.Group> groups = t.groupBy(List.of("g", "h"));
            assertThat(groups).extracting(Table.Group::key).containsExactlyElementsOf(expected.keySet());
            int g = 0;
            for (List<Integer> rows : expected.values()) {
                Table.Group group = groups.get(g++);
                assertThat(group.positions()).containsExactly(rows.stream().mapToInt(r -> r).toArray());
                assertThat(group.rows().doubles("row")).containsExactly(rows.stream().mapToDouble(r -> r).toArray());
            }
        }
    }
}
