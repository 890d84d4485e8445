package org.equitylens.stats.phe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.equitylens.stats.table.Params;
import org.equitylens.stats.table.Table;
import org.junit.jupiter.api.Test;

class PheSiiTest {

    private static Table deciles() {
        Table.Builder b = Table.builder("decile", "pop", "le", "se");
        for (int d = 1; d <= 10; d++) {
            b.add(d, 10000 + 500 * d, 75 + 0.8 * d, 0.5);
        }
        return b.build();
    }

    private static Params.Builder params() {
        return Params.builder().column("quantile", "decile").column("population", "pop").column("value", "le")
                .column("se", "se").value("repetitions", 2000).value("rii", true);
    }

    @Test
    void normalValuesConvergeToTheAnalyticInterval() {
        Table out = new PheSii().apply(deciles(), params().value("repetitions", 100000).build());
        double sii = out.number(0, "sii");
        // values rise by 0.8 a decile: the slope over the whole population range is 8 (to rounding of ridits)
        assertThat(sii).isCloseTo(8.0, within(0.2));
        assertThat(out.number(0, "sii_lower95_0cl")).isLessThan(sii);
        assertThat(out.number(0, "sii_upper95_0cl")).isGreaterThan(sii);
    }

    @Test
    void sameSeedSameLimitsAndReliabilityStatistics() {
        Table a = new PheSii().apply(deciles(), params().value("seed", 7).value("reliability_stat", true).build());
        Table b = new PheSii().apply(deciles(), params().value("seed", 7).value("reliability_stat", true).build());
        assertThat(a).isEqualTo(b);
        assertThat(a.columns()).contains("sii_mad95_0", "rii_mad95_0");
        assertThat(a.number(0, "sii_mad95_0")).isPositive();
    }

    @Test
    void negativeMultiplierFlipsTheSiiAndInvertsTheRii() {
        Table plus = new PheSii().apply(deciles(), params().value("seed", 1).build());
        Table minus = new PheSii().apply(deciles(), params().value("seed", 1).value("multiplier", -1).build());
        assertThat(minus.number(0, "sii")).isCloseTo(-plus.number(0, "sii"), within(1e-12));
        assertThat(minus.number(0, "rii")).isCloseTo(1 / plus.number(0, "rii"), within(1e-12));
        // the order statistics at positions round(R·0.025) and round(R·0.975) are not mirror images
        // (50th and 1950th of 2000), so the flipped limits agree to one order statistic, not exactly
        assertThat(minus.number(0, "sii_lower95_0cl")).isCloseTo(-plus.number(0, "sii_upper95_0cl"), within(0.01));
    }
}
