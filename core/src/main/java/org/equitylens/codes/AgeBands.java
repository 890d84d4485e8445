package org.equitylens.codes;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Age bands used for equity analysis: Census 2021 five-year bands (0-4 … 80-84, 85+) and the 19
 * European Standard Population 2013 bands (0-4 … 85-89, 90+) used for age standardisation.
 */
public final class AgeBands {

    /** Ages above this are treated as implausible by validation. */
    public static final int MAX_AGE = 120;

    /** Census 2021 five-year bands in order. */
    public static final List<String> FIVE_YEAR = bands(85);

    /** ESP2013 19-band variant in order (the OHID Fingertips convention). */
    public static final List<String> ESP2013 = bands(90);

    private AgeBands() {
    }

    public static String fiveYear(int age) {
        return band(age, 85);
    }

    public static String esp2013(int age) {
        return band(age, 90);
    }

    private static String band(int age, int openFrom) {
        if (age < 0 || age > MAX_AGE) {
            throw new IllegalArgumentException("age out of range: " + age);
        }
        if (age >= openFrom) {
            return openFrom + "+";
        }
        int from = age / 5 * 5;
        return from + "-" + (from + 4);
    }

    private static List<String> bands(int openFrom) {
        return IntStream.rangeClosed(0, openFrom / 5)
                .mapToObj(i -> i * 5 == openFrom ? openFrom + "+" : i * 5 + "-" + (i * 5 + 4))
                .toList();
    }
}
