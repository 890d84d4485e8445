package org.equitylens.engine.generate;

import java.util.Locale;

/** The kinds of synthetic extract the generator makes. */
public enum Scenario {
    /**
     * One row per detention under the Mental Health Act: rates by ethnic category from the published
     * 2022/23 statistics (Black about 3.5 × White) and a deprivation gradient (most vs least deprived
     * decile 147.9 vs 42.8 per 100,000), applied to the area's Census 2021 population.
     */
    MHA,
    /** One row per person invited for screening (ages 50–74) with a 0/1 {@code screened} outcome falling with deprivation. */
    SCREENING,
    /** The MHA extract with realistic recording faults: blanks, Z, 99, invalid codes and bad dates, improving over time. */
    QUALITY_FAULTS;

    public static Scenario parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
