package org.equitylens.app.measure;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.equitylens.app.audit.AuditService;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.web.NotFoundException;
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

    @GetMapping("/measures/{id}/export.csv")
    public void csv(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String dimension,
            HttpServletResponse response) throws IOException {
        MeasureResults r = exported(user, id, dimension);
        StringBuilder s = new StringBuilder("group,period,numerator,denominator,rate,lower_95,upper_95,dimension_completeness_pct\n");
        for (MeasureResults.Group g : groupsOf(r)) {
            for (MeasureResults.Point p : g.points()) {
                s.append(csv(g.label())).append(',').append(p.period()).append(',').append(csv(p.numerator())).append(',')
                        .append(csv(p.denominator())).append(',').append(p.suppressed() ? "*" : num(p.rate())).append(',')
                        .append(p.suppressed() ? "" : num(p.lower())).append(',').append(p.suppressed() ? "" : num(p.upper())).append(',')
                        .append(r.completenessIn(p.period()).map(c -> c.suppressed() ? "*" : num(c.percent())).orElse("")).append('\n');
            }
        }
        s.append(csv("Disclosure control: " + r.policy())).append('\n');
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"measure-" + id + ".csv\"");
        response.getOutputStream().write(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/measures/{id}/export.xlsx")
    public void xlsx(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String dimension,
            HttpServletResponse response) throws IOException {
        MeasureResults r = exported(user, id, dimension);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"measure-" + id + ".xlsx\"");
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "EquityLens", "1.0");
            Worksheet sheet = workbook.newWorksheet("Measure");
            String[] header = {"group", "period", "numerator", "denominator", "rate", "lower_95", "upper_95", "dimension_completeness_pct"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            int row = 1;
            for (MeasureResults.Group g : groupsOf(r)) {
                for (MeasureResults.Point p : g.points()) {
                    sheet.value(row, 0, g.label());
                    sheet.value(row, 1, p.period().toString());
                    sheet.value(row, 2, p.numerator());
                    sheet.value(row, 3, p.denominator());
                    if (p.suppressed()) {
                        sheet.value(row, 4, "*");
                    } else {
                        sheet.value(row, 4, p.rate());
                        sheet.value(row, 5, p.lower());
                        sheet.value(row, 6, p.upper());
                    }
                    final int at = row;
                    r.completenessIn(p.period()).ifPresent(c -> {
                        if (c.suppressed()) {
                            sheet.value(at, 7, "*");
                        } else if (Double.isFinite(c.percent())) {
                            sheet.value(at, 7, c.percent());
                        }
                    });
                    row++;
                }
            }
            sheet.value(row + 1, 0, "Disclosure control: " + r.policy());
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

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
