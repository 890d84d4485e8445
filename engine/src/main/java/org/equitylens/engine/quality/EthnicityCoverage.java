package org.equitylens.engine.quality;

/**
 * How ethnicity was recorded in a group of rows (all rows, a month, or a site). Coded (A–S),
 * not stated (Z), not known (99), blank (missing) and invalid are five different things and add up
 * to {@code rows}.
 *
 * @param key "all", a month (yyyy-MM), a site, or "unknown" when the month or site is missing
 */
public record EthnicityCoverage(String key, long rows, long coded, long notStated, long notKnown, long blank, long invalid) {

    public double pctCoded() {
        return Percent.of(coded, rows);
    }

    public double pctNotStated() {
        return Percent.of(notStated, rows);
    }

    public double pctNotKnown() {
        return Percent.of(notKnown, rows);
    }

    public double pctBlank() {
        return Percent.of(blank, rows);
    }

    public double pctInvalid() {
        return Percent.of(invalid, rows);
    }
}
