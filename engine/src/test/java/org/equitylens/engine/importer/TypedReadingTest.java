package org.equitylens.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.equitylens.engine.Progress;
import org.equitylens.engine.quality.QualityReport;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.DatasetInfo;
import org.equitylens.engine.store.EngineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV's date and number columns are read typed by DuckDB's reader where it can, and as text
 * otherwise; both readings must store exactly the same dataset, and a value the typed reading cannot
 * take must send the import back to text rather than fail it.
 */
class TypedReadingTest extends ImportTestSupport {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final String HEADER = "person_id,event_date,dob,ethnic_category,lsoa21,imd_decile,age,sex,site,detained,length_of_stay\n";

    @Test
    void typedAndTextReadingsStoreTheSameDataset() throws Exception {
        // Spaces around values, blanks, a quoted blank, upper and lower case codes, whole numbers written as decimals.
        Path file = write("mixed.csv", HEADER
                + "P1,2024-04-03,1990-02-01,N,E01000001,,34, m ,North,1,2.5\n"
                + "P2, 2024-05-05 ,,z,e01000061,3,85.0,F, South ,0,\n"
                + "P3,2024-06-01,2020-06-02,,E01000002,,4,F,\"\",1,14\n"
                + "P4,2024-06-02,,A ,,7,,,South,, 3 \n");
        ImportOptions options = ImportOptions.named("typed").withToday(TODAY).withRoles(Map.of("length_of_stay", ColumnRole.OUTCOME));
        RawTable typed = read(file, options);
        assertThat(typed.type("event_date")).isEqualTo(ValueType.DATE);
        assertThat(typed.type("detained")).isEqualTo(ValueType.NUMBER);
        assertThat(typed.type("dob")).isEqualTo(ValueType.DATE);
        assertThat(typed.type("ethnic_category")).isEqualTo(ValueType.TEXT);

        // Declaring the (ASCII) file Windows-1252 transcodes it and reads every column as text.
        ImportResult viaText = importer.importFile(file, options.withEncoding("windows-1252"));
        List<List<Object>> textRows = rows("SELECT * FROM " + viaText.dataset().table() + " ORDER BY person_id");
        assertThat(textRows).hasSize(4);
        assertThat(textRows.get(1)).containsSubsequence("P2", "2024-05-05", "Z");

        ImportResult viaTypes = importer.importFile(file, ImportOptions.named("typed_again").withToday(TODAY)
                .withRoles(options.roles()).withReplace(true));
        assertThat(rows("SELECT * FROM " + viaTypes.dataset().table() + " ORDER BY person_id")).isEqualTo(textRows);
        assertThat(rows("DESCRIBE " + viaTypes.dataset().table())).isEqualTo(rows("DESCRIBE " + viaText.dataset().table()));
        assertThat(viaTypes.dataset().columns()).isEqualTo(viaText.dataset().columns());
        QualityReport a = viaTypes.quality();
        QualityReport b = viaText.quality();
        assertThat(new QualityReport(b.dataset(), a.rows(), a.dateFrom(), a.dateTo(), a.columns(), a.ethnicity(), a.byMonth(), a.bySite()))
                .isEqualTo(b);
    }

    @Test
    void aValueTheTypedReadingCannotTakeSendsTheImportBackToText() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        // More rows than DuckDB's sniffer samples, all ISO dates and numbers, then a UK date and a yes/no flag.
        for (int i = 0; i < 30_000; i++) {
            csv.append("P").append(i).append(",2024-04-03,,A,E01000001,,34,M,North,1,2\n");
        }
        csv.append("Q1,05/04/2024,,M,E01000001,,40,F,North,yes,3\n");
        Path file = write("late.csv", csv.toString());
        ImportOptions options = ImportOptions.named("late").withToday(TODAY);
        RawTable typed = read(file, options);
        assertThat(typed.type("event_date")).isEqualTo(ValueType.DATE);
        assertThat(typed.type("detained")).isEqualTo(ValueType.NUMBER);

