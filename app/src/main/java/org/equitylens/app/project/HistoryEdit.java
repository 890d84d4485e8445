package org.equitylens.app.project;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How an edit reads in the project history: values the pages show as choices (a date, a kind, an app measure)
 * from before to after, and text the team typed by the name of its field only, since the history never
 * repeats typed text. Kept within the history's 200 characters.
 */
final class HistoryEdit {

    static final int MAX_LENGTH = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final List<String> changes = new ArrayList<>();

    static String date(LocalDate date) {
        return date == null ? "none" : DATE.format(date);
    }

    /** The noun with "a" or "an", as history entries name what changed ("an external source"). */
    static String a(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    /** A chosen value, shown before and after when it changed. */
    HistoryEdit value(String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + " from " + before + " to " + after);
        }
        return this;
    }

    /** Typed text, named when it changed (blank and absent count as the same). */
    HistoryEdit text(String field, String before, String after) {
        if (!Objects.equals(strippedOrNull(before), strippedOrNull(after))) {
            changes.add(field);
        }
        return this;
    }

    private static String strippedOrNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "Changed the …: date from … to …; decisions", or "Saved the … unchanged". */
    String describe(String subject) {
        String change = changes.isEmpty() ? "Saved " + subject + " unchanged"
                : "Changed " + subject + ": " + String.join("; ", changes);
        return change.length() <= MAX_LENGTH ? change : change.substring(0, MAX_LENGTH - 1) + "…";
    }
}
