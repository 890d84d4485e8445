package org.equitylens.engine.validation;

/** A check applied to every row of an extract before anything is stored. */
public enum Rule {
    ETHNIC_CATEGORY_CODE("not an NHS ethnic category code (A–S, Z or 99; leave blank when missing)"),
    LSOA_FORMAT("not an LSOA code (E01 or W01 and six digits)"),
    LSOA_UNKNOWN("not an English LSOA of the boundary year used"),
    IMD_DECILE_RANGE("IMD decile must be a whole number from 1 to 10"),
    DATE_FORMAT("not a date (yyyy-MM-dd or dd/MM/yyyy)"),
    DATE_FUTURE("date is in the future"),
    DATE_TOO_EARLY("date is before the earliest accepted date"),
    REQUIRED_MISSING("value is required"),
    AGE_INVALID("age must be a whole number of years from 0 to 120"),
    AGE_BAND_FORMAT("age band must look like 20-24 or 85+"),
    OUTCOME_NOT_NUMERIC("outcome must be a number or a 0/1, true/false, yes/no flag"),
    DUPLICATE_KEY("key declared unique occurs more than once");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
