package org.equitylens.spc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void formatsDoublesInTheShortestRoundTripForm() {
        assertThat(Values.format(50.0)).isEqualTo("50");
        assertThat(Values.format(0.95)).isEqualTo("0.95");
        assertThat(Values.format(19.380000000000003)).isEqualTo("19.380000000000003");
        assertThat(Values.format(1.7126864256900107e-05)).isEqualTo("1.7126864256900107e-05");
        assertThat(Values.format(-0.0001)).isEqualTo("-0.0001");
        assertThat(Values.format(1e16)).isEqualTo("1e+16");
        assertThat(Values.format(123456789012345.6)).isEqualTo("123456789012345.6");
        assertThat(Values.format(-0.0)).isEqualTo("0");
        assertThat(Values.format(Double.NaN)).isEqualTo("NaN");
        assertThat(Values.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    }

    @Test
    void beatsTheJdk17ToStringWhereItIsNotShortest() {
        // 2.0E-3 style: JDK 17 prints 1.0E23 as 1.0E23 but 2e23 as 2.0000000000000002E23 (JDK-4511638)
        assertThat(Values.format(2e23)).isEqualTo("2e+23");
        assertThat(Values.format(5.0e-324)).isEqualTo("5e-324");
    }

    @Test
    void everyFormattedDoubleParsesBackExactly() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(x)) {
                String text = Values.format(x);
                assertThat(Double.parseDouble(text)).isEqualTo(x == 0 ? 0.0 : x);
                assertThat(text.replaceAll("e.*", "").replaceAll("[-.]", "").replaceAll("^0+", "").length())
                        .isLessThanOrEqualTo(17);
            }
        }
    }

    @Test
    void parsesQuotedAndUnquotedCsvFields() throws IOException {
        List<String[]> records = Csv.parse(new StringReader("\"a\",b,\"c \"\"q\"\", d\"\r\n1,\"\",NA\n"));
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).containsExactly("a", "b", "c \"q\", d");
        assertThat(records.get(1)).containsExactly("1", "", "NA");
        assertThat(Csv.line(new String[] {"x", "say \"hi\""})).isEqualTo("\"x\",\"say \"\"hi\"\"\"");
    }

    @Test
    void comparesNumbersWithinToleranceAndMarkersExactly() {
        assertThat(BatchComparison.cellsMatch("19.380000000000003", "19.38")).isTrue();
        assertThat(BatchComparison.cellsMatch("100", "100.0000002")).isFalse();
        assertThat(BatchComparison.cellsMatch("NA", "NaN")).isFalse();
        assertThat(BatchComparison.cellsMatch("TRUE", "TRUE")).isTrue();
    }
}
