package org.equitylens.codes;

/**
 * English Index of Multiple Deprivation groupings. Decile 1 is the most deprived 10% of LSOAs in
 * England; quintile 1 the most deprived 20%. Core20 (NHS England Core20PLUS5) is the most deprived
 * 20% nationally, i.e. deciles 1 and 2.
 */
public final class Deprivation {

    private Deprivation() {
    }

    /** The IMD edition an LSOA code was looked up in: 2019 uses LSOA 2011 codes, 2025 uses LSOA 2021 codes. */
    public enum ImdVersion {
        IMD2019(2011), IMD2025(2021);

        private final int lsoaVintage;

        ImdVersion(int lsoaVintage) {
            this.lsoaVintage = lsoaVintage;
        }

        /** The LSOA boundary year this edition is published on. */
        public int lsoaVintage() {
            return lsoaVintage;
        }

        public static ImdVersion forLsoaVintage(int year) {
            return switch (year) {
                case 2011 -> IMD2019;
                case 2021 -> IMD2025;
                default -> throw new IllegalArgumentException("LSOA vintage must be 2011 or 2021, not " + year);
            };
        }
    }

    public static boolean isValidDecile(int decile) {
        return decile >= 1 && decile <= 10;
    }

    /** Quintile 1–5 from decile 1–10. */
    public static int quintile(int decile) {
        requireDecile(decile);
        return (decile + 1) / 2;
    }

    /** True for national deciles 1 and 2. */
    public static boolean isCore20(int decile) {
        requireDecile(decile);
        return decile <= 2;
    }

    private static void requireDecile(int decile) {
        if (!isValidDecile(decile)) {
            throw new IllegalArgumentException("IMD decile must be 1 to 10, not " + decile);
        }
    }
}
