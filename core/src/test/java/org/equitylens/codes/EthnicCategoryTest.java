package org.equitylens.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equitylens.codes.EthnicCategory.EthnicGroup;
import org.equitylens.codes.EthnicCategory.WresGroup;
import org.junit.jupiter.api.Test;

class EthnicCategoryTest {

    @Test
    void parsesCodesLeniently() {
        assertThat(EthnicCategory.fromCode(" m ")).contains(EthnicCategory.M);
        assertThat(EthnicCategory.fromCode("99")).contains(EthnicCategory.NOT_KNOWN);
        assertThat(EthnicCategory.fromCode("")).isEmpty();
        assertThat(EthnicCategory.fromCode("I")).as("I is not an NHS code").isEmpty();
        assertThat(EthnicCategory.fromCode(null)).isEmpty();
    }

    @Test
    void chineseIsOtherForNhsButAsianForCensus() {
        assertThat(EthnicCategory.R.nhsGroup()).contains(EthnicGroup.OTHER);
        assertThat(EthnicCategory.R.censusGroup()).contains(EthnicGroup.ASIAN);
    }

    @Test
    void notStatedAndNotKnownHaveNoGroup() {
        assertThat(EthnicCategory.Z.isStated()).isFalse();
        assertThat(EthnicCategory.NOT_KNOWN.wresGroup()).isEmpty();
        assertThat(EthnicCategory.C.wresGroup()).contains(WresGroup.WHITE);
        assertThat(EthnicCategory.D.wresGroup()).contains(WresGroup.BME);
    }

    @Test
    void agreesWithTheDataDictionaryReferenceFile() throws IOException {
        Path file = Path.of(System.getProperty("shared.dir", "../../shared"),
                "refdata/nhs_codes/nhs_ethnic_category.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "reference data beside the checkout");
        List<String> rows = Files.readAllLines(file).subList(1, 19);
        assertThat(rows).hasSize(EthnicCategory.values().length);
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",", 3);
            EthnicCategory category = EthnicCategory.values()[i];
            assertThat(category.code()).isEqualTo(cells[0]);
            assertThat(category.label()).isEqualTo(cells[1]);
        }
    }
}
