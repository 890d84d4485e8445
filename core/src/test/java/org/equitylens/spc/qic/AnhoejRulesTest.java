package org.equitylens.spc.qic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnhoejRulesTest {

    @Test
    void matchesThePublishedTable() {
        // SPEC §2.4 table (n_useful: longest_run_max / n_crossings_min).
        int[][] table = {{10, 6, 2}, {12, 7, 3}, {14, 7, 4}, {20, 7, 6}, {24, 8, 8}, {30, 8, 10},
            {46, 9, 17}, {100, 10, 41}, {200, 11, 88}};
        for (int[] row : table) {
            assertThat(AnhoejRules.longestRunMax(row[0])).as("longest run max for %d", row[0]).isEqualTo(row[1]);
            assertThat(AnhoejRules.crossingsMin(row[0])).as("crossings min for %d", row[0]).isEqualTo(row[2]);
        }
    }

    @Test
    void matchesThePeerForOneToOneThousand() throws IOException {
        Path file = Path.of(System.getProperty("spc.vectors", "../../shared/vectors/spc/public"),
            "expected", "anhoej_thresholds.csv");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1001);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",");
            int n = Integer.parseInt(f[0]);
            assertThat(AnhoejRules.longestRunMax(n)).as("longest run max for %d", n).isEqualTo(Integer.parseInt(f[1]));
            assertThat(AnhoejRules.crossingsMin(n)).as("crossings min for %d", n).isEqualTo(Integer.parseInt(f[2]));
        }
    }
}
