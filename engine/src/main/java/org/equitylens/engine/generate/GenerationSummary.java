package org.equitylens.engine.generate;

import java.util.Map;

/**
 * What was generated, with the count of each injected fault (for the quality-faults scenario) so
 * tests and demos can check the quality report against known truth.
 *
 * @param rows data rows written
 * @param faults fault name → rows affected: {@code ethnicity_blank}, {@code ethnicity_z},
 *     {@code ethnicity_99}, {@code ethnicity_invalid}, {@code date_invalid}, {@code date_future}
 */
public record GenerationSummary(long rows, Map<String, Long> faults) {

    public GenerationSummary {
        faults = Map.copyOf(faults);
    }
}
