package org.equitylens.stats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    @Test
    void recordsEndAtAnyLineBreakAndBlankLinesAreSkipped() {
        Table t = CsvTables.read(new StringReader("a,b\r\n1,x\r\n\n2,y\r3, z \n\n"));
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.doubles("a")).containsExactly(1, 2, 3);
        assertThat(t.get(2, "b")).isEqualTo("z");
    }

    @Test
    void quotedCellsKeepLineBreaksQuotesAndLookAlikeNumbers() {
        Table t = CsvTables.read(new StringReader("\"k\",\"v\"\n\"line\nbreak\",\"say \"\"hi\"\"\"\n\"10\",\"\"\n"));
        assertThat(t.get(0, "k")).isEqualTo("line\nbreak");
        assertThat(t.get(0, "v")).isEqualTo("say \"hi\"");
        assertThat(t.get(1, "k")).isEqualTo("10");
        assertThat(t.get(1, "v")).isEqualTo("");
        assertThat(t.isMissing(1, 1)).isFalse();
    }

    @Test
    void aFileEndingWithoutALineBreakKeepsItsLastRecord() {
        Table t = CsvTables.read(new StringReader("x,y\n1,NA\n,\"\""));
        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.get(0, "y")).isNull();
        assertThat(t.get(1, "x")).isNull();
        assertThat(t.get(1, "y")).isEqualTo("");
    }

    @Test
    void longInputIsReadAcrossBufferBoundaries() {
        StringBuilder csv = new StringBuilder("\"g\",\"x\"\r\n");
        for (int i = 0; i < 20000; i++) {
            csv.append("\"G").append(i).append("\"\"\",").append(i).append("\r\n");
        }
        Table t = CsvTables.read(new StringReader(csv.toString()));
        assertThat(t.rowCount()).isEqualTo(20000);
        assertThat(t.get(19999, "g")).isEqualTo("G19999\"");
        assertThat(t.numberAt(12345, 1)).isEqualTo(12345);
    }

    @Test
    void refusesEmptyFilesAndRaggedRows() {
        assertThatThrownBy(() -> CsvTables.read(new StringReader("\n\n"))).isInstanceOf(InputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> CsvTables.read(new StringReader("a,b\n1,2\n3\n"))).isInstanceOf(InputException.class)
                .hasMessage("row 2: has 1 cells but the header has 2");
    }
}
