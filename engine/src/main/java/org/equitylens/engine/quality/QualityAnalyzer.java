package org.equitylens.engine.quality;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equitylens.codes.EthnicCategory;
import org.equitylens.engine.cube.Grain;
import org.equitylens.engine.enrich.Enricher;
import org.equitylens.engine.importer.ColumnMapping;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.importer.RawTable;
import org.equitylens.engine.store.Sql;
import org.equitylens.engine.sql.Dialect;
import org.equitylens.engine.sql.SqlRunner;
import org.equitylens.engine.validation.Parse;
import org.equitylens.engine.validation.Validator;

/**
 * Computes the data-quality report with the same rules as validation, so it also works on extracts
 * that validation would refuse. The per-column figures take one pass over the extract, which also
 * tells the importer whether any rule failed at all.
 */
public final class QualityAnalyzer {

    private final Dialect sql;
    private final SqlRunner runner;

    public QualityAnalyzer(Connection connection) {
        this(Dialect.DUCKDB, SqlRunner.jdbc(connection));
    }

    /** On another engine: its dialect, and a runner for queries in it (the Spark job's report of an extract). */
    public QualityAnalyzer(Dialect sql, SqlRunner runner) {
        this.sql = sql;
        this.runner = runner;
    }

    /**
     * Rows, per-column completeness and validity, the valid date range and the number of rows beyond
     * the first for each declared-unique key value, in one pass.
     *
     * @param duplicateRows rows whose unique-key hash repeats an earlier row's (0 without a key); from
     *     {@link #summariseFlags}, also every failed rule, so that {@link #passes()} is false
     */
    public record Summary(long rows, List<ColumnQuality> columns, Optional<LocalDate> from, Optional<LocalDate> to,
            long duplicateRows) {

        /** True when no validation rule can fail: every present value valid, required columns full, keys unique. */
        public boolean passes() {
            return duplicateRows == 0 && columns.stream().allMatch(c -> c.valid() == c.present()
                    && (!(c.role().equals(ColumnRole.PERSON_ID.key()) || c.role().equals(ColumnRole.EVENT_DATE.key()))
                        || c.present() == c.rows()));
        }
    }

