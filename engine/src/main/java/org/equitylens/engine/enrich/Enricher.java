package org.equitylens.engine.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equitylens.codes.AgeBands;
import org.equitylens.codes.Deprivation.ImdVersion;
import org.equitylens.engine.importer.ColumnMapping;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.importer.RawTable;
import org.equitylens.engine.sql.Dialect;

/**
 * Builds the SELECT that turns a validated staging table into a stored dataset: typed columns with
 * standard names, plus derived columns from the reference tables —
 * ethnic category → NHS 2001 group, Census 2021 group and WRES group; LSOA → IMD decile, quintile
 * and Core20 (IMD 2019 for 2011 codes, IMD 2025 for 2021 codes, version recorded per row); age (given,
 * or from date of birth at the event date) → Census five-year and ESP2013 bands.
 *
 * <p>Stored columns, present when their source is mapped: person_id, event_date, ethnic_category,
 * ethnic_group, ethnic_group_census, wres_group, lsoa_code, imd_version, imd_decile, imd_quintile,
 * core20, age, age_band_5y, esp2013_band, sex, site, then declared dimensions (text) and outcomes (double).
 */
public final class Enricher {

    private Enricher() {
    }

    /** Alias of the reference IMD row joined to each LSOA code; {@code imd.lsoa_code} is NULL for unknown codes. */
    public static final String IMD_ALIAS = "imd";

    /** Alias of the reference ethnic-category row joined to each code; {@code ec.code} is NULL for codes not in the list. */
    public static final String ETHNIC_ALIAS = "ec";

    /** The inner projection's name for the parsed value of the {@code n}-th outcome column (0-based, in mapping order). */
    public static String outcomeColumn(int n) {
        return "__outcome" + n;
    }

    /**
     * The SELECT producing the stored rows (row order is not significant; cubes are sorted), with
     * {@code extra} expressions appended — the importer's per-row validation flags, which are computed
     * in the same pass and dropped once checked. Staging columns are referenced as {@code r."column"}.
     */
    public static String select(RawTable raw, ColumnMapping mapping, int lsoaVintage, List<String> extra) {
        return select(Dialect.DUCKDB, raw, mapping, lsoaVintage, extra);
    }

