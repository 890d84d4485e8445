package org.equitylens.codes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A way of splitting a measure (ethnic category, IMD decile, site …) with its categories in display
 * order. Standard dimensions carry a closed category list; a declared dimension from an extract
 * (e.g. {@code site}) has an open one, ordered by code.
 *
 * @param column the column name in stored datasets and cubes
 * @param label display label
 * @param categories the closed category list in display order, empty when open
 */
public record Dimension(String column, String label, List<Category> categories) {

    /** One value of a dimension: the code as stored, a display label, and its position. */
    public record Category(String code, String label, int order) {
    }

    public Dimension {
        categories = List.copyOf(categories);
    }

    public static final Dimension ETHNIC_CATEGORY = new Dimension("ethnic_category", "Ethnic category",
            Arrays.stream(EthnicCategory.values())
                    .map(c -> new Category(c.code(), c.label(), c.ordinal() + 1)).toList());
    public static final Dimension ETHNIC_GROUP = groups("ethnic_group", "Ethnic group (NHS 2001)");
    public static final Dimension ETHNIC_GROUP_CENSUS = groups("ethnic_group_census", "Ethnic group (Census 2021)");
    public static final Dimension WRES_GROUP = new Dimension("wres_group", "WRES group", List.of(
            new Category("WHITE", "White", 1), new Category("BME", "Black and minority ethnic", 2)));
    public static final Dimension IMD_DECILE = numbered("imd_decile", "IMD decile (1 = most deprived)", 10);
    public static final Dimension IMD_QUINTILE = numbered("imd_quintile", "IMD quintile (1 = most deprived)", 5);
    public static final Dimension CORE20 = new Dimension("core20", "Core20 (most deprived 20%)", List.of(
            new Category("true", "Core20", 1), new Category("false", "Not Core20", 2)));
    public static final Dimension AGE_BAND_5Y = banded("age_band_5y", "Age band", AgeBands.FIVE_YEAR);
    public static final Dimension ESP2013_BAND = banded("esp2013_band", "Age band (ESP2013)", AgeBands.ESP2013);
    public static final Dimension SEX = open("sex", "Sex");
    public static final Dimension SITE = open("site", "Site");

    private static final List<Dimension> STANDARD = List.of(ETHNIC_CATEGORY, ETHNIC_GROUP, ETHNIC_GROUP_CENSUS,
            WRES_GROUP, IMD_DECILE, IMD_QUINTILE, CORE20, AGE_BAND_5Y, ESP2013_BAND, SEX, SITE);

    /** The standard dimensions, in the order pickers should show them. */
    public static List<Dimension> standard() {
        return STANDARD;
    }

    /** The standard dimension stored under {@code column}, if any. */
    public static Optional<Dimension> standard(String column) {
        return STANDARD.stream().filter(d -> d.column.equals(column)).findFirst();
    }

    /** A declared dimension with an open category list. */
    public static Dimension open(String column, String label) {
        return new Dimension(column, label, List.of());
    }

    public boolean isClosed() {
        return !categories.isEmpty();
    }

    /** The category with this code, if the list is closed and holds it. */
    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code.equals(code)).findFirst();
    }

    private static Dimension groups(String column, String label) {
        return new Dimension(column, label, Arrays.stream(EthnicCategory.EthnicGroup.values())
                .map(g -> new Category(g.name(), g.label(), g.ordinal() + 1)).toList());
    }

    private static Dimension numbered(String column, String label, int count) {
        return new Dimension(column, label, IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Category(Integer.toString(i), Integer.toString(i), i)).toList());
    }

    private static Dimension banded(String column, String label, List<String> bands) {
        return new Dimension(column, label, IntStream.range(0, bands.size())
                .mapToObj(i -> new Category(bands.get(i), bands.get(i), i + 1)).toList());
    }
}
