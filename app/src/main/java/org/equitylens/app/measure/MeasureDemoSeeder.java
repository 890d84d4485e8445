package org.equitylens.app.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.equitylens.app.dataset.AnalyticsStore;
import org.equitylens.app.dataset.Dataset;
import org.equitylens.app.dataset.DatasetService;
import org.equitylens.app.demo.DemoContext;
import org.equitylens.app.demo.DemoSeeder;
import org.equitylens.app.user.Role;
import org.equitylens.engine.Progress;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.generate.Generator;
import org.equitylens.engine.generate.GeneratorOptions;
import org.equitylens.engine.generate.Scenario;
import org.equitylens.spc.ImprovementDirection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo: a generated Mental Health Act detentions extract for North East London (engine generator,
 * published rates by ethnic group and deprivation) imported as a dataset, with measures on it, so a
 * newcomer sees the disparity and its gap chart on first sign-in.
 */
@Component
public class MeasureDemoSeeder implements DemoSeeder {

    private final DatasetService datasets;
    private final MeasureRepository measures;
    private final AnalyticsStore store;
    private final long rows;

    public MeasureDemoSeeder(DatasetService datasets, MeasureRepository measures, AnalyticsStore store,
            @Value("${equitylens.demo.mha-rows:200000}") long rows) {
        this.datasets = datasets;
        this.measures = measures;
        this.store = store;
        this.rows = rows;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void seed(DemoContext context) {
        long analyst = context.userId(Role.ANALYST);
        Path file = store.uploadDir().resolve("demo-mha-detentions.csv");
        try {
            Files.createDirectories(file.getParent());
            new Generator(GeneratorOptions.of(Scenario.MHA, rows, 2024)).write(file, Progress.NONE);
            Dataset dataset = datasets.importNow(context.organisationId(), analyst, "MHA detentions (synthetic)", file);
            measures.insert(new Measure(0, context.organisationId(), dataset.id(), "Detentions under the Mental Health Act",
                    "Detentions per 100,000 residents (Census 2021 population of North East London ICB), by quarter.",
                    Measure.MeasureType.OUTCOME, "rows", "population:ICB:QMF", Grain.QUARTER, "per 100,000", 100_000,
                    ImprovementDirection.DECREASE, null, Measure.ChartType.U, List.of("ethnic_group_census", "ethnic_category"),
                    Map.of("ethnic_group_census", "WHITE", "ethnic_category", "A"),
                    // The disparity the demo is about: Black residents against White, not the group furthest from parity.
                    Map.of("ethnic_group_census", "BLACK"), List.of()), analyst);
            measures.insert(new Measure(0, context.organisationId(), dataset.id(), "Detentions of people from the most deprived areas",
                    "Share of detentions of people living in the most deprived 20% of areas (Core20), by month.",
                    Measure.MeasureType.PROCESS, "core20=true", "rows", Grain.MONTH, "%", 100,
                    ImprovementDirection.NEUTRAL, null, Measure.ChartType.P, List.of("site", "sex"), Map.of(), Map.of(), List.of()), analyst);
            measures.insert(new Measure(0, context.organisationId(), dataset.id(), "Detentions under section 2",
                    "Detentions under section 2 as a share of all detentions, by IMD quintile.",
                    Measure.MeasureType.PROCESS, "section=2", "rows", Grain.QUARTER, "%", 100,
                    ImprovementDirection.NEUTRAL, null, Measure.ChartType.P, List.of("imd_quintile", "age_band_5y"),
                    Map.of("imd_quintile", "5"), Map.of(), List.of()), analyst);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo extract", e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The extract is regenerated on a fresh demo; a leftover file is harmless.
            }
        }
    }
}
