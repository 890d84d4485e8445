package org.equitylens.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.Progress;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.importer.ValidationFailedException;
import org.equitylens.engine.store.DatasetCatalogue;
import org.equitylens.engine.store.EngineStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation rule with a file that breaks it, and the privacy refusals. */
class ValidationRulesTest {

    static final String HEADER = "person_id,event_date,ethnic_category,lsoa,imd_decile,age,age_band,sex,site,admitted";
    static final String GOOD = "P1,2024-01-15,A,E01000001,3,40,40-44,F,North,1";

    @TempDir
    static Path dir;
    static EngineStore store;

    @BeforeAll
    static void open() {
        store = EngineStore.open(dir.resolve("data"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static ImportOptions options() {
        return ImportOptions.named("rules").withToday(LocalDate.of(2025, 1, 1));
    }

    /** The good row, with one field replaced. */
    static String row(int field, String value) {
        String[] parts = GOOD.split(",");
        parts[field] = value;
        return String.join(",", parts);
    }

    static Arguments rule(Rule rule, String column, int field, String value, String shownValue) {
        return Arguments.of(rule, column, HEADER + "\n" + GOOD + "\n" + row(field, value) + "\n", shownValue);
    }

    static List<Arguments> failingFiles() {
        return List.of(
                rule(Rule.ETHNIC_CATEGORY_CODE, "ethnic_category", 2, "X", "X"),
                rule(Rule.ETHNIC_CATEGORY_CODE, "ethnic_category", 2, "White British", "White British"),
                rule(Rule.LSOA_FORMAT, "lsoa", 3, "E1000001", "E1000001"),
                rule(Rule.LSOA_UNKNOWN, "lsoa", 3, "E01999999", "E01999999"),
                rule(Rule.IMD_DECILE_RANGE, "imd_decile", 4, "11", "11"),
                rule(Rule.IMD_DECILE_RANGE, "imd_decile", 4, "2.5", "2.5"),
                rule(Rule.DATE_FORMAT, "event_date", 1, "31/02/2024", "31/02/2024"),
                rule(Rule.DATE_FORMAT, "event_date", 1, "2024-13-01", "2024-13-01"),
                rule(Rule.DATE_FUTURE, "event_date", 1, "2030-01-01", "2030-01-01"),
                rule(Rule.DATE_TOO_EARLY, "event_date", 1, "1850-01-01", "1850-01-01"),
                rule(Rule.REQUIRED_MISSING, "event_date", 1, "", null),
                rule(Rule.REQUIRED_MISSING, "person_id", 0, "", null),
                rule(Rule.AGE_INVALID, "age", 5, "130", "130"),
                rule(Rule.AGE_INVALID, "age", 5, "-1", "-1"),
                rule(Rule.AGE_BAND_FORMAT, "age_band", 6, "forty", "forty"),
                rule(Rule.OUTCOME_NOT_NUMERIC, "admitted", 9, "maybe", "maybe"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("failingFiles")
    void eachRuleRefusesTheFileAndNamesFileRowColumnValueAndRule(Rule rule, String column, String content, String shown)
            throws Exception {
        Path file = dir.resolve("rule.csv");
        Files.writeString(file, content);
        ImportOptions options = options().withRoles(Map.of("admitted", ColumnRole.OUTCOME));
        assertThatThrownBy(() -> new Importer(store, Progress.NONE).importFile(file, options))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                    assertThat(e.report().issues()).hasSize(1);
                    var issue = e.report().issues().get(0);
                    assertThat(issue.file()).isEqualTo("rule.csv");
                    assertThat(issue.rule()).isEqualTo(rule);
                    assertThat(issue.column()).isEqualTo(column);
                    assertThat(issue.rows()).containsExactly(3L);
                    assertThat(issue.value()).isEqualTo(shown);
                    assertThat(e.getMessage()).contains("rule.csv row 3", "column " + column, rule.name());
                });
        assertThat(new DatasetCatalogue(store.connection()).find("rules")).isEmpty();
    }

    @Test
    void duplicateKeysDeclaredUniqueAreReportedWithoutTheirValues() throws Exception {
        Path file = dir.resolve("dupes.csv");
        Files.writeString(file, HEADER + "\n" + GOOD + "\n" + row(1, "2024-02-01") + "\n" + GOOD + "\n");
        assertThatThrownBy(() -> new Importer(store, Progress.NONE).importFile(file,
                options().withUniqueKey(List.of("person_id", "event_date"))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                    var issue = e.report().issues().get(0);
                    assertThat(issue.rule()).isEqualTo(Rule.DUPLICATE_KEY);
                    assertThat(issue.rows()).containsExactly(2L, 4L);
                    assertThat(issue.value()).isNull();
                    assertThat(e.getMessage()).doesNotContain("P1");
                });
    }

    @Test
    void repeatedErrorsAreGroupedWithCountsAndListingStopsAtTheErrorLimit() throws Exception {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 50; i++) {
            s.append(row(2, "Q")).append('\n').append(row(5, "200")).append('\n').append(row(3, "BAD")).append('\n');
        }
        Path file = dir.resolve("many.csv");
        Files.writeString(file, s.toString());
        assertThatThrownBy(() -> new Importer(store, Progress.NONE).importFile(file, options().withMaxErrors(2)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                    ValidationReport report = e.report();
                    assertThat(report.issues()).hasSize(2);
                    assertThat(report.truncated()).isTrue();
                    assertThat(report.failingRows()).isEqualTo(150);
                    assertThat(report.issues().get(0).count()).isEqualTo(50);
                    assertThat(report.issues().get(0).rows()).containsExactly(2L, 5L, 8L, 11L, 14L);
                    assertThat(e.getMessage()).contains("stopped listing at the error limit");
                });
    }

    @Test
    void blankZAnd99AreAllAcceptedAsDifferentThings() throws Exception {
        Path file = dir.resolve("codes.csv");
        Files.writeString(file, HEADER + "\n" + GOOD + "\n" + row(2, "") + "\n" + row(2, "Z") + "\n" + row(2, "99") + "\n" + row(2, "s") + "\n");
        var result = new Importer(store, Progress.NONE).importFile(file, options().withReplace(true));
        var e = result.quality().ethnicity().orElseThrow();
        assertThat(List.of(e.coded(), e.notStated(), e.notKnown(), e.blank(), e.invalid())).containsExactly(2L, 1L, 1L, 1L, 0L);
        new DatasetCatalogue(store.connection()).drop("rules");
    }

    @Test
    void aColumnOfNhsNumbersIsRefusedWithPseudonymiseFirst() throws Exception {
        // 9434765919 and 4010232137 pass the Modulus 11 check.
        Path file = dir.resolve("nhs.csv");
        Files.writeString(file, "nhs_no,event_date,ethnic_category\n943 476 5919,2024-01-01,A\n4010232137,2024-01-02,B\n");
        assertThatThrownBy(() -> new Importer(store, Progress.NONE).importFile(file, options()))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("column nhs_no holds NHS numbers")
                .hasMessageContaining("Pseudonymise first")
                .hasMessageNotContaining("9434765919").hasMessageNotContaining("4010232137");
        assertThat(new DatasetCatalogue(store.connection()).find("rules")).isEmpty();
    }

    @Test
    void postcodeAndNameColumnsAreRefusedUnlessDeclaredAsDimensions() throws Exception {
        Path postcodes = dir.resolve("postcodes.csv");
        Files.writeString(postcodes, "person_id,event_date,home\nP1,2024-01-01,SW1A 1AA\nP2,2024-01-01,M1 1AE\n");
        assertThatThrownBy(() -> new Importer(store, Progress.NONE).importFile(postcodes, options()))
                .isInstanceOf(EngineException.class).hasMessageContaining("column home looks like postcodes")
                .hasMessageNotContaining("SW1A");
        Path names = dir.resolve("names.csv");
        Files.writeString(names, "person_id,event_date,surname\nP1,2024-01-01,Smith\n");
        assertThatThrownBy(() -> new Importer(store, Progress.NONE).importFile(names, options()))
                .isInstanceOf(EngineException.class).hasMessageContaining("column surname looks like people's names")
                .hasMessageNotContaining("Smith");
        Path district = dir.resolve("district.csv");
        Files.writeString(district, "person_id,event_date,postcode_district\nP1,2024-01-01,SW1A\n");
        var result = new Importer(store, Progress.NONE).importFile(district,
                options().withRoles(Map.of("postcode_district", ColumnRole.DIMENSION)));
        assertThat(result.dataset().columns()).contains("postcode_district");
        new DatasetCatalogue(store.connection()).drop("rules");
    }
}
