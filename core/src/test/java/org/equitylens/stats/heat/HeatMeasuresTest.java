package org.equitylens.stats.heat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equitylens.stats.heat.VectorFiles.column;
import static org.equitylens.stats.heat.VectorFiles.num;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equitylens.stats.table.InputException;
import org.junit.jupiter.api.Test;

class HeatMeasuresTest {

    private static List<Map<String, String>> nonOrdered() throws IOException {
        return VectorFiles.read("inputs/pub_heat_nonordered.csv");
    }

    private static Subgroups.Builder nonOrderedData() throws IOException {
        List<Map<String, String>> rows = nonOrdered();
        return Subgroups.of(column(rows, "estimate")).se(column(rows, "se")).pop(column(rows, "population"))
                .favourable(column(rows, "favourable")).ordered(column(rows, "ordered")).scale(column(rows, "scale"));
    }

    private static void assertMatches(SummaryMeasure actual, String expectedFile, int row, double rel) throws IOException {
        Map<String, String> e = VectorFiles.read("expected/" + expectedFile).get(row);
        assertThat(actual.measure()).isEqualTo(e.get("measure"));
        close(actual.estimate(), num(e, "estimate"), rel);
        close(actual.se(), num(e, "se"), rel);
        close(actual.lower(), num(e, "lowerci"), rel);
        close(actual.upper(), num(e, "upperci"), rel);
    }

    private static void close(double actual, double expected, double rel) {
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(Math.max(1e-12, rel * Math.abs(expected)));
        }
    }

    @Test
    void pairwiseMeasuresFollowThePeersSubgroupChoice() throws IOException {
        assertMatches(HeatMeasures.d(nonOrderedData().build(), 0.95), "pub_heat_d_noreference.csv", 0, 1e-12);
        assertMatches(HeatMeasures.r(nonOrderedData().build(), 0.95), "pub_heat_r_noreference.csv", 0, 1e-12);
        double[] ref = column(nonOrdered(), "reference");
        assertMatches(HeatMeasures.d(nonOrderedData().reference(ref).build(), 0.95), "pub_heat_d_reference.csv", 0, 1e-12);
        assertMatches(HeatMeasures.r(nonOrderedData().reference(ref).build(), 0.95), "pub_heat_r_reference.csv", 0, 1e-12);
    }

    @Test
    void analyticDisproportionalityMeasures() throws IOException {
        assertMatches(HeatMeasures.bgv(nonOrderedData().build(), 0.95), "pub_heat_bgv.csv", 0, 1e-12);
        assertMatches(HeatMeasures.ti(nonOrderedData().build(), 0.95), "pub_heat_ti.csv", 0, 1e-12);
        assertMatches(HeatMeasures.mld(nonOrderedData().build(), 0.95), "pub_heat_mld.csv", 0, 1e-12);
        assertMatches(HeatMeasures.paf(nonOrderedData().build(), 0.95), "pub_heat_paf_nonordered.csv", 0, 1e-12);
        assertMatches(HeatMeasures.parisk(nonOrderedData().build(), 0.95), "pub_heat_parisk_nonordered.csv", 0, 1e-12);
    }

    @Test
    void simulatedLimitsReproduceTheSeededPeerStream() throws IOException {
        double[] ref = column(nonOrdered(), "reference");
        Map<String, Function<Subgroups, SummaryMeasure>> cases = Map.of(
                "bgsd", s -> HeatMeasures.bgsd(s, Simulation.DEFAULT),
                "covar", s -> HeatMeasures.covar(s, Simulation.DEFAULT),
                "mdmu", s -> HeatMeasures.mdmu(s, Simulation.DEFAULT),
                "mdmw", s -> HeatMeasures.mdmw(s, Simulation.DEFAULT),
                "mdbu", s -> HeatMeasures.mdbu(s, Simulation.DEFAULT),
                "mdbw", s -> HeatMeasures.mdbw(s, Simulation.DEFAULT),
                "mdru", s -> HeatMeasures.mdru(s, Simulation.DEFAULT),
                "mdrw", s -> HeatMeasures.mdrw(s, Simulation.DEFAULT),
                "idisu", s -> HeatMeasures.idisu(s, Simulation.DEFAULT),
                "idisw", s -> HeatMeasures.idisw(s, Simulation.DEFAULT));
        for (var c : cases.entrySet()) {
            SummaryMeasure m = c.getValue().apply(nonOrderedData().reference(ref).build());
            assertMatches(m, "pub_heat_" + c.getKey() + ".csv", 0, 1e-9);
        }
    }

    @Test
    void orderedMeasuresPerYear() throws IOException {
        Map<String, List<Map<String, String>>> byYear = VectorFiles.read("inputs/pub_heat_ordered.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("year"), java.util.TreeMap::new, Collectors.toList()));
        int row = 0;
        for (List<Map<String, String>> rows : byYear.values()) {
            Subgroups s = Subgroups.of(column(rows, "estimate")).se(column(rows, "se")).pop(column(rows, "population"))
                    .favourable(column(rows, "favourable")).ordered(column(rows, "ordered"))
                    .order(column(rows, "quintile")).scale(column(rows, "scale")).build();
            assertMatches(HeatMeasures.d(s, 0.95), "pub_heat_d_ordered.csv", row, 1e-12);
            assertMatches(HeatMeasures.r(s, 0.95), "pub_heat_r_ordered.csv", row, 1e-12);
            assertMatches(HeatMeasures.paf(s, 0.95), "pub_heat_paf_parisk_ordered_paf.csv", row, 1e-12);
            assertMatches(HeatMeasures.parisk(s, 0.95), "pub_heat_parisk_ordered.csv", row, 1e-12);
            assertMatches(HeatMeasures.aci(s, 0.95, Double.NaN, Double.NaN), "pub_heat_aci.csv", row, 1e-10);
            assertMatches(HeatMeasures.rci(s, 0.95, ConcentrationIndex.Normalisation.NONE, Double.NaN, Double.NaN),
                    "pub_heat_rci.csv", row, 1e-10);
            assertMatches(HeatMeasures.sii(s, 0.95, false), "pub_heat_sii_logistic.csv", row, 1e-6);
            assertMatches(HeatMeasures.rii(s, 0.95, false), "pub_heat_rii_logistic.csv", row, 1e-6);
            row++;
        }
    }

    @Test
    void refusesInvalidInputNamingTheField() {
        Subgroups tooFew = Subgroups.of(1, Double.NaN, 3).pop(1, 1, 1).build();
        assertThatThrownBy(() -> HeatMeasures.bgv(tooFew, 0.95)).isInstanceOf(InputException.class)
                .hasMessageContaining("est");
        Subgroups noPop = Subgroups.of(1, 2, 3, 4).pop(1, Double.NaN, 1, 1).build();
        assertThatThrownBy(() -> HeatMeasures.bgv(noPop, 0.95)).isInstanceOf(InputException.class)
                .hasMessageContaining("row 2").hasMessageContaining("pop");
    }
}
