package org.equitylens.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DimensionVocabularyTest {

    @Test
    void quintilesAndCore20FollowDeciles() {
        assertThat(Deprivation.quintile(1)).isEqualTo(1);
        assertThat(Deprivation.quintile(2)).isEqualTo(1);
        assertThat(Deprivation.quintile(9)).isEqualTo(5);
        assertThat(Deprivation.isCore20(2)).isTrue();
        assertThat(Deprivation.isCore20(3)).isFalse();
        assertThatThrownBy(() -> Deprivation.quintile(11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Deprivation.ImdVersion.forLsoaVintage(2011)).isEqualTo(Deprivation.ImdVersion.IMD2019);
        assertThat(Deprivation.ImdVersion.forLsoaVintage(2021)).isEqualTo(Deprivation.ImdVersion.IMD2025);
    }

    @Test
    void ageBandsMatchCensusAndEsp2013() {
        assertThat(AgeBands.FIVE_YEAR).hasSize(18).startsWith("0-4").endsWith("85+");
        assertThat(AgeBands.ESP2013).hasSize(19).endsWith("85-89", "90+");
        assertThat(AgeBands.fiveYear(84)).isEqualTo("80-84");
        assertThat(AgeBands.fiveYear(85)).isEqualTo("85+");
        assertThat(AgeBands.esp2013(89)).isEqualTo("85-89");
        assertThat(AgeBands.esp2013(90)).isEqualTo("90+");
        assertThatThrownBy(() -> AgeBands.fiveYear(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void standardDimensionsHaveOrderedCategories() {
        assertThat(Dimension.standard("imd_decile")).contains(Dimension.IMD_DECILE);
        assertThat(Dimension.ETHNIC_CATEGORY.categories()).hasSize(18);
        assertThat(Dimension.ETHNIC_CATEGORY.category("99").orElseThrow().label()).isEqualTo("Not known");
        assertThat(Dimension.ETHNIC_GROUP_CENSUS.category("BLACK").orElseThrow().label()).isEqualTo("Black or Black British");
        assertThat(Dimension.ESP2013_BAND.category("90+").orElseThrow().order()).isEqualTo(19);
        assertThat(Dimension.SITE.isClosed()).isFalse();
        assertThat(Dimension.standard("postcode")).isEmpty();
    }
}
