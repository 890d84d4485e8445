package org.equitylens.engine.cube;

import java.util.Locale;

/** The period a cube row covers; {@code period_start} is the first day of it. Financial years start on 1 April. */
public enum Grain {
    MONTH, QUARTER, FINANCIAL_YEAR, YEAR;

    public static Grain parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (key) {
            case "FY", "FINANCIAL_YEAR", "FYEAR" -> FINANCIAL_YEAR;
            default -> valueOf(key);
        };
    }
}
