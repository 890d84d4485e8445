package org.equitylens.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.equitylens.engine.Progress;
import org.equitylens.engine.generate.GenerationSummary;
import org.equitylens.engine.generate.Generator;
import org.equitylens.engine.generate.GeneratorOptions;
import org.equitylens.engine.generate.Scenario;
import org.equitylens.engine.importer.ImportOptions;
import org.equitylens.engine.importer.Importer;
import org.equitylens.engine.store.EngineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality report on a generated extract whose faults are known exactly. */
class QualityReportTest {

    @TempDir
    Path dir;

    @Test
    void figuresMatchTheInjectedFaultsOverallByMonthAndBySite() throws Exception {
        Path file = dir.resolve("faults.csv");
        GenerationSummary truth = new Generator(GeneratorOptions.of(Scenario.QUALITY_FAULTS, 60_000, 11)).write(file, Progress.NONE);
        QualityReport report;
        try (EngineStore store = EngineStore.open(dir.resolve("data"))) {
            report = new Importer(store, Progress.NONE).checkFile(file, ImportOptions.named("x").withToday(LocalDate.of(2026, 1, 1)));
        }
        assertThat(report.rows()).isEqualTo(60_000);
        EthnicityCoverage all = report.ethnicity().orElseThrow();
        assertThat(all.blank()).isEqualTo(truth.faults().get("ethnicity_blank"));
        assertThat(all.notStated()).isEqualTo(truth.faults().get("ethnicity_z"));
        assertThat(all.notKnown()).isEqualTo(truth.faults().get("ethnicity_99"));
        assertThat(all.invalid()).isEqualTo(truth.faults().get("ethnicity_invalid"));
        assertThat(all.coded() + all.notStated() + all.notKnown() + all.blank() + all.invalid()).isEqualTo(60_000);
        ColumnQuality date = report.columns().stream().filter(c -> c.column().equals("event_date")).findFirst().orElseThrow();
        assertThat(date.present() - date.valid()).isEqualTo(truth.faults().get("date_invalid") + truth.faults().get("date_future"));
        assertThat(report.dateFrom()).contains(LocalDate.of(2022, 4, 1));
        assertThat(report.dateTo()).contains(LocalDate.of(2025, 3, 31));
        // 36 months, plus "unknown" for the unparseable dates; recording improves over the period.
        assertThat(report.byMonth()).hasSize(37);
        assertThat(report.byMonth().get(36).key()).isEqualTo("unknown");
        assertThat(report.byMonth().get(0).pctBlank()).isGreaterThan(report.byMonth().get(35).pctBlank() + 8);
        assertThat(report.byMonth().stream().mapToLong(EthnicityCoverage::rows).sum()).isEqualTo(60_000);
        assertThat(report.bySite()).extracting(EthnicityCoverage::key).containsExactly("East", "North", "South", "West");
        EthnicityCoverage west = report.bySite().get(3);
        assertThat(west.pctBlank()).isGreaterThan(report.bySite().get(0).pctBlank() * 1.5);

        assertThat(report.toCsv().lines().filter(l -> l.startsWith("ethnicity_by_month,")).count()).isEqualTo(37);
        assertThat(report.toJson()).startsWith("{\"dataset\":\"faults.csv\",\"rows\":60000,")
                .contains("\"blank\":" + all.blank()).contains("\"ethnicity_by_site\":[{\"key\":\"East\"");
    }

    @Test
    void theReportIsStoredWithTheDatasetAndReadBackUnchanged() throws Exception {
        Path file = dir.resolve("clean.csv");
        new Generator(GeneratorOptions.of(Scenario.SCREENING, 5_000, 2)).write(file, Progress.NONE);
        try (EngineStore store = EngineStore.open(dir.resolve("data"))) {
            QualityReport atImport = new Importer(store, Progress.NONE)
                    .importFile(file, ImportOptions.named("clean").withToday(LocalDate.of(2026, 1, 1))).quality();
            assertThat(QualityStore.load(store.connection(), "clean")).contains(atImport);
            assertThat(atImport.ethnicity().orElseThrow().pctCoded()).isEqualTo(100.0);
        }
    }
}
