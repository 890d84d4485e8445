package org.equitylens.engine.cube;

/** What a cube row counts. */
public sealed interface Numerator {

    /** Every row (event). */
    record Rows() implements Numerator {
    }

    /** Distinct {@code person_id}s. */
    record DistinctPersons() implements Numerator {
    }

    /** Rows meeting a condition, e.g. {@code detained = 1}. */
    record RowsWhere(Condition condition) implements Numerator {
    }

    /** Parses {@code rows}, {@code persons}, or a condition such as {@code screened=1}. */
    static Numerator parse(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "rows", "events", "count" -> new Rows();
            case "persons", "people", "distinct_persons" -> new DistinctPersons();
            default -> new RowsWhere(Condition.parse(text));
        };
    }
}
