package org.equitylens.app.measure;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.equitylens.app.audit.AuditService;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.web.NotFoundException;
import org.equitylens.engine.Text;
import org.equitylens.stats.compare.Estimate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exports of a measure's tables (CSV, XLSX) and charts (SVG, and PNG drawn from the SVG on the server). Every export leaves the working view, so
 * every export has the NHSD-2018 policy applied whatever the role, names it, and is audited.
 */
@Controller
public class MeasureExportController {

    private final MeasureService service;
    private final AuditService audit;

    public MeasureExportController(MeasureService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    /**
     * The exported table: one row per group and period with the counts as shown, the rate and its limits, and the
     * properties of the period (the dimension's completeness, SII and RII with their limits) on every row of it.
     * A cell is text, a number (kept as a number in XLSX) or null (empty).
     */
    record ExportTable(List<String> header, List<List<Object>> rows, List<String> notes) {
    }

    static final List<String> HEADER = List.of("group", "period", "numerator", "denominator", "rate", "lower_95", "upper_95",
            "dimension_completeness_pct", "sii", "sii_lower_95", "sii_upper_95", "rii", "rii_lower_95", "rii_upper_95");

    static ExportTable table(MeasureResults r) {
        List<List<Object>> rows = new ArrayList<>();
        for (MeasureResults.Group g : groupsOf(r)) {
            for (MeasureResults.Point p : g.points()) {
                List<Object> row = new ArrayList<>(List.of(g.label(), p.period().toString(), p.numerator(), p.denominator()));
                row.add(p.suppressed() ? "*" : p.rate());
                row.add(p.suppressed() ? null : p.lower());
                row.add(p.suppressed() ? null : p.upper());
                row.add(r.completenessIn(p.period()).map(c -> c.suppressed() ? "*" : (Object) c.percent()).orElse(null));
                Optional<MeasureResults.Slope> slope = r.slope().stream().filter(x -> x.period().equals(p.period())).findFirst();
                for (Function<MeasureResults.Slope, Estimate> index : List.<Function<MeasureResults.Slope, Estimate>>of(
                        MeasureResults.Slope::sii, MeasureResults.Slope::rii)) {
                    Estimate e = slope.map(index).orElse(null);
                    row.add(e == null ? null : e.value());
                    row.add(e == null ? null : e.lower());
                    row.add(e == null ? null : e.upper());
                }
                rows.add(row);
            }
        }
        List<String> notes = new ArrayList<>();
        if (!r.slope().isEmpty()) {
            notes.add("SII and RII: 95% limits as phe_sii simulates them (" + r.slope().get(0).sii().method()
                    + "); complex statistics, not rounded");
        }
        notes.add("Disclosure control: " + r.policy());
        return new ExportTable(HEADER, rows, notes);
    }

    @GetMapping("/measures/{id}/export.csv")
    public void csv(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String dimension,
            HttpServletResponse response) throws IOException {
        ExportTable table = table(exported(user, id, dimension));
        StringBuilder s = new StringBuilder(String.join(",", table.header())).append('\n');
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                s.append(c == 0 ? "" : ",").append(cell instanceof Double d ? num(d) : cell == null ? "" : Text.csvField(cell.toString()));
            }
            s.append('\n');
        }
        table.notes().forEach(n -> s.append(Text.csvField(n)).append('\n'));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"measure-" + id + ".csv\"");
        response.getOutputStream().write(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/measures/{id}/export.xlsx")
    public void xlsx(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String dimension,
            HttpServletResponse response) throws IOException {
        ExportTable table = table(exported(user, id, dimension));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"measure-" + id + ".xlsx\"");
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "EquityLens", "1.0");
            Worksheet sheet = workbook.newWorksheet("Measure");
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
            }
            int row = 1;
            for (List<Object> cells : table.rows()) {
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) instanceof Double d) {
                        if (Double.isFinite(d)) {
                            sheet.value(row, c, d);
                        }
                    } else if (cells.get(c) != null) {
                        sheet.value(row, c, cells.get(c).toString());
                    }
                }
                row++;
            }
            for (String note : table.notes()) {
                sheet.value(++row, 0, note);
            }
            workbook.finish();
        }
    }

    @GetMapping("/measures/{id}/charts/{chart}.svg")
    public void svg(CurrentUser user, @PathVariable long id, @PathVariable String chart, @RequestParam(required = false) String dimension,
            HttpServletResponse response) throws IOException {
        String svg = chart(exported(user, id, dimension), chart);
        response.setContentType("image/svg+xml");
        response.setHeader("Content-Disposition", "attachment; filename=\"measure-" + id + "-" + chart + ".svg\"");
        response.getOutputStream().write(svg.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/measures/{id}/charts/{chart}.png")
    public void png(CurrentUser user, @PathVariable long id, @PathVariable String chart, @RequestParam(required = false) String dimension,
            HttpServletResponse response) throws IOException {
        byte[] png = ChartPng.render(chart(exported(user, id, dimension), chart));
        response.setContentType("image/png");
        response.setHeader("Content-Disposition", "attachment; filename=\"measure-" + id + "-" + chart + ".png\"");
        response.getOutputStream().write(png);
    }

    private static String chart(MeasureResults r, String name) {
        String svg = switch (name) {
            case "overall" -> r.charts().overall();
            case "attribute" -> r.charts().attribute();
            case "groups-attribute" -> r.charts().groupsAttribute();
            case "groups" -> r.charts().groups();
            case "gap" -> r.charts().gap();
            case "slope" -> r.charts().slope();
            default -> "";
        };
        if (svg.isEmpty()) {
            throw new NotFoundException();
        }
        return svg;
    }

    private MeasureResults exported(CurrentUser user, long id, String dimension) {
        Measure measure = service.require(user, id);
        MeasureResults results = service.results(user, measure, dimension, MeasureService.Audience.PROTECTED);
        audit.record(user, MeasureAuditActions.MEASURE_EXPORTED, "measure", id);
        return results;
    }

    private static List<MeasureResults.Group> groupsOf(MeasureResults r) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(r.overall()), r.groups().stream()).toList();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.4f", v) : "";
    }
}