    public Summary summarise(RawTable raw, ColumnMapping mapping, int lsoaVintage, LocalDate today, LocalDate earliest,
            List<String> uniqueKey) throws SQLException {
        List<String> aggregates = new ArrayList<>(List.of("count(*)"));
        List<Map.Entry<String, ColumnRole>> entries = new ArrayList<>(mapping.roles().entrySet());
        // Parse each date and look up each LSOA once per row, in an inner query, rather than once per rule.
        List<String> derived = new ArrayList<>();
        String join = "";
        for (int i = 0; i < entries.size(); i++) {
            ColumnRole role = entries.get(i).getValue();
            String c = "r." + sql.quote(raw.column(entries.get(i).getKey()));
            if (role == ColumnRole.EVENT_DATE || role == ColumnRole.DOB) {
                derived.add(sql.date(c) + " AS __date_" + i);
            } else if (role.isLsoa()) {
                derived.add("k.lsoa_code IS NOT NULL AS __lsoa_" + i);
                join = " LEFT JOIN (SELECT lsoa_code FROM " + sql.refTable("imd_lsoa") + " WHERE lsoa_vintage = " + lsoaVintage + ") k ON k.lsoa_code = upper("
                        + c + ")";
            }
        }
        String relation = derived.isEmpty() ? raw.relation()
                : "(SELECT r.*, " + String.join(", ", derived) + " FROM " + raw.relation() + " r" + join + ")";
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, ColumnRole> e = entries.get(i);
            String c = sql.quote(raw.column(e.getKey()));
            Validator.Column column = new Validator.Column(c, "__date_" + i, "__lsoa_" + i, sql.wholeNumber(c), sql.number(c));
            String invalid = e.getValue().isLsoa() ? c + " IS NOT NULL AND NOT __lsoa_" + i
                    : Validator.checks(sql, e.getValue(), column, today, earliest).stream()
                            .filter(check -> check.rule() != org.equitylens.engine.validation.Rule.REQUIRED_MISSING)
                            .map(check -> "(" + check.failsWhen() + ")").collect(Collectors.joining(" OR "));
            aggregates.add("count(" + c + ")");
            aggregates.add(invalid.isEmpty() ? "count(" + c + ")"
                    : "count(*) FILTER (WHERE " + c + " IS NOT NULL AND NOT coalesce(" + invalid + ", false))");
        }
        Optional<String> date = mapping.column(ColumnRole.EVENT_DATE).map(h -> "__date_" + entries.indexOf(
                entries.stream().filter(x -> x.getKey().equals(h)).findFirst().orElseThrow()));
        date.ifPresent(d -> {
            String inRange = d + " BETWEEN DATE " + sql.literal(earliest.toString()) + " AND DATE " + sql.literal(today.toString());
            aggregates.add("min(" + d + ") FILTER (WHERE " + inRange + ")");
            aggregates.add("max(" + d + ") FILTER (WHERE " + inRange + ")");
        });
        if (!uniqueKey.isEmpty()) {
            // A hash collision can only raise a false alarm, which the row-level check then clears.
            aggregates.add("count(*) - count(DISTINCT hash(" + uniqueKey.stream().map(h -> sql.quote(raw.column(h)))
                    .collect(Collectors.joining(", ")) + "))");
        }
        Object[] r = runner.query("SELECT " + String.join(", ", aggregates) + " FROM " + relation).get(0);
        long rows = count(r[0]);
        List<ColumnQuality> columns = new ArrayList<>();
        int i = 1;
        for (Map.Entry<String, ColumnRole> e : entries) {
            columns.add(new ColumnQuality(e.getKey(), e.getValue().key(), rows, count(r[i]), count(r[i + 1])));
            i += 2;
        }
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        if (date.isPresent()) {
            from = date(r[i]);
            to = date(r[i + 1]);
            i += 2;
        }
        return new Summary(rows, columns, from, to, uniqueKey.isEmpty() ? 0 : count(r[i]));
    }

    /** Columns whose two flag bits share one BIGINT flag word (62 of its 63 value bits). */
    private static final int COLUMNS_PER_WORD = 31;

    /**
     * The per-row flags that let {@link #summariseFlags} compute the same summary from a stored table,
     * packed into BIGINT words {@code __flags0}, {@code __flags1} … (31 columns each): for column
     * {@code i}, bit {@code 2(i mod 31)} of word {@code i / 31} says a value is present and the next bit
     * that it passes every rule, including being required; plus {@code __key} (hash of the
     * declared-unique columns). A word takes few distinct values, so it costs far less to store and
     * count than a boolean column per flag. Staging columns are referenced as {@code r."column"};
     * parsed dates and numbers and the reference lookups are the enrichment's own
     * ({@code r.__event_date}, {@code r.__age}, {@code r.__imd}, {@code r.__outcome<n>}, {@code imd}, {@code ec}).
     */
    public static List<String> flagColumns(RawTable raw, ColumnMapping mapping, LocalDate today, LocalDate earliest,
            List<String> uniqueKey) {
        List<String> flags = new ArrayList<>();
        List<Map.Entry<String, ColumnRole>> entries = new ArrayList<>(mapping.roles().entrySet());
        List<String> terms = new ArrayList<>();
        int outcome = 0;
        for (int i = 0; i < entries.size(); i++) {
            String header = entries.get(i).getKey();
            String c = "r." + Sql.id(raw.column(header));
            ColumnRole role = entries.get(i).getValue();
            // Reuse the enrichment's parsed values (see Enricher) where it has them.
            Validator.Column column = new Validator.Column(c,
                    role == ColumnRole.EVENT_DATE ? "r.__event_date" : raw.date(Dialect.DUCKDB, header, c),
                    Enricher.IMD_ALIAS + ".lsoa_code IS NOT NULL",
                    role == ColumnRole.AGE ? "r.__age" : role == ColumnRole.IMD_DECILE ? "r.__imd" : Parse.wholeNumber(c),
                    role == ColumnRole.OUTCOME ? "r." + Enricher.outcomeColumn(outcome++) : raw.number(Dialect.DUCKDB, header, c));
            String invalid = Validator.checks(role, column, today, earliest).stream()
                    .map(check -> "(" + check.failsWhen() + ")").collect(Collectors.joining(" OR "));
            String valid = invalid.isEmpty() ? "true" : "NOT coalesce(" + invalid + ", false)";
            if (role == ColumnRole.ETHNIC_CATEGORY) {
                // A code the enrichment found in ref.ethnic_category is one of EthnicCategory's codes (the table
                // is built from them), so it passes; only the others need the rule.
                valid = "CASE WHEN " + Enricher.ETHNIC_ALIAS + ".code IS NOT NULL THEN true ELSE "
                        + valid + " END";
            } else if (role.isLsoa()) {
                // A code the enrichment found in ref.imd_lsoa for the vintage is known and, like every reference
                // code, has the LSOA format (RefDataTest checks this), so it passes; only the others need the rules.
                valid = "CASE WHEN " + Enricher.IMD_ALIAS + ".lsoa_code IS NOT NULL THEN true ELSE "
                        + valid + " END";
            }
            long presentBit = 1L << (2 * (i % COLUMNS_PER_WORD));
            terms.add("CASE WHEN " + c + " IS NOT NULL THEN " + presentBit + " ELSE 0 END + CASE WHEN " + valid + " THEN "
                    + (presentBit << 1) + " ELSE 0 END");
            if (i % COLUMNS_PER_WORD == COLUMNS_PER_WORD - 1 || i == entries.size() - 1) {
                flags.add("CAST(" + String.join(" + ", terms) + " AS BIGINT) AS __flags" + (i / COLUMNS_PER_WORD));
                terms.clear();
            }
        }
        if (!uniqueKey.isEmpty()) {
            flags.add("hash(" + uniqueKey.stream().map(h -> "r." + Sql.id(raw.column(h))).collect(Collectors.joining(", "))
                    + ") AS __key");
        }
        return flags;
    }

    /** The names of the columns {@link #flagColumns} adds, to drop them after the check. */
    public static List<String> flagNames(ColumnMapping mapping, List<String> uniqueKey) {
        List<String> names = new ArrayList<>(flagWords(mapping));
        if (!uniqueKey.isEmpty()) {
            names.add("__key");
        }
        return names;
    }

    private static List<String> flagWords(ColumnMapping mapping) {
        List<String> words = new ArrayList<>();
        for (int w = 0; w * COLUMNS_PER_WORD < mapping.roles().size(); w++) {
            words.add("__flags" + w);
        }
        return words;
    }

    /**
     * The summary from a stored table carrying {@link #flagColumns}: one scan of the compact flag words,
     * grouped by their (few) distinct values, which are then decoded here.
     */
    public Summary summariseFlags(String table, ColumnMapping mapping, boolean hasEventDate, LocalDate today, LocalDate earliest,
            List<String> uniqueKey) throws SQLException {
        List<Map.Entry<String, ColumnRole>> entries = new ArrayList<>(mapping.roles().entrySet());
        List<String> words = flagWords(mapping);
        List<String> select = new ArrayList<>(words);
        select.add("count(*)");
        if (hasEventDate) {
            String inRange = "event_date BETWEEN DATE " + sql.literal(earliest.toString()) + " AND DATE " + sql.literal(today.toString());
            select.add("min(event_date) FILTER (WHERE " + inRange + ")");
            select.add("max(event_date) FILTER (WHERE " + inRange + ")");
        }
        String query = "SELECT " + String.join(", ", select) + " FROM " + table
                + (words.isEmpty() ? "" : " GROUP BY " + String.join(", ", words));
        long rows = 0;
        long[] present = new long[entries.size()];
        long[] valid = new long[entries.size()];
        long failures = 0;
        LocalDate from = null;
        LocalDate to = null;
        for (Object[] r : runner.query(query)) {
            long n = count(r[words.size()]);
            if (n == 0) {
                continue;
            }
            rows += n;
            for (int i = 0; i < entries.size(); i++) {
                long word = count(r[i / COLUMNS_PER_WORD]);
                int shift = 2 * (i % COLUMNS_PER_WORD);
                boolean p = (word >>> shift & 1) != 0;
                boolean v = (word >>> (shift + 1) & 1) != 0;
                if (p) {
                    present[i] += n;
                    if (v) {
                        valid[i] += n;
                    }
                }
                if (!v) {
                    failures += n;
                }
            }
            if (hasEventDate) {
                Optional<LocalDate> min = date(r[words.size() + 1]);
                Optional<LocalDate> max = date(r[words.size() + 2]);
                if (min.isPresent() && (from == null || min.get().isBefore(from))) {
                    from = min.get();
                }
                if (max.isPresent() && (to == null || max.get().isAfter(to))) {
                    to = max.get();
                }
            }
        }
        List<ColumnQuality> columns = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            columns.add(new ColumnQuality(entries.get(i).getKey(), entries.get(i).getValue().key(), rows, present[i], valid[i]));
        }
        long duplicates = uniqueKey.isEmpty() ? 0
                : count(runner.query("SELECT count(*) - count(DISTINCT __key) FROM " + table).get(0)[0]);
        // Rows failing a rule (a required value missing included) count as duplicates would: the summary does not pass.
        return new Summary(rows, columns, Optional.ofNullable(from), Optional.ofNullable(to), duplicates + failures);
    }

    /** The full report of an extract, from its text. */
    public QualityReport analyse(String dataset, RawTable raw, ColumnMapping mapping, int lsoaVintage, LocalDate today,
            LocalDate earliest) throws SQLException {
        Summary summary = summarise(raw, mapping, lsoaVintage, today, earliest, List.of());
        Optional<String> ethnic = mapping.column(ColumnRole.ETHNIC_CATEGORY).map(h -> sql.quote(raw.column(h)));
        // Dates that fail validation (unparseable, future, too early) count under "unknown".
        Optional<String> month = mapping.column(ColumnRole.EVENT_DATE).map(h -> sql.date(sql.quote(raw.column(h))))
                .map(d -> "CASE WHEN " + d + " BETWEEN DATE " + sql.literal(earliest.toString()) + " AND DATE " + sql.literal(today.toString())
                        + " THEN " + sql.periodStart(Grain.MONTH, d) + " END");
        Optional<String> site = mapping.column(ColumnRole.SITE).map(h -> sql.quote(raw.column(h)));
        return report(dataset, summary, raw.relation(), ethnic, month, site);
    }

    /**
     * The full report of a stored dataset whose text passed validation: the column figures from the
     * validation pass, the ethnicity breakdowns from the stored (typed) columns, which is cheaper than
     * reading the file again.
     */
    public QualityReport analyseStored(String dataset, Summary summary, String table, List<String> storedColumns) {
        return report(dataset, summary, table,
                Optional.of("ethnic_category").filter(storedColumns::contains),
                Optional.of(sql.periodStart(Grain.MONTH, "event_date")).filter(x -> storedColumns.contains("event_date")),
                Optional.of("site").filter(storedColumns::contains));
    }

    private QualityReport report(String dataset, Summary s, String relation, Optional<String> ethnic, Optional<String> month,
            Optional<String> site) {
        if (ethnic.isEmpty()) {
            return new QualityReport(dataset, s.rows(), s.from(), s.to(), s.columns(), Optional.empty(), List.of(), List.of());
        }
        // Overall, by month and by site in one scan, as grouping sets; a missing key is a constant and its set is skipped.
        // Months are grouped as dates and named after grouping. STRING is the text type's name in DuckDB and Spark.
        String m = month.orElse("CAST(NULL AS DATE)");
        String st = site.map(x -> "CAST(" + x + " AS STRING)").orElse("CAST(NULL AS STRING)");
        String query = "SELECT grouping(m) AS gm, grouping(st) AS gs, "
                + "CASE WHEN grouping(m) = 0 THEN coalesce(" + sql.yearMonth("m") + ", 'unknown') ELSE coalesce(st, 'unknown') END AS k, count(*), "
                + "count(*) FILTER (WHERE cls = 'coded'), count(*) FILTER (WHERE cls = 'z'), count(*) FILTER (WHERE cls = 'nk'), "
                + "count(*) FILTER (WHERE cls = 'blank'), count(*) FILTER (WHERE cls = 'invalid') "
                + "FROM (SELECT " + m + " AS m, " + st + " AS st, " + classify(ethnic.get()) + " AS cls FROM " + relation + ") "
                + "GROUP BY GROUPING SETS ((), (m), (st)) ORDER BY gm, gs, k = 'unknown', k";
        EthnicityCoverage overall = new EthnicityCoverage("all", 0, 0, 0, 0, 0, 0);
        List<EthnicityCoverage> byMonth = new ArrayList<>();
        List<EthnicityCoverage> bySite = new ArrayList<>();
        try {
            for (Object[] r : runner.query(query)) {
                boolean monthSet = count(r[0]) == 0;
                boolean siteSet = count(r[1]) == 0;
                EthnicityCoverage coverage = new EthnicityCoverage(monthSet || siteSet ? (String) r[2] : "all", count(r[3]),
                        count(r[4]), count(r[5]), count(r[6]), count(r[7]), count(r[8]));
                if (monthSet) {
                    month.ifPresent(x -> byMonth.add(coverage));
                } else if (siteSet) {
                    site.ifPresent(x -> bySite.add(coverage));
                } else if (coverage.rows() > 0) {
                    overall = coverage;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("quality query failed: " + e.getMessage(), e);
        }
        return new QualityReport(dataset, s.rows(), s.from(), s.to(), s.columns(), Optional.of(overall), byMonth, bySite);
    }

    /** Each row's ethnicity recording as one of coded, z, nk, blank, invalid. */
    private String classify(String c) {
        String coded = Arrays.stream(EthnicCategory.values()).filter(EthnicCategory::isStated)
                .map(e -> sql.literal(e.code())).collect(Collectors.joining(", "));
        return "CASE WHEN " + c + " IS NULL THEN 'blank' WHEN upper(" + c + ") = 'Z' THEN 'z' WHEN " + c + " = '99' THEN 'nk' "
                + "WHEN upper(" + c + ") IN (" + coded + ") THEN 'coded' ELSE 'invalid' END";
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** JDBC gives DATE as java.sql.Date or LocalDate depending on the driver; Spark as java.sql.Date. */
    private static Optional<LocalDate> date(Object value) {
        return Optional.ofNullable(value).map(v -> v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v);
    }
}
