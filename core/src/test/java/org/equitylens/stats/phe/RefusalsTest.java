package org.equitylens.stats.phe;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.MethodRegistry;
import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.junit.jupiter.api.Test;

/** Invalid input is refused with the row and field named, never answered with NaN. */
class RefusalsTest {

    private static Table run(String method, Table input, Params params) {
        return MethodRegistry.standard().find(method).orElseThrow().apply(input, params);
    }

    private static final Table COUNTS = Table.builder("area", "x", "n").add("A", 5, 100).add("B", -1, 100).build();

    @Test
    void negativeCountsForRates() {
        assertThatThrownBy(() -> run("PHEindicatormethods::phe_rate", COUNTS,
                Params.builder().column("x", "x").column("n", "n").build()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("row 2, field 'x'");
    }

    @Test
    void zeroPopulationForDsr() {
        Table t = Table.builder("x", "n", "w").add(5, 100, 5000).add(6, 0, 5500).build();
        assertThatThrownBy(() -> run("PHEindicatormethods::calculate_dsr", t,
                Params.builder().column("x", "x").column("n", "n").column("stdpop", "w").build()))
                .isInstanceOf(InputException.class).hasMessageContaining("row 2, field 'n'")
                .hasMessageContaining("greater than zero");
    }

    @Test
    void missingBandsForTheEsp2013Vector() {
        Table t = Table.builder("g", "x", "n").add("A", 5, 100).add("A", 6, 100).build();
        assertThatThrownBy(() -> run("PHEindicatormethods::phe_dsr", t,
                Params.builder().column("x", "x").column("n", "n").groupBy("g").build()))
                .isInstanceOf(InputException.class).hasMessageContaining("stdpop");
    }

    @Test
    void impossibleConfidenceLevels() {
        Params.Builder p = Params.builder().column("x", "x").column("n", "n");
        Table ok = Table.builder("x", "n").add(5, 100).build();
        assertThatThrownBy(() -> run("PHEindicatormethods::phe_proportion", ok, p.value("confidence", 0.5).build()))
                .isInstanceOf(InputException.class).hasMessageContaining("field 'confidence'");
        assertThatThrownBy(() -> run("PHEindicatormethods::phe_proportion", ok,
                p.value("confidence", List.of(0.9, 0.95)).build())).hasMessageContaining("0.95 and 0.998");
        assertThatThrownBy(() -> run("PHEindicatormethods::phe_proportion", ok,
                p.value("confidence", List.of(0.95, 0.99, 0.998)).build())).hasMessageContaining("maximum of two");
    }

    @Test
    void siiNeedsEnoughRepetitionsAndQuantiles() {
        Table.Builder b = Table.builder("q", "pop", "v", "se");
        for (int q = 1; q <= 4; q++) {
            b.add(q, 1000, 70 + q, 1);
        }
        Params.Builder p = Params.builder().column("quantile", "q").column("population", "pop").column("value", "v")
                .column("se", "se");
        assertThatThrownBy(() -> run("PHEindicatormethods::phe_sii", b.build(), p.build()))
                .hasMessageContaining("between 5 and 100");
        assertThatThrownBy(() -> run("PHEindicatormethods::phe_sii", b.build(), p.value("repetitions", 500).build()))
                .hasMessageContaining("field 'repetitions'");
    }

    @Test
    void wresOnlyHasThreeRelativeLikelihoods() {
        Table t = Table.builder("indicator", "white_events", "white_at_risk", "bme_events", "bme_at_risk")
                .add(2, 5, 10, 3, 10).add(5, 5, 10, 3, 10).build();
        assertThatThrownBy(() -> run("wres_definition::relative_likelihood", t, Params.none()))
                .hasMessageStartingWith("row 2, field 'indicator'");
        Table more = Table.builder("indicator", "white_events", "white_at_risk", "bme_events", "bme_at_risk")
                .add(3, 11, 10, 3, 10).build();
        assertThatThrownBy(() -> run("wres_definition::relative_likelihood", more, Params.none()))
                .hasMessageStartingWith("row 1, field 'white_events'");
    }
}
