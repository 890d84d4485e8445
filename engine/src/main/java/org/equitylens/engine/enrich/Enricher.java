package org.equitylens.engine.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.equitylens.codes.AgeBands;
import org.equitylens.codes.Deprivation.ImdVersion;
import org.equitylens.codes.EthnicCategory;
import org.equitylens.engine.importer.ColumnMapping;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.importer.RawTable;
import org.equitylens.engine.sql.Dialect;

/**
 * Plans how a validated extract becomes a stored dataset: typed columns with standard names, plus
 * columns derived from the reference data — ethnic category → NHS 2001 group, Census 2021 group
 * and WRES group; LSOA → IMD decile, quintile and Core20 (IMD 2019 for 2011 codes, IMD 2025 for 2021
 * codes, version recorded per row); age (given, or from date of birth at the event date) → Census
 * five-year and ESP2013 bands.
 *
 * <p>Dataset columns, present when their source is mapped: person_id, event_date, ethnic_category,
 * ethnic_group, ethnic_group_census, wres_group, lsoa_code, imd_version, imd_decile, imd_quintile,
 * core20, age, age_band_5y, esp2013_band, sex, site, then declared dimensions (text) and outcomes
 * (double). Only the columns that need the extract or a reference lookup are stored
 * ({@link Plan#stored}); the rest are functions of a stored column in the same row and are computed
 * when read ({@link Plan#datasetSelect}), which keeps an import's writing to the columns that carry
 * information.
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
     * How an extract is stored and read back.
     *
     * @param stored the stored columns, as {@code expression AS name} over the extract (alias {@code r}) and the reference joins
     * @param from the FROM clause those expressions read: the extract with its parsed values, and the joins
     * @param dataset the dataset's columns in order, as {@code expression AS name} over the stored columns
     */
    public record Plan(List<String> stored, String from, List<String> dataset) {

        public Plan {
            stored = List.copyOf(stored);
            dataset = List.copyOf(dataset);
        }

        /**
         * The SELECT producing the stored rows (row order is not significant; cubes are sorted), with
         * {@code extra} expressions appended — the importer's per-row validation flags, computed in the
         * same pass and dropped once checked. Staging columns are referenced as {@code r."column"}.
         */
        public String storedSelect(List<String> extra) {
            List<String> cols = new ArrayList<>(stored);
            cols.addAll(extra);
            return "SELECT " + String.join(", ", cols) + " FROM " + from;
        }

        /** The dataset's rows from {@code storedRelation}, a table or subquery of the stored columns. */
        public String datasetSelect(String storedRelation) {
            return "SELECT " + String.join(", ", dataset) + " FROM " + storedRelation;
        }
    }

    /** The dataset's rows in one SELECT over the extract (Spark runs it on a cluster). */
    public static String select(Dialect sql, RawTable raw, ColumnMapping mapping, int lsoaVintage) {
        Plan plan = plan(sql, raw, mapping, lsoaVintage);
        return plan.datasetSelect("(" + plan.storedSelect(List.of()) + ") s");
    }

    public static Plan plan(Dialect sql, RawTable raw, ColumnMapping mapping, int lsoaVintage) {
        Columns cols = new Columns(sql);
        List<String> joins = new ArrayList<>();
        // Values are parsed once, in an inner projection (__ columns), and derived from there.
        List<String> parsed = new ArrayList<>();
        mapping.column(ColumnRole.PERSON_ID).ifPresent(h -> cols.store("r." + sql.quote(raw.column(h)), "person_id"));
        mapping.column(ColumnRole.EVENT_DATE).ifPresent(h -> {
            parsed.add(raw.date(sql, h, ref(sql, raw, h)) + " AS __event_date");
            cols.store("r.__event_date", "event_date");
        });
        mapping.column(ColumnRole.ETHNIC_CATEGORY).ifPresent(h -> {
            parsed.add("upper(" + ref(sql, raw, h) + ") AS __ethnic");
            String code = cols.store("r.__ethnic", "ethnic_category");
            joins.add("LEFT JOIN " + sql.refTable("ethnic_category") + " " + ETHNIC_ALIAS + " ON " + ETHNIC_ALIAS + ".code = r.__ethnic");
            cols.derive(group(sql, code, EthnicCategory::nhsGroup), "ethnic_group");
            cols.derive(group(sql, code, EthnicCategory::censusGroup), "ethnic_group_census");
            cols.derive(group(sql, code, EthnicCategory::wresGroup), "wres_group");
        });
        String decile = null;
        var lsoa = mapping.lsoaColumn();
        if (lsoa.isPresent()) {
            parsed.add("upper(r." + sql.quote(raw.column(lsoa.get())) + ") AS __lsoa");
            String code = cols.store("r.__lsoa", "lsoa_code");
            joins.add("LEFT JOIN " + sql.refTable("imd_lsoa") + " " + IMD_ALIAS + " ON " + IMD_ALIAS + ".lsoa_vintage = " + lsoaVintage
                    + " AND " + IMD_ALIAS + ".lsoa_code = r.__lsoa");
            // Validation refuses unknown codes, so every stored code has an IMD row of this version.
            cols.derive("CASE WHEN " + sql.quote(code) + " IS NOT NULL THEN "
                    + sql.literal(ImdVersion.forLsoaVintage(lsoaVintage).name()) + " END", "imd_version");
            decile = IMD_ALIAS + ".imd_decile";
        }
        var imdColumn = mapping.column(ColumnRole.IMD_DECILE);
        if (imdColumn.isPresent()) {
            parsed.add("TRY_CAST(" + sql.wholeNumber(ref(sql, raw, imdColumn.get())) + " AS TINYINT) AS __imd");
            // A decile supplied in the extract is kept; the LSOA lookup fills the gaps.
            decile = decile == null ? "r.__imd" : "coalesce(r.__imd, " + decile + ")";
        }
        if (decile != null) {
            String stored = sql.quote(cols.store(decile, "imd_decile"));
            cols.derive("CAST(" + sql.intDiv(stored + " + 1", "2") + " AS TINYINT)", "imd_quintile");
            cols.derive(stored + " <= 2", "core20");
        }
        String age = null;
        var ageColumn = mapping.column(ColumnRole.AGE);
        var dobColumn = mapping.column(ColumnRole.DOB);
        var dateColumn = mapping.column(ColumnRole.EVENT_DATE);
        if (ageColumn.isPresent()) {
            age = sql.wholeNumber(ref(sql, raw, ageColumn.get()));
        } else if (dobColumn.isPresent() && dateColumn.isPresent()) {
            // Completed years at the event date; the date of birth itself is not stored.
            age = "CAST(" + sql.completedYears(raw.date(sql, dobColumn.get(), ref(sql, raw, dobColumn.get())),
                    raw.date(sql, dateColumn.get(), ref(sql, raw, dateColumn.get()))) + " AS INTEGER)";
        }
        if (age != null) {
            parsed.add(age + " AS __age");
            String stored = sql.quote(cols.store("r.__age", "age"));
            cols.derive(band(sql, stored, AgeBands.FIVE_YEAR), "age_band_5y");
            cols.derive(band(sql, stored, AgeBands.ESP2013), "esp2013_band");
        } else {
            mapping.column(ColumnRole.AGE_BAND).ifPresent(h -> cols.store("r." + sql.quote(raw.column(h)), "age_band_5y"));
        }
        mapping.column(ColumnRole.SEX).ifPresent(h -> cols.store("upper(r." + sql.quote(raw.column(h)) + ")", "sex"));
        mapping.column(ColumnRole.SITE).ifPresent(h -> cols.store("r." + sql.quote(raw.column(h)), "site"));
        int outcome = 0;
        for (Map.Entry<String, ColumnRole> e : mapping.roles().entrySet()) {
            if (e.getValue() == ColumnRole.DIMENSION) {
                cols.store("r." + sql.quote(raw.column(e.getKey())), raw.column(e.getKey()));
            } else if (e.getValue() == ColumnRole.OUTCOME) {
                parsed.add(raw.number(sql, e.getKey(), ref(sql, raw, e.getKey())) + " AS " + outcomeColumn(outcome));
                cols.store("r." + outcomeColumn(outcome++), raw.column(e.getKey()));
            }
        }
        String source = parsed.isEmpty() ? raw.relation()
                : "(SELECT r.*, " + String.join(", ", parsed) + " FROM " + raw.relation() + " r)";
        return new Plan(cols.stored, source + " r " + String.join(" ", joins), cols.dataset);
    }

    /** The dataset's columns in order, each either stored or derived from a stored one; names made unique. */
    private static final class Columns {
        private final Dialect sql;
        private final Set<String> used = new HashSet<>();
        private final List<String> stored = new ArrayList<>();
        private final List<String> dataset = new ArrayList<>();

        Columns(Dialect sql) {
            this.sql = sql;
        }

        /** Stores {@code expression} (over the extract) as a column; returns its name. */
        String store(String expression, String name) {
            String alias = unique(name);
            stored.add(expression + " AS " + sql.quote(alias));
            dataset.add(sql.quote(alias));
            return alias;
        }

        /** A dataset column computed from stored columns when read; returns its name. */
        String derive(String expression, String name) {
            String alias = unique(name);
            dataset.add(expression + " AS " + sql.quote(alias));
            return alias;
        }

        private String unique(String name) {
            String alias = name;
            for (int i = 2; !used.add(alias); i++) {
                alias = name + "_" + i;
            }
            return alias;
        }
    }

    /** A staging column, qualified with the staging alias. */
    private static String ref(Dialect sql, RawTable raw, String header) {
        return "r." + sql.quote(raw.column(header));
    }

    /** The group of a stored ethnic category code, as in the reference table: a CASE over the codes that have one. */
    private static String group(Dialect sql, String code, Function<EthnicCategory, Optional<? extends Enum<?>>> group) {
        StringBuilder cases = new StringBuilder("CASE " + sql.quote(code));
        for (EthnicCategory c : EthnicCategory.values()) {
            group.apply(c).ifPresent(g -> cases.append(" WHEN ").append(sql.literal(c.code())).append(" THEN ").append(sql.literal(g.name())));
        }
        return cases.append(" END").toString();
    }

    /** The band by indexing a constant list of five-year bands (the last one open), which builds no strings per row. */
    private static String band(Dialect sql, String age, List<String> bands) {
        List<String> literals = bands.stream().map(sql::literal).toList();
        return "CASE WHEN " + age + " IS NOT NULL THEN "
                + sql.element(literals, "least(" + sql.intDiv(age, "5") + ", " + (bands.size() - 1) + ") + 1") + " END";
    }
}
