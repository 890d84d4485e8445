package org.equitylens.engine.store;

import java.util.Locale;

/** Quoting helpers shared by the SQL the engine builds. */
public final class Sql {

    private Sql() {
    }

    /** A double-quoted identifier. */
    public static String id(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A single-quoted string literal. */
    public static String str(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /**
     * A safe column or dataset name: lower case, letters, digits and underscores, not starting with a
     * digit. Headers such as {@code "LSOA 2021 Code"} become {@code lsoa_2021_code}.
     */
    public static String safeName(String raw) {
        String name = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            name = "column";
        }
        return Character.isDigit(name.charAt(0)) ? "c_" + name : name;
    }
}
