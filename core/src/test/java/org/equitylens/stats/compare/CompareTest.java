package org.equitylens.stats.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equitylens.stats.table.CsvTables;
import org.equitylens.stats.table.InputException;
import org.equitylens.stats.table.Table;
import org.junit.jupiter.api.Test;

class CompareTest {

    private static Table vectors(String relative) {
        return CsvTables.read(Path.of(System.getProperty("stats.vectors", "../../shared/vectors/stats/public"), relative));
    }

    private static void close(double actual, double expected, double rel) {
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isCloseTo(expected, within(Math.max(1e-12, rel * Math.abs(expected))));
        }
    }

    private static void assertRow(TestedEstimate t, Table expected, int row, double rel) {
        close(t.estimate().value(), expected.number(row, "estimate"), rel);
        close(t.estimate().lower(), expected.number(row, "lower"), rel);
        close(t.estimate().upper(), expected.number(row, "upper"), rel);
        close(t.pValue(), expected.number(row, "p_value"), rel);
    }

    @Test
    void fisherExactGivesTheConditionalMleAndExactInterval() {
        Table in = vectors("inputs/pub_pairs_risks.csv");
        Table expected = vectors("expected/pub_base_fisher_exact.csv");
        for (int r = 0; r < in.rowCount(); r++) {
            assertRow(ExactTests.fisher(in.number(r, "a"), in.number(r, "b"), in.number(r, "c"), in.number(r, "d"),
                    0.95, r + 1), expected, r, 1e-9);
        }
    }

    @Test
    void fmsbRatiosAndDifferences() {
        Table rates = vectors("inputs/pub_pairs_rates.csv");
        Table rr = vectors("expected/pub_fmsb_rateratio.csv");
        Table rd = vectors("expected/pub_fmsb_ratedifference.csv");
        Table pois = vectors("expected/pub_base_poisson_exact.csv");
        for (int r = 0; r < rates.rowCount(); r++) {
            double a = rates.number(r, "a");
            double b = rates.number(r, "b");
            double t1 = rates.number(r, "PT1");
            double t0 = rates.number(r, "PT0");
            assertRow(Fmsb.rateRatio(a, b, t1, t0, 0.95, r + 1), rr, r, 1e-12);
            assertRow(Fmsb.rateDifference(a, b, t1, t0, 0.95, r + 1), rd, r, 1e-12);
            assertRow(ExactTests.poissonRatio(a, b, t1, t0, 0.95, r + 1), pois, r, 1e-9);
        }
    }

    @Test
    void binomialClopperPearson() {
        Table in = vectors("inputs/pub_binom.csv");
        Table expected = vectors("expected/pub_base_binom_clopper_pearson.csv");
        for (int r = 0; r < in.rowCount(); r++) {
            assertRow(ExactTests.binomial(in.number(r, "x"), in.number(r, "n"), 0.5, 0.95, r + 1), expected, r, 1e-9);
        }
    }

    @Test
    void epitoolsMidpOddsRatioTakesThePeersRootFindingSteps() {
        Table in = vectors("inputs/pub_rr_small_2xk.csv");
        Table expected = vectors("expected/pub_epitools_oddsratio_midp.csv");
        List<Epitools.CaseCounts> table = new ArrayList<>();
        for (int r = 0; r < in.rowCount(); r++) {
            table.add(new Epitools.CaseCounts((String) in.get(r, "group"), in.number(r, "noncases"), in.number(r, "cases")));
        }
        List<Epitools.Row> rows = Epitools.oddsRatio(table, Epitools.OddsMethod.MIDP, 0.95);
        for (int r = 1; r < rows.size(); r++) {
            // The peer's own uniroot tolerance is 1e-4; taking the same steps lands far closer.
            close(rows.get(r).estimate().value(), expected.number(r, "estimate"), 1e-9);
            close(rows.get(r).estimate().lower(), expected.number(r, "lower"), 1e-9);
            close(rows.get(r).estimate().upper(), expected.number(r, "upper"), 1e-9);
            close(rows.get(r).pMidpExact(), expected.number(r, "p_midp_exact"), 1e-9);
        }
        assertThat(rows.get(0).estimate().value()).isEqualTo(1);
        assertThat(rows.get(0).estimate().lower()).isNaN();
    }

    @Test
    void refusesInvalidCountsNamingRowAndField() {
        assertThatThrownBy(() -> Fmsb.riskRatio(12, 3, 10, 40, 0.95, 4)).isInstanceOf(InputException.class)
                .hasMessageContaining("row 4").hasMessageContaining("X");
        assertThatThrownBy(() -> ExactTests.fisher(-1, 2, 3, 4, 0.95, 2)).isInstanceOf(InputException.class)
                .hasMessageContaining("row 2").hasMessageContaining("'a'");
        assertThatThrownBy(() -> Fmsb.rateRatio(1, 2, 3, 4, 1.5, 1)).isInstanceOf(InputException.class)
                .hasMessageContaining("conf.level");
        List<Epitools.CaseCounts> zeroCell = List.of(new Epitools.CaseCounts("ref", 10, 5),
                new Epitools.CaseCounts("g1", 8, 0));
        assertThatThrownBy(() -> Epitools.oddsRatio(zeroCell, Epitools.OddsMethod.MIDP, 0.95))
                .isInstanceOf(InputException.class).hasMessageContaining("row 2");
    }
}
