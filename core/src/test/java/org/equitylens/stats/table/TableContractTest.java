package org.equitylens.stats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableContractTest {

    @Test
    void csvRoundTripKeepsMissingValuesTextAndNumbers() {
        String csv = "\"area\",\"x\",\"ok\",\"v\"\n\"A \"\"1\"\"\",3,TRUE,NA\n\"B\",0.1,FALSE,Inf\n";
        Table t = CsvTables.read(new StringReader(csv));
        assertThat(t.get(0, "area")).isEqualTo("A \"1\"");
        assertThat(t.get(0, "x")).isEqualTo(3.0);
        assertThat(t.get(0, "ok")).isEqualTo(true);
        assertThat(t.get(0, "v")).isNull();
        assertThat(t.get(1, "v")).isEqualTo(Double.POSITIVE_INFINITY);
        StringWriter out = new StringWriter();
        CsvTables.write(t, out);
        assertThat(CsvTables.read(new StringReader(out.toString()))).isEqualTo(t);
    }

    @Test
    void groupsComeInSortedKeyOrderWithRowsInInputOrder() {
        Table t = Table.builder("g", "v").add("b", 1).add("a", 2).add("b", 3).add("10", 4).add("9", 5).build();
        List<Table.Group> groups = t.groupBy(List.of("g"));
        assertThat(groups).extracting(g -> g.key().get(0)).containsExactly("10", "9", "a", "b");
        assertThat(groups.get(3).positions()).containsExactly(0, 2);
        Table withMissing = Table.builder("g", "v").add("b", 1).add(null, 2).add("a", 3).add(null, 4).build();
        List<Table.Group> missingLast = withMissing.groupBy(List.of("g"));
        assertThat(missingLast).extracting(g -> g.key().get(0)).containsExactly("a", "b", null);
        assertThat(missingLast.get(2).positions()).containsExactly(1, 3);
    }

    @Test
    void sortedAndUnsortedInputGroupAlike() {
        Table sorted = Table.builder("g", "h", "v").add("a", 1, 1).add("a", 1, 2).add("a", 2, 3).add("b", 1, 4).build();
        Table shuffled = Table.builder("g", "h", "v").add("b", 1, 4).add("a", 1, 1).add("a", 2, 3).add("a", 1, 2).build();
        List<Table.Group> fromSorted = sorted.groupBy(List.of("g", "h"));
        List<Table.Group> fromShuffled = shuffled.groupBy(List.of("g", "h"));
        assertThat(fromSorted).extracting(Table.Group::key).containsExactly(
                List.of("a", 1.0), List.of("a", 2.0), List.of("b", 1.0));
        assertThat(fromShuffled).extracting(Table.Group::key)
                .containsExactlyElementsOf(fromSorted.stream().map(Table.Group::key).toList());
        assertThat(fromSorted.get(0).rows()).isEqualTo(fromShuffled.get(0).rows());
        assertThat(fromShuffled.get(0).positions()).containsExactly(1, 3);
    }

    @Test
    void perGroupPrefixesTheGroupColumns() {
        Table t = Table.builder("year", "v").add(2021, 1).add(2020, 2).add(2021, 3).build();
        Table out = Grouping.perGroup(t, List.of("year"),
                g -> Table.builder("total").add(java.util.Arrays.stream(g.doubles("v")).sum()).build());
        assertThat(out.columns()).containsExactly("year", "total");
        assertThat(out.row(0)).containsExactly(2020.0, 2.0);
        assertThat(out.row(1)).containsExactly(2021.0, 4.0);
    }

    @Test
    void inputErrorsNameTheRowAndField() {
        Table t = Table.builder("x").add("seven").build();
        assertThatThrownBy(() -> t.number(0, "x")).isInstanceOf(InputException.class)
                .hasMessage("row 1, field 'x': not a number: seven");
        assertThatThrownBy(() -> t.columnIndex("y")).hasMessageContaining("field 'y'");
    }

    @Test
    void paramsFollowTheManifestSemantics() {
        Params p = Params.builder().column("x", "deaths").value("confidence", List.of(0.95, 0.998))
                .na("limit").value("rii", true).groupBy("area").build();
        assertThat(p.requireColumn("x")).isEqualTo("deaths");
        assertThat(p.numbers("confidence").orElseThrow()).containsExactly(0.95, 0.998);
        assertThat(p.isNa("limit")).isTrue();
        assertThat(p.flag("rii", false)).isTrue();
        assertThat(p.number("multiplier", 100)).isEqualTo(100);
        assertThat(p.groupBy()).containsExactly("area");
        assertThatThrownBy(() -> p.requireColumn("n")).isInstanceOf(InputException.class);
    }

    @Test
    void theStandardRegistryFindsMethodsByQualifiedName() {
        MethodRegistry registry = MethodRegistry.standard();
        assertThat(registry.find("PHEindicatormethods::phe_proportion")).isPresent();
        assertThat(registry.find("wres_definition::relative_likelihood")).isPresent();
        assertThat(registry.find("equitylens::suppress")).isPresent();
        assertThat(registry.find("nobody::nothing")).isEmpty();
    }
}
