package org.equitylens.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvSnifferTest {

    private static CsvSniffer.Format sniff(byte[] bytes) throws IOException {
        return CsvSniffer.sniff(new ByteArrayInputStream(bytes), Optional.empty(), Optional.empty());
    }

    private static char delimiter(String text) throws IOException {
        return sniff(text.getBytes(StandardCharsets.UTF_8)).delimiter();
    }

    @Test
    void findsTheDelimiterThatSplitsEveryRecordAlike() throws IOException {
        assertThat(delimiter("person_id,event_date,site\nP1,2024-01-01,North\n")).isEqualTo(',');
        assertThat(delimiter("person_id;event_date;site\nP1;2024-01-01;North\n")).isEqualTo(';');
        assertThat(delimiter("person_id\tevent_date\tsite\nP1\t2024-01-01\tNorth\n")).isEqualTo('\t');
        assertThat(delimiter("person_id|event_date|site\r\nP1|2024-01-01|North\r\n")).isEqualTo('|');
    }

    @Test
    void delimitersInsideQuotesOrInSomeValuesDoNotWin() throws IOException {
        // Commas occur in values, but only semicolons split every record into the header's fields.
        assertThat(delimiter("\uFEFFperson_id;event_date;site\nP1;2024-01-01;\"St Mary's; Paddington, W2\"\n"
                + "P2;2024-01-02;Royal Free, Hampstead\n")).isEqualTo(';');
        // A quoted field may hold quotes and line breaks.
        assertThat(delimiter("id,note\n1,\"said \"\"a;b\"\"\nthen left\"\n2,plain\n")).isEqualTo(',');
    }

    @Test
    void aSingleColumnOrEmptyFileIsReadWithCommas() throws IOException {
        assertThat(delimiter("person_id\nP1\nP2\n")).isEqualTo(',');
        assertThat(delimiter("")).isEqualTo(',');
    }

    @Test
    void aCutLastRecordOfALongFileIsNotJudged() {
        StringBuilder text = new StringBuilder("a;b;c\n");
        while (text.length() < 100) {
            text.append("1;2;3\n");
        }
        // The sample ends mid-record; only whole records count.
        assertThat(CsvSniffer.delimiter(text + "4;5", false)).isEqualTo(';');
    }

    @Test
    void windows1252IsTellingFromInvalidUtf8() throws IOException {
        String text = "person_id,site\nP1,Caf\u00e9 \u2013 \u20ac\n";
        assertThat(sniff(text.getBytes(Charset.forName("windows-1252"))).encoding()).isEqualTo("windows-1252");
        assertThat(sniff(text.getBytes(StandardCharsets.UTF_8)).encoding()).isEqualTo("utf-8");
        assertThat(sniff(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)).encoding()).isEqualTo("utf-8");
        // The delimiter is judged on the text as decoded in the detected character set.
        assertThat(sniff("a;b\n\u00e9;\u20ac\n".getBytes(Charset.forName("windows-1252")))).isEqualTo(new CsvSniffer.Format("windows-1252", ';'));
    }

    @Test
    void aUtf8CharacterCutAtTheEndOfTheSampleIsNotJudged() {
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
        byte[] head = new byte[] {'a', ',', 'b', '\n', euro[0], euro[1]};
        assertThat(CsvSniffer.encoding(head, false)).isEqualTo("utf-8");
        assertThat(CsvSniffer.encoding(head, true)).isEqualTo("windows-1252");
    }

    @Test
    void declaredValuesAreKept() throws IOException {
        byte[] bytes = "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvSniffer.sniff(new ByteArrayInputStream(bytes), Optional.of("windows-1252"), Optional.of(',')))
                .isEqualTo(new CsvSniffer.Format("windows-1252", ','));
    }
}
