package org.equitylens.engine.importer;

import java.util.Locale;

/** What a column of an extract means (DESIGN.md §3.1). */
public enum ColumnRole {
    /** A pseudonym for the person; never an NHS number. Identifying: its values never appear in reports. */
    PERSON_ID(true),
    EVENT_DATE(false),
    ETHNIC_CATEGORY(false),
    /** An LSOA code of 2011 boundaries. */
    LSOA11(false),
    /** An LSOA code of 2021 boundaries. */
    LSOA21(false),
    /** An LSOA code whose boundary year is inferred from the codes. */
    LSOA(false),
    IMD_DECILE(false),
    AGE(false),
    AGE_BAND(false),
    /** Date of birth, used for age at the event date and then not stored. Identifying. */
    DOB(true),
    SEX(false),
    SITE(false),
    /** Any other categorical column declared for splitting. */
    DIMENSION(false),
    /** A 0/1 flag or a numeric value. */
    OUTCOME(false),
    /** Read but not stored. */
    IGNORE(false);

    private final boolean identifying;

    ColumnRole(boolean identifying) {
        this.identifying = identifying;
    }

    /** Values of identifying columns are never shown in validation or quality reports. */
    public boolean identifying() {
        return identifying;
    }

    public boolean isLsoa() {
        return this == LSOA || this == LSOA11 || this == LSOA21;
    }

    /** Parses {@code ethnic_category}, {@code ethnic-category}, {@code ETHNIC_CATEGORY}. */
    public static ColumnRole parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown column role '" + text + "'; expected one of "
                    + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
