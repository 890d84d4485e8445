package org.equitylens.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.Progress;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.DatasetInfo;
import org.equitylens.engine.store.EngineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest extends ImportTestSupport {

    static final String HEADER = "person_id,event_date,ethnic_category,lsoa21,age,sex,site,detained\n";
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    ImportOptions options(String name) {
        return ImportOptions.named(name).withToday(TODAY);
    }

    @Test
    void importsGuessesRolesAndEnrichesFromReferenceData() throws Exception {
        Path file = write("mha.csv", HEADER
                + "P1,2024-04-03,N,E01000001,34,M,North,1\n"
                + "P2,05/05/2024,z,E01000061,85,F,South,0\n"
                + "P3,2024-06-01,,E01000002,4,F,South,1\n");
        ImportResult result = importer.importFile(file, options("mha"));
        DatasetInfo info = result.dataset();
        assertThat(info.rows()).isEqualTo(3);
        assertThat(info.periodStart()).contains(LocalDate.of(2024, 4, 3));
        assertThat(info.periodEnd()).contains(LocalDate.of(2024, 6, 1));
        assertThat(info.imdVersion()).contains("IMD2025");
        assertThat(info.mapping().roles()).containsEntry("lsoa21", ColumnRole.LSOA21).containsEntry("detained", ColumnRole.OUTCOME);
        assertThat(rows("SELECT person_id, event_date, ethnic_category, ethnic_group, wres_group, imd_decile, imd_quintile, core20, "
                + "age_band_5y, esp2013_band, site, detained FROM " + info.table() + " ORDER BY person_id"))
                .containsExactly(
                        List.of("P1", "2024-04-03", "N", "BLACK", "BME", "8", "4", "false", "30-34", "30-34", "North", "1.0"),
                        java.util.Arrays.asList("P2", "2024-05-05", "Z", null, null, "1", "1", "true", "85+", "85-89", "South", "0.0"),
                        java.util.Arrays.asList("P3", "2024-06-01", null, null, null, "10", "5", "false", "0-4", "0-4", "South", "1.0"));
    }

    @Test
    void csvParquetAndXlsxGiveIdenticalStoredTables() throws Exception {
        Path csv = write("same.csv", HEADER
                + "P1,2024-04-03,N,E01000001,34,M,North,1\n"
                + "P2,2024-05-05,Z,E01000061,85,F,\"South, annex\",0\n"
                + "P3,2024-06-01,,E01000002,4,F,South,1\n");
        Path parquet = dir.resolve("same.parquet");
        try (Statement st = store.connection().createStatement()) {
            st.execute("COPY (SELECT * FROM read_csv('" + csv + "')) TO '" + parquet + "' (FORMAT parquet)");
        }
        Path xlsx = dir.resolve("same.xlsx");
        try (var out = Files.newOutputStream(xlsx)) {
            var workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            var sheet = workbook.newWorksheet("extract");
            String[] header = HEADER.strip().split(",");
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            Object[][] rows = {
                {"P1", LocalDate.of(2024, 4, 3), "N", "E01000001", 34, "M", "North", 1},
                {"P2", LocalDate.of(2024, 5, 5), "Z", "E01000061", 85, "F", "South, annex", 0},
                {"P3", LocalDate.of(2024, 6, 1), null, "E01000002", 4, "F", "South", 1}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        sheet.value(r + 1, c, d);
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (v instanceof Integer i) {
                        sheet.value(r + 1, c, i);
                    } else if (v != null) {
                        sheet.value(r + 1, c, (String) v);
                    }
                }
            }
            workbook.finish();
        }
        String a = importer.importFile(csv, options("from_csv")).dataset().table();
        String b = importer.importFile(parquet, options("from_parquet")).dataset().table();
        String c = importer.importFile(xlsx, options("from_xlsx")).dataset().table();
        List<List<Object>> expected = rows("SELECT * FROM " + a + " ORDER BY person_id");
        assertThat(expected).hasSize(3);
        assertThat(rows("SELECT * FROM " + b + " ORDER BY person_id")).isEqualTo(expected);
        assertThat(rows("SELECT * FROM " + c + " ORDER BY person_id")).isEqualTo(expected);
        assertThat(rows("DESCRIBE " + c)).isEqualTo(rows("DESCRIBE " + a));
        String named = importer.importFile(xlsx, options("named_sheet").withSheet("extract").withReplace(true)).dataset().table();
        assertThat(rows("SELECT * FROM " + named + " ORDER BY person_id")).isEqualTo(expected);
        assertThatThrownBy(() -> importer.importFile(xlsx, options("no_sheet").withSheet("missing").withReplace(true)))
                .isInstanceOf(EngineException.class).hasMessageContaining("No sheet named 'missing'");
    }

    @Test
    void readsBomSemicolonsQuotesAndWindows1252() throws Exception {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFF" + "person_id;event_date;ethnic_category;site\nP1;2024-01-01;A;\"St Mary's; Paddington\"\n")
                .getBytes(StandardCharsets.UTF_8));
        DatasetInfo info = importer.importFile(bom, options("bom")).dataset();
        assertThat(info.mapping().roles()).containsKey("person_id");
        assertThat(rows("SELECT site FROM " + info.table())).containsExactly(List.of("St Mary's; Paddington"));

        Path cp1252 = dir.resolve("cp1252.csv");
        Files.write(cp1252, "person_id,event_date,site\nP1,2024-01-01,Caf\u00e9 \u2013 \u20ac\n".getBytes(Charset.forName("windows-1252")));
        DatasetInfo latin = importer.importFile(cp1252, options("cp1252")).dataset();
        assertThat(rows("SELECT site FROM " + latin.table())).containsExactly(List.of("Caf\u00e9 \u2013 \u20ac"));
    }

    @Test
    void reimportingTheSameFileIsDetectedByChecksum() throws Exception {
        Path file = write("once.csv", HEADER + "P1,2024-04-03,N,E01000001,34,M,North,1\n");
        importer.importFile(file, options("once"));
        assertThatThrownBy(() -> importer.importFile(file, options("twice")))
                .isInstanceOf(EngineException.class).hasMessageContaining("already imported as dataset 'once'");
        assertThat(new DatasetCatalogue(store.connection()).find("twice")).isEmpty();
        assertThat(importer.importFile(file, options("twice").withReplace(true)).dataset().rows()).isEqualTo(1);
    }

    @Test
    void aFailedReplacementLeavesThePreviousDatasetIntact() throws Exception {
        Path good = write("good.csv", HEADER + "P1,2024-04-03,N,E01000001,34,M,North,1\nP2,2024-04-04,A,E01000002,30,F,North,0\n");
        DatasetInfo before = importer.importFile(good, options("stable")).dataset();
        Path bad = write("bad.csv", HEADER + "P1,2024-04-03,N,E01000001,34,M,North,1\nP2,2024-04-04,Q,E01000002,30,F,North,0\n");
        assertThatThrownBy(() -> importer.importFile(bad, options("stable").withReplace(true)))
                .isInstanceOf(ValidationFailedException.class);
        DatasetInfo after = new DatasetCatalogue(store.connection()).require("stable");
        assertThat(after).isEqualTo(before);
        assertThat(rows("SELECT count(*) FROM " + after.table())).containsExactly(List.of("2"));
        assertOnlyOneDatasetStored();
    }

    @Test
    void aKilledImportLeavesThePreviousStateIntact() throws Exception {
        Path first = write("first.csv", HEADER + "P1,2024-04-03,N,E01000001,34,M,North,1\n");
        DatasetInfo before = importer.importFile(first, options("victim")).dataset();
        store.close();
        Path big = dir.resolve("big.csv");
        new org.equitylens.engine.generate.Generator(
                org.equitylens.engine.generate.GeneratorOptions.of(org.equitylens.engine.generate.Scenario.MHA, 400_000, 5))
                .write(big, Progress.NONE);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(), dir.resolve("data").toString(), big.toString())
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            // Kill it once it is inside the import transaction.
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("phase ")) {
                    break;
                }
            }
            Thread.sleep(300);
            child.destroyForcibly();
            child.waitFor();
        }
        assertThat(child.exitValue()).isNotZero();
        store = EngineStore.open(dir.resolve("data"));
        DatasetInfo after = new DatasetCatalogue(store.connection()).require("victim");
        assertThat(after).isEqualTo(before);
        assertThat(rows("SELECT count(*) FROM " + after.table())).containsExactly(List.of("1"));
        assertOnlyOneDatasetStored();
    }

    /** One dataset is a view over one table of stored columns; nothing else is left in the data or staging schemas. */
    private void assertOnlyOneDatasetStored() throws Exception {
        assertThat(rows("SELECT table_schema, table_type, count(*)::VARCHAR FROM information_schema.tables "
                + "WHERE table_schema IN ('data', 'staging') GROUP BY ALL ORDER BY ALL"))
                .containsExactly(List.of("data", "BASE TABLE", "1"), List.of("data", "VIEW", "1"));
    }

    @Test
    void unknownRolesAndMissingColumnsAreClearRefusals() throws Exception {
        Path file = write("roles.csv", HEADER + "P1,2024-04-03,N,E01000001,34,M,North,1\n");
        assertThatThrownBy(() -> importer.importFile(file, options("roles").withRoles(Map.of("nope", ColumnRole.SITE))))
                .isInstanceOf(EngineException.class).hasMessageContaining("mapped column 'nope' is not in the file");
        assertThatThrownBy(() -> importer.importFile(file, options("roles").withRoles(Map.of("site", ColumnRole.SITE, "sex", ColumnRole.SITE))))
                .isInstanceOf(EngineException.class).hasMessageContaining("more than one column has role site");
    }
}
