package org.equitylens.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(Text.csvField("North")).isEqualTo("North");
        assertThat(Text.csvField("South, annex")).isEqualTo("\"South, annex\"");
        assertThat(Text.csvField("St \"Mary\"")).isEqualTo("\"St \"\"Mary\"\"\"");
        assertThat(Text.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
        assertThat(Text.jsonString("Café \"A\" \\ x\n\t")).isEqualTo("\"Café \\\"A\\\" \\\\ x\\n\\u0009\"");
    }
}