        DatasetInfo info = importer.importFile(file, options).dataset();
        assertThat(info.rows()).isEqualTo(30_001);
        assertThat(rows("SELECT event_date, detained, ethnic_group FROM " + info.table() + " WHERE person_id = 'Q1'"))
                .containsExactly(List.of("2024-04-05", "1.0", "BLACK"));
    }

    @Test
    void aDatasetIsAViewOverItsStoredColumnsAndDropsWhole() throws Exception {
        Path file = write("view.csv", HEADER + "P1,2024-04-03,,N,E01000001,,34,M,North,1,2\n");
        DatasetInfo info = importer.importFile(file, ImportOptions.named("viewed").withToday(TODAY)).dataset();
        List<String> stored = rows("DESCRIBE " + DatasetCatalogue.storedTable(info.table())).stream()
                .map(r -> (String) r.get(0)).toList();
        // Columns that are functions of another stored column in the same row are derived when read.
        assertThat(info.columns()).contains("ethnic_group", "wres_group", "imd_version", "imd_quintile", "core20", "age_band_5y");
        assertThat(stored).contains("ethnic_category", "lsoa_code", "imd_decile", "age")
                .doesNotContain("ethnic_group", "wres_group", "imd_version", "imd_quintile", "core20", "age_band_5y")
                .noneMatch(c -> c.startsWith("__"));

        new DatasetCatalogue(store.connection()).drop("viewed");
        assertThat(rows("SELECT count(*)::VARCHAR FROM information_schema.tables WHERE table_schema = 'data'"))
                .containsExactly(List.of("0"));
    }

    @Test
    void aDatasetStoredAsAPlainTableIsStillDroppedAndReplaced() throws Exception {
        Path file = write("old.csv", HEADER + "P1,2024-04-03,,N,E01000001,,34,M,North,1,2\n");
        DatasetInfo info = importer.importFile(file, ImportOptions.named("legacy").withToday(TODAY)).dataset();
        try (Statement st = store.connection().createStatement()) {
            // As datasets were stored before they were views: one table with every column.
            st.execute("CREATE TABLE data.legacy_copy AS SELECT * FROM " + info.table());
            st.execute("DROP VIEW " + info.table());
            st.execute("DROP TABLE " + DatasetCatalogue.storedTable(info.table()));
            st.execute("ALTER TABLE data.legacy_copy RENAME TO " + info.table().substring("data.".length()));
        }
        DatasetInfo replaced = importer.importFile(file, ImportOptions.named("legacy").withToday(TODAY).withReplace(true)).dataset();
        assertThat(rows("SELECT table_type, count(*)::VARCHAR FROM information_schema.tables WHERE table_schema = 'data' "
                + "GROUP BY ALL ORDER BY ALL")).containsExactly(List.of("BASE TABLE", "1"), List.of("VIEW", "1"));
        new DatasetCatalogue(store.connection()).drop(replaced.name());
        assertThat(rows("SELECT count(*)::VARCHAR FROM information_schema.tables WHERE table_schema = 'data'"))
                .containsExactly(List.of("0"));
    }

    @Test
    void progressExpectsTheRowsOfTheFileExactlyWhenSmallAndClosely() throws Exception {
        assertThat(estimateRows(write("three.csv", HEADER + "a\nb\nc"))).isEqualTo(3);
        assertThat(estimateRows(write("two.csv", HEADER + "a\nb\n"))).isEqualTo(2);
        assertThat(estimateRows(write("none.csv", HEADER))).isZero();
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i < 100_000; i++) {
            // Lines of varying length, as real extracts have.
            big.append("P").append(i).append(",2024-04-03,,A,E01000001,,").append(i % 90).append(",M,North,1,").append(i % 7 * 13).append('\n');
        }
        assertThat(estimateRows(write("big.csv", big.toString()))).isCloseTo(100_000, org.assertj.core.data.Percentage.withPercentage(5));
    }

    private static long estimateRows(Path file) throws Exception {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return CsvSniffer.Sample.read(in).estimatedRows(java.nio.file.Files.size(file));
        }
    }

    private RawTable read(Path file, ImportOptions options) throws Exception {
        RawLoader.Extract extract = new RawLoader(store.connection(), store.tmpDir()).load(file, SourceFormat.CSV, options, "unused");
        ColumnMapping mapping = ColumnMapping.resolve(extract.text().headers(), options.roles(), header -> true);
        return extract.forRoles(mapping);
    }
}