    /** The same SELECT in another engine's SQL (Spark runs it on a cluster). */
    public static String select(Dialect sql, RawTable raw, ColumnMapping mapping, int lsoaVintage, List<String> extra) {
        List<String> cols = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        Set<String> used = new HashSet<>();
        // Values are parsed once, in an inner projection (__ columns), and derived from there.
        List<String> parsed = new ArrayList<>();
        mapping.column(ColumnRole.PERSON_ID).ifPresent(h -> add(sql, cols, used, "r." + sql.quote(raw.column(h)), "person_id"));
        mapping.column(ColumnRole.EVENT_DATE).ifPresent(h -> {
            parsed.add(sql.date(ref(sql, raw, h)) + " AS __event_date");
            add(sql, cols, used, "r.__event_date", "event_date");
        });
        mapping.column(ColumnRole.ETHNIC_CATEGORY).ifPresent(h -> {
            parsed.add("upper(" + ref(sql, raw, h) + ") AS __ethnic");
            add(sql, cols, used, "r.__ethnic", "ethnic_category");
            joins.add("LEFT JOIN " + sql.refTable("ethnic_category") + " " + ETHNIC_ALIAS + " ON " + ETHNIC_ALIAS + ".code = r.__ethnic");
            add(sql, cols, used, ETHNIC_ALIAS + ".ethnic_group", "ethnic_group");
            add(sql, cols, used, ETHNIC_ALIAS + ".ethnic_group_census", "ethnic_group_census");
            add(sql, cols, used, ETHNIC_ALIAS + ".wres_group", "wres_group");
        });
        String decile = null;
        var lsoa = mapping.lsoaColumn();
        if (lsoa.isPresent()) {
            parsed.add("upper(r." + sql.quote(raw.column(lsoa.get())) + ") AS __lsoa");
            String code = "r.__lsoa";
            add(sql, cols, used, code, "lsoa_code");
            joins.add("LEFT JOIN " + sql.refTable("imd_lsoa") + " " + IMD_ALIAS + " ON " + IMD_ALIAS + ".lsoa_vintage = " + lsoaVintage + " AND " + IMD_ALIAS + ".lsoa_code = " + code);
            add(sql, cols, used, "CASE WHEN imd.imd_decile IS NOT NULL THEN " + sql.literal(ImdVersion.forLsoaVintage(lsoaVintage).name()) + " END",
                    "imd_version");
            decile = "imd.imd_decile";
        }
        var imdColumn = mapping.column(ColumnRole.IMD_DECILE);
        if (imdColumn.isPresent()) {
            parsed.add("TRY_CAST(" + sql.wholeNumber(ref(sql, raw, imdColumn.get())) + " AS TINYINT) AS __imd");
            String given = "r.__imd";
            // A decile supplied in the extract is kept; the LSOA lookup fills the gaps.
            decile = decile == null ? given : "coalesce(" + given + ", " + decile + ")";
        }
        if (decile != null) {
            add(sql, cols, used, decile, "imd_decile");
            add(sql, cols, used, "CAST(" + sql.intDiv(decile + " + 1", "2") + " AS TINYINT)", "imd_quintile");
            add(sql, cols, used, decile + " <= 2", "core20");
        }
        String age = null;
        var ageColumn = mapping.column(ColumnRole.AGE);
        var dobColumn = mapping.column(ColumnRole.DOB);
        var dateColumn = mapping.column(ColumnRole.EVENT_DATE);
        if (ageColumn.isPresent()) {
            age = sql.wholeNumber(ref(sql, raw, ageColumn.get()));
        } else if (dobColumn.isPresent() && dateColumn.isPresent()) {
            // Completed years at the event date; the date of birth itself is not stored.
            age = "CAST(" + sql.completedYears(sql.date(ref(sql, raw, dobColumn.get())), sql.date(ref(sql, raw, dateColumn.get())))
                    + " AS INTEGER)";
        }
        if (age != null) {
            parsed.add(age + " AS __age");
            age = "r.__age";
            add(sql, cols, used, age, "age");
            add(sql, cols, used, band(sql, age, AgeBands.FIVE_YEAR), "age_band_5y");
            add(sql, cols, used, band(sql, age, AgeBands.ESP2013), "esp2013_band");
        } else {
            mapping.column(ColumnRole.AGE_BAND).ifPresent(h -> add(sql, cols, used, "r." + sql.quote(raw.column(h)), "age_band_5y"));
        }
        mapping.column(ColumnRole.SEX).ifPresent(h -> add(sql, cols, used, "upper(r." + sql.quote(raw.column(h)) + ")", "sex"));
        mapping.column(ColumnRole.SITE).ifPresent(h -> add(sql, cols, used, "r." + sql.quote(raw.column(h)), "site"));
        int outcome = 0;
        for (Map.Entry<String, ColumnRole> e : mapping.roles().entrySet()) {
            if (e.getValue() == ColumnRole.DIMENSION) {
                add(sql, cols, used, "r." + sql.quote(raw.column(e.getKey())), raw.column(e.getKey()));
            } else if (e.getValue() == ColumnRole.OUTCOME) {
                parsed.add(sql.number(ref(sql, raw, e.getKey())) + " AS " + outcomeColumn(outcome));
                add(sql, cols, used, "r." + outcomeColumn(outcome++), raw.column(e.getKey()));
            }
        }
        cols.addAll(extra);
        String source = parsed.isEmpty() ? raw.relation()
                : "(SELECT r.*, " + String.join(", ", parsed) + " FROM " + raw.relation() + " r)";
        return "SELECT " + String.join(", ", cols) + " FROM " + source + " r " + String.join(" ", joins);
    }

    /** A staging column, qualified with the staging alias. */
    private static String ref(Dialect sql, RawTable raw, String header) {
        return "r." + sql.quote(raw.column(header));
    }

    private static void add(Dialect sql, List<String> cols, Set<String> used, String expression, String name) {
        String alias = name;
        for (int i = 2; !used.add(alias); i++) {
            alias = name + "_" + i;
        }
        cols.add(expression + " AS " + sql.quote(alias));
    }

    /** The band by indexing a constant list of five-year bands (the last one open), which builds no strings per row. */
    private static String band(Dialect sql, String age, List<String> bands) {
        List<String> literals = bands.stream().map(sql::literal).toList();
        return "CASE WHEN " + age + " IS NOT NULL THEN "
                + sql.element(literals, "least(" + sql.intDiv(age, "5") + ", " + (bands.size() - 1) + ") + 1") + " END";
    }
}
