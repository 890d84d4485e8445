package org.equitylens.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.equitylens.codes.EthnicCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of the reference tables that the import's validity flags rely on: a code found in
 * ref.imd_lsoa or ref.ethnic_category passes the format and code rules without re-checking them.
 */
class RefDataTest {

    @TempDir
    Path dir;

    @Test
    void everyReferenceLsoaCodeHasTheLsoaFormatAndEveryEthnicCodeIsInTheVocabulary() throws Exception {
        try (EngineStore store = EngineStore.open(dir);
             Statement st = store.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE NOT regexp_full_match(lsoa_code, "
                    + "'[EW]01[0-9]{6}') OR lsoa_code IS NULL) FROM ref.imd_lsoa")) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThan(60_000);
                assertThat(rs.getLong(2)).isZero();
            }
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT code FROM ref.ethnic_category")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            assertThat(codes).containsExactlyInAnyOrderElementsOf(Arrays.stream(EthnicCategory.values()).map(EthnicCategory::code).toList());
        }
    }
}
