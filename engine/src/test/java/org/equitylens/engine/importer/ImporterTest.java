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

class ImporterTest {

    static final String HEADER = "person_id,event_date,ethnic_category,lsoa21,age,sex,site,detained\n";
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;
    EngineStore store;
    Importer importer;

    @BeforeEach
    void open() {
        store = EngineStore.open(dir.resolve("data"));
        importer = new Importer(store, Progress.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    ImportOptions options(String name) {
        return ImportOptions.named(name).withToday(TODAY);
    }

    List<List<Object>> rows(String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? null : v.toString());
                }
                out.add(row);
            }
        }
        return out;
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
}
