package org.equitylens.engine.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equitylens.codes.AgeBands;
import org.equitylens.codes.Deprivation;
import org.equitylens.codes.EthnicCategory;
import org.equitylens.engine.Progress;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.store.EngineStore;
import org.equitylens.engine.store.RefData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enriched columns checked row by row against the bundled reference tables and the code vocabulary. */
class EnrichmentTest {

    @TempDir
    Path dir;

    @Test
    void lsoa11AndLsoa21CodesGetTheirOwnImdEditionAndEveryEthnicCodeItsGroups() throws Exception {
        List<String[]> imd2019 = RefData.readSimpleCsv("imd2019_lsoa11.csv");
        List<String[]> imd2025 = RefData.readSimpleCsv("imd2025_lsoa21.csv");
        EthnicCategory[] codes = EthnicCategory.values();
        StringBuilder v11 = new StringBuilder("person_id,event_date,ethnic_category,lsoa11,dob\n");
        StringBuilder v21 = new StringBuilder("person_id,event_date,ethnic_category,lsoa21,age\n");
        Map<String, String> expected11 = new HashMap<>();
        Map<String, String> expected21 = new HashMap<>();
        // Every 997th LSOA of each edition: spread over England and over every decile.
        for (int i = 1, n = 0; i < imd2019.size(); i += 997, n++) {
            String[] r = imd2019.get(i);
            v11.append("A").append(n).append(",2024-03-31,").append(codes[n % codes.length].code()).append(',').append(r[0])
                    .append(",1980-04-01\n");
            expected11.put("A" + n, r[2]);
        }
        for (int i = 1, n = 0; i < imd2025.size(); i += 997, n++) {
            String[] r = imd2025.get(i);
            v21.append("B").append(n).append(",2024-03-31,").append(codes[n % codes.length].code().toLowerCase()).append(',')
                    .append(r[0]).append(',').append(n * 3 % 101).append('\n');
            expected21.put("B" + n, r[3]);
        }
        Path f11 = dir.resolve("v11.csv");
        Path f21 = dir.resolve("v21.csv");
        Files.writeString(f11, v11);
        Files.writeString(f21, v21);
        try (EngineStore store = EngineStore.open(dir.resolve("data"))) {
            Importer importer = new Importer(store, Progress.NONE);
            String t11 = importer.importFile(f11, ImportOptions.named("v11").withToday(LocalDate.of(2025, 1, 1))).dataset().table();
            String t21 = importer.importFile(f21, ImportOptions.named("v21").withToday(LocalDate.of(2025, 1, 1))).dataset().table();
            check(store, t11, expected11, "IMD2019");
            check(store, t21, expected21, "IMD2025");
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT age, age_band_5y, esp2013_band FROM " + t11 + " LIMIT 1")) {
                rs.next();
                // Born 1 April 1980, event 31 March 2024: 43 completed years.
                assertThat(rs.getInt(1)).isEqualTo(43);
                assertThat(rs.getString(2)).isEqualTo("40-44");
            }
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT age, age_band_5y, esp2013_band FROM " + t21)) {
                while (rs.next()) {
                    assertThat(rs.getString(2)).isEqualTo(AgeBands.fiveYear(rs.getInt(1)));
                    assertThat(rs.getString(3)).isEqualTo(AgeBands.esp2013(rs.getInt(1)));
                }
            }
        }
    }

    private static void check(EngineStore store, String table, Map<String, String> expectedDecile, String version) throws Exception {
        int rows = 0;
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT person_id, ethnic_category, ethnic_group, ethnic_group_census, wres_group, "
                     + "imd_version, imd_decile, imd_quintile, core20 FROM " + table)) {
            while (rs.next()) {
                rows++;
                int decile = Integer.parseInt(expectedDecile.get(rs.getString(1)));
                assertThat(rs.getString("imd_version")).isEqualTo(version);
                assertThat(rs.getInt("imd_decile")).isEqualTo(decile);
                assertThat(rs.getInt("imd_quintile")).isEqualTo(Deprivation.quintile(decile));
                assertThat(rs.getBoolean("core20")).isEqualTo(Deprivation.isCore20(decile));
                EthnicCategory c = EthnicCategory.fromCode(rs.getString("ethnic_category")).orElseThrow();
                assertThat(rs.getString("ethnic_group")).isEqualTo(c.nhsGroup().map(Enum::name).orElse(null));
                assertThat(rs.getString("ethnic_group_census")).isEqualTo(c.censusGroup().map(Enum::name).orElse(null));
                assertThat(rs.getString("wres_group")).isEqualTo(c.wresGroup().map(Enum::name).orElse(null));
            }
        }
        assertThat(rows).isEqualTo(expectedDecile.size()).isGreaterThan(30);
    }
}
