package org.equitylens.engine.generate;

import java.time.LocalDate;

/**
 * @param scenario what kind of extract
 * @param rows how many data rows
 * @param seed the same seed and options give the same file, byte for byte
 * @param area an ICB (ONS code E54…, or ODS code such as QMF) or local authority (E06…–E09…, 2024 codes)
 * @param from the first day of the extract period
 * @param months the length of the period
 */
public record GeneratorOptions(Scenario scenario, long rows, long seed, String area, LocalDate from, int months) {

    public GeneratorOptions {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative");
        }
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1");
        }
    }

    /** North East London ICB, April 2022 for three years. */
    public static GeneratorOptions of(Scenario scenario, long rows, long seed) {
        return new GeneratorOptions(scenario, rows, seed, "QMF", LocalDate.of(2022, 4, 1), 36);
    }

    public GeneratorOptions withArea(String value) {
        return new GeneratorOptions(scenario, rows, seed, value, from, months);
    }
}
