package org.equitylens.disclosure;

/**
 * NHS Digital's disclosure control for HES/ECDS publications since September 2018 (NHS Digital,
 * "Change to disclosure control methodology for HES and ECDS from September 2018"; DOMAIN §5.1):
 * national counts are shown as they are; sub-national counts of 0 stay 0, 1–7 are shown as "*" and
 * 8 or more are rounded to the nearest 5; percentages and rates are computed from the rounded
 * figures; simple statistics over 1–7 individuals are hidden sub-nationally; complex statistics
 * (standardised rates, confidence limits, regression outputs) are exempt. Totals are rounded from
 * unrounded data, so rows and columns may not add up.
 */
public record Nhsd2018() implements DisclosurePolicy {

    public static final String NAME = "NHSD-2018";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "NHSD-2018: sub-national counts 1-7 shown as *, others rounded to the nearest 5;"
                + " percentages from rounded figures; national counts and complex statistics unchanged";
    }

    @Override
    public double show(double count, boolean national) {
        if (national || count == 0) {
            return count;
        }
        if (count < 8) {
            return Double.NaN;
        }
        return Math.round(count / 5) * 5.0;
    }

    @Override
    public boolean exact(double count, boolean national) {
        return national || count == 0;
    }

    @Override
    public boolean hideSimple(double individuals, boolean national) {
        return !national && individuals >= 1 && individuals <= 7;
    }
}
