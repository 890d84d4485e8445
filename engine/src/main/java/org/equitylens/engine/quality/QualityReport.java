package org.equitylens.engine.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equitylens.engine.Text;

/**
 * The data-quality report of one extract: size, date range, per-column completeness and validity,
 * and ethnicity recording overall, by month and by site (PCREF asks for ethnicity in every core
 * dataset; the trend by month shows progress toward complete, valid recording).
 *
 * @param dataset the dataset name, or the file name for an extract checked without importing
 * @param rows data rows
 * @param dateFrom earliest valid event date
 * @param dateTo latest valid event date
 * @param columns one entry per column, in file order
 * @param ethnicity overall ethnicity recording, empty without an ethnicity column
 * @param byMonth by event month, oldest first
 * @param bySite by site, in site order
 */
public record QualityReport(String dataset, long rows, Optional<LocalDate> dateFrom, Optional<LocalDate> dateTo,
        List<ColumnQuality> columns, Optional<EthnicityCoverage> ethnicity, List<EthnicityCoverage> byMonth,
        List<EthnicityCoverage> bySite) {

    public QualityReport {
        columns = List.copyOf(columns);
        byMonth = List.copyOf(byMonth);
        bySite = List.copyOf(bySite);
    }

    /** Tidy CSV: one section per line type, sharing one header, so a spreadsheet can filter it. */
    public String toCsv() {
        StringBuilder s = new StringBuilder(
                "section,key,role,rows,present,valid,pct_complete,pct_valid,coded,not_stated_z,not_known_99,blank,invalid,"
                        + "pct_coded,pct_not_stated_z,pct_not_known_99,pct_blank,pct_invalid\n");
        s.append("dataset,").append(Text.csvField(dataset)).append(",,").append(rows).append(",,,,,,,,,,,,,,\n");
        s.append("date_range,").append(dateFrom.map(LocalDate::toString).orElse("")).append(" to ")
                .append(dateTo.map(LocalDate::toString).orElse("")).append(",,,,,,,,,,,,,,,,\n");
        for (ColumnQuality c : columns) {
            s.append("column,").append(Text.csvField(c.column())).append(',').append(c.role()).append(',').append(c.rows()).append(',')
                    .append(c.present()).append(',').append(c.valid()).append(',').append(num(c.completeness())).append(',')
                    .append(num(c.validity())).append(",,,,,,,,,,\n");
        }
        ethnicity.ifPresent(e -> coverageCsv(s, "ethnicity", e));
        byMonth.forEach(e -> coverageCsv(s, "ethnicity_by_month", e));
        bySite.forEach(e -> coverageCsv(s, "ethnicity_by_site", e));
        return s.toString();
    }

    private static void coverageCsv(StringBuilder s, String section, EthnicityCoverage e) {
        s.append(section).append(',').append(Text.csvField(e.key())).append(",,").append(e.rows()).append(",,,,,")
                .append(e.coded()).append(',').append(e.notStated()).append(',').append(e.notKnown()).append(',')
                .append(e.blank()).append(',').append(e.invalid()).append(',').append(num(e.pctCoded())).append(',')
                .append(num(e.pctNotStated())).append(',').append(num(e.pctNotKnown())).append(',')
                .append(num(e.pctBlank())).append(',').append(num(e.pctInvalid())).append('\n');
    }

    public String toJson() {
        StringBuilder s = new StringBuilder("{\"dataset\":").append(Text.jsonString(dataset)).append(",\"rows\":").append(rows)
                .append(",\"date_from\":").append(dateFrom.map(d -> Text.jsonString(d.toString())).orElse("null"))
                .append(",\"date_to\":").append(dateTo.map(d -> Text.jsonString(d.toString())).orElse("null"))
                .append(",\"columns\":[");
        s.append(columns.stream().map(c -> "{\"column\":" + Text.jsonString(c.column()) + ",\"role\":" + Text.jsonString(c.role())
                + ",\"rows\":" + c.rows()
                + ",\"present\":" + c.present() + ",\"valid\":" + c.valid() + ",\"pct_complete\":" + num(c.completeness())
                + ",\"pct_valid\":" + num(c.validity()) + "}").collect(Collectors.joining(",")));
        s.append("],\"ethnicity\":").append(ethnicity.map(QualityReport::coverageJson).orElse("null"));
        s.append(",\"ethnicity_by_month\":[").append(byMonth.stream().map(QualityReport::coverageJson).collect(Collectors.joining(",")));
        s.append("],\"ethnicity_by_site\":[").append(bySite.stream().map(QualityReport::coverageJson).collect(Collectors.joining(",")));
        return s.append("]}").toString();
    }

    /** A short text summary for a terminal. */
    public String describe() {
        StringBuilder s = new StringBuilder(dataset).append(": ").append(rows).append(" rows");
        dateFrom.ifPresent(d -> s.append(", ").append(d).append(" to ").append(dateTo.orElseThrow()));
        s.append('\n');
        for (ColumnQuality c : columns) {
            s.append(String.format(Locale.ROOT, "  %-28s %-16s %6.2f%% complete  %6.2f%% valid%n", c.column(), c.role(),
                    c.completeness(), c.validity()));
        }
        ethnicity.ifPresent(e -> s.append(String.format(Locale.ROOT,
                "  ethnicity: %.2f%% coded, %.2f%% Z (not stated), %.2f%% 99 (not known), %.2f%% blank, %.2f%% invalid%n",
                e.pctCoded(), e.pctNotStated(), e.pctNotKnown(), e.pctBlank(), e.pctInvalid())));
        return s.toString();
    }

    private static String coverageJson(EthnicityCoverage e) {
        return "{\"key\":" + Text.jsonString(e.key()) + ",\"rows\":" + e.rows() + ",\"coded\":" + e.coded()
                + ",\"not_stated_z\":" + e.notStated()
                + ",\"not_known_99\":" + e.notKnown() + ",\"blank\":" + e.blank() + ",\"invalid\":" + e.invalid()
                + ",\"pct_coded\":" + num(e.pctCoded()) + ",\"pct_not_stated_z\":" + num(e.pctNotStated())
                + ",\"pct_not_known_99\":" + num(e.pctNotKnown()) + ",\"pct_blank\":" + num(e.pctBlank())
                + ",\"pct_invalid\":" + num(e.pctInvalid()) + "}";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
