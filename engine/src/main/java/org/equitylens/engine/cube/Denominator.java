package org.equitylens.engine.cube;

import java.util.Locale;

/** What a cube row's numerator is divided by. */
public sealed interface Denominator {

    /** Every row in the cell (e.g. everyone invited, for an uptake proportion). */
    record AllRows() implements Denominator {
    }

    /** Distinct {@code person_id}s in the cell. */
    record DistinctPersons() implements Denominator {
    }

    /**
     * The Census 2021 usual resident population of an area by ethnic group, for rates per population.
     * Allowed dimensions: {@code ethnic_category} and {@code ethnic_group_census} (or none).
     *
     * @param areaType {@code ICB}, {@code LA} or {@code COUNTRY}
     * @param areaCode the ONS code (E54…, E06…/E07…/E08…/E09…, E92000001); an ICB may be given by its ODS code
     */
    record Population(String areaType, String areaCode) implements Denominator {
        public Population {
            areaType = areaType.toUpperCase(Locale.ROOT);
            if (!areaType.equals("ICB") && !areaType.equals("LA") && !areaType.equals("COUNTRY")) {
                throw new IllegalArgumentException("population area type must be ICB, LA or COUNTRY, not " + areaType);
            }
        }
    }

    /** Parses {@code rows}, {@code persons}, or {@code population:ICB:QMF} / {@code population:LA:E09000022}. */
    static Denominator parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("population:")) {
            String[] parts = t.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("population denominator must look like population:ICB:QMF, not " + text);
            }
            return new Population(parts[1], parts[2]);
        }
        return switch (lower) {
            case "rows", "events", "count" -> new AllRows();
            case "persons", "people", "distinct_persons" -> new DistinctPersons();
            default -> throw new IllegalArgumentException("denominator must be rows, persons or population:TYPE:CODE, not " + text);
        };
    }
}
