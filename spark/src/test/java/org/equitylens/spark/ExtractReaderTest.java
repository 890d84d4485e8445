package org.equitylens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.equitylens.engine.importer.CsvSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the job decides an undeclared CSV's format before Spark reads it: from the first data file, as the engine would. */
class ExtractReaderTest {

    @TempDir
    Path dir;

    private CsvSniffer.Format format(Path input, String... declared) {
        String[] args = new String[4 + declared.length];
        args[0] = "--input";
        args[1] = input.toString();
        args[2] = "--output";
        args[3] = dir.resolve("out").toString();
        System.arraycopy(declared, 0, args, 4, declared.length);
        try {
            return ExtractReader.csvFormat(new Configuration(), JobOptions.parse(args));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDirectoryIsJudgedByItsFirstDataFileNotItsMarkers() throws IOException {
        Path parts = Files.createDirectories(dir.resolve("extract.csv"));
        Files.writeString(parts.resolve("_SUCCESS"), "a;b;c\n1;2;3\n");
        Files.writeString(parts.resolve(".part-00000.csv.crc"), "x|y\n1|2\n");
        Files.writeString(parts.resolve("part-00000.csv"), "person_id\tsite\nP1\tNorth\n");
        Files.writeString(parts.resolve("part-00001.csv"), "person_id;site\nP2;South\n");

        assertThat(format(parts)).isEqualTo(new CsvSniffer.Format("utf-8", '\t'));
        assertThat(format(dir.resolve("extract.csv/part-*.csv"))).isEqualTo(new CsvSniffer.Format("utf-8", '\t'));
        assertThat(format(parts.resolve("part-00001.csv"))).isEqualTo(new CsvSniffer.Format("utf-8", ';'));
    }

    @Test
    void aCompressedFileIsJudgedByItsText() throws IOException {
        Path gz = dir.resolve("extract.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("person_id|site\nP1|Caf\u00e9\n".getBytes(Charset.forName("windows-1252")));
        }
        assertThat(format(gz)).isEqualTo(new CsvSniffer.Format("windows-1252", '|'));
    }

    @Test
    void declaredValuesWinAndAMissingInputIsLeftToSparkToReport() throws IOException {
        Path file = dir.resolve("declared.csv");
        Files.writeString(file, "a;b\n1;2\n");
        assertThat(format(file, "--delimiter", ",", "--encoding", "windows-1252")).isEqualTo(new CsvSniffer.Format("windows-1252", ','));
        assertThat(format(file, "--encoding", "UTF-8")).isEqualTo(new CsvSniffer.Format("UTF-8", ';'));
        assertThat(format(dir.resolve("missing.csv"))).isEqualTo(new CsvSniffer.Format("UTF-8", ','));
    }

    @Test
    void windows1252TextReadAsLatin1IsMappedBack() {
        String text = "Caf\u00e9 \u2013 \u20ac \u201cquoted\u201d";
        String asLatin1 = new String(text.getBytes(Charset.forName("windows-1252")), StandardCharsets.ISO_8859_1);
        assertThat(asLatin1).isNotEqualTo(text);
        assertThat(ExtractReader.fromLatin1(asLatin1)).isEqualTo(text);
    }
}
