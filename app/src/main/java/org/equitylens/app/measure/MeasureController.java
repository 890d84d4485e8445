package org.equitylens.app.measure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.equitylens.app.dataset.Dataset;
import org.equitylens.app.dataset.DatasetService;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.user.Role;
import org.equitylens.codes.Dimension;
import org.equitylens.engine.EngineException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Measure pages: list, definition form, equity dashboard, rebase; and the board summary. */
@Controller
public class MeasureController {

    private final MeasureService service;
    private final DatasetService datasets;
    private final ITemplateEngine templates;

    public MeasureController(MeasureService service, DatasetService datasets, ITemplateEngine templates) {
        this.service = service;
        this.datasets = datasets;
        this.templates = templates;
    }

    @GetMapping("/measures")
    public String list(CurrentUser user, Model model) {
        model.addAttribute("measures", service.list(user));
        model.addAttribute("canChange", user.hasRole(Role.ADMIN, Role.ANALYST));
        return "measure/list";
    }

    @GetMapping("/measures/new")
    public String form(CurrentUser user, @RequestParam(required = false) Long dataset,
            @RequestParam(required = false) Long datasetId, Model model) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        return showForm(user, MeasureForm.blank(datasetId != null ? datasetId : dataset), Map.of(), model);
    }

    @PostMapping("/measures")
    public String create(CurrentUser user, @RequestParam Map<String, String> params,
            @RequestParam(name = "dimension", required = false) List<String> dimensions, Model model, RedirectAttributes redirect) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        MeasureForm form = MeasureForm.from(params, dimensions);
        Dataset dataset = form.datasetId().matches("\\d{1,18}") ? datasets.require(user, Long.parseLong(form.datasetId())) : null;
        Map<String, String> errors = new java.util.LinkedHashMap<>(form.validate(dataset == null ? Map.of()
                : codes(service.groupsOf(dataset, service.dimensionsOf(dataset)))));
        if (dataset == null) {
            errors.put("datasetId", "Select a dataset");
        }
        if (errors.isEmpty()) {
            try {
                long id = service.create(user, form);
                redirect.addFlashAttribute("success", "Measure ‘" + form.name() + "’ was created");
                return "redirect:/measures/" + id;
            } catch (EngineException e) {
                errors.put("numerator", e.getMessage());
            }
        }
        return showForm(user, form, errors, model);
    }

    private String showForm(CurrentUser user, MeasureForm form, Map<String, String> errors, Model model) {
        List<Dataset> ready = datasets.ready(user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        model.addAttribute("datasets", ready);
        Dataset chosen = ready.stream().filter(d -> String.valueOf(d.id()).equals(form.datasetId())).findFirst()
                .orElse(ready.isEmpty() ? null : ready.get(0));
        List<Dimension> dimensions = chosen == null ? List.of() : service.dimensionsOf(chosen);
        model.addAttribute("dimensions", dimensions);
        model.addAttribute("groups", chosen == null ? Map.of() : service.groupsOf(chosen, dimensions));
        model.addAttribute("chosenDataset", chosen);
        return "measure/new";
    }

    @GetMapping("/measures/{id}")
    public String dashboard(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String dimension, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Measure measure = service.require(user, id);
        MeasureService.Dashboard dashboard = service.dashboard(user, measure, dimension, MeasureService.audienceOf(user),
                results -> renderResults(measure, results, request, response));
        model.addAttribute("measure", measure);
        model.addAttribute("dashboard", dashboard.markup());
        boolean canChange = user.hasRole(Role.ADMIN, Role.ANALYST);
        model.addAttribute("canChange", canChange);
        if (canChange) {
            model.addAttribute("dimensions", dimensionChoices(measure));
            model.addAttribute("groups", service.groupsOf(user, measure));
        }
        return "measure/dashboard";
    }

    /**
     * The results part of the dashboard (measure/dashboard-results), rendered once per cached results: it holds
     * only our own charts and tables and text escaped by the template, and nothing that depends on the user.
     */
    private String renderResults(Measure measure, MeasureResults results, HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
        WebContext context = new WebContext(exchange, Locale.UK,
                Map.of("measure", measure, "results", results, "dimensions", dimensionChoices(measure)));
        return templates.process("measure/dashboard-results", Set.of("results"), context);
    }

    @PostMapping("/measures/{id}/rebase")
    public String rebase(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        Measure measure = service.require(user, id);
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("rebaseError", "Rebase date must be a date like 2024-04-01");
            return "redirect:/measures/" + id + "#rebase";
        }
        if (reason.isBlank() || reason.length() > 500) {
            redirect.addFlashAttribute("rebaseError", "Enter the reason for the rebase (500 characters or fewer)");
            return "redirect:/measures/" + id + "#rebase";
        }
        service.rebase(user, measure, new Measure.Rebase(parsed, reason.strip()));
        redirect.addFlashAttribute("success", "The rebase from " + parsed + " was recorded");
        return "redirect:/measures/" + id;
    }

    /** Sets or clears the focus group of each of the measure's dimensions, checked against the dimension's groups. */
    @PostMapping("/measures/{id}/focus-groups")
    public String focusGroups(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        Measure measure = service.require(user, id);
        Map<String, List<String>> groups = codes(service.groupsOf(user, measure));
        Map<String, String> focus = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : MeasureForm.byDimension(params, "focus.").entrySet()) {
            if (!groups.containsKey(e.getKey())) {
                continue;
            }
            var error = MeasureForm.focusError(e.getKey(), e.getValue(), measure.referenceGroups().getOrDefault(e.getKey(), ""),
                    groups.get(e.getKey()));
            if (error.isPresent()) {
                redirect.addFlashAttribute("focusError", error.get());
                redirect.addFlashAttribute("focusErrorField", MeasureForm.focusField(e.getKey()));
                return "redirect:/measures/" + id + "#focus-groups";
            }
            focus.put(e.getKey(), e.getValue());
        }
        service.changeFocusGroups(user, measure, focus);
        redirect.addFlashAttribute("success", "The focus groups were saved");
        return "redirect:/measures/" + id;
    }

    private static Map<String, List<String>> codes(Map<String, List<Dimension.Category>> groups) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        groups.forEach((d, categories) -> out.put(d, categories.stream().map(Dimension.Category::code).toList()));
        return out;
    }

    @GetMapping("/board")
    public String board(CurrentUser user, Model model) {
        List<BoardRow> rows = new ArrayList<>();
        for (Measure m : service.list(user)) {
            MeasureResults r = service.results(user, m, null, MeasureService.Audience.PROTECTED);
            rows.add(new BoardRow(m.id(), m.name(), m.type().label(), r.latestPeriod(), r.charts().overallIcons(),
                    r.charts().overallSummary()));
        }
        model.addAttribute("rows", rows);
        return "measure/board";
    }

    /** One line of the board summary: icons only, with their reading as text. */
    public record BoardRow(long id, String name, String type, String latestPeriod, String icons, String reading) {
    }

    private static List<Map.Entry<String, String>> dimensionChoices(Measure measure) {
        return measure.dimensions().stream()
                .map(d -> Map.entry(d, Dimension.standard(d).map(Dimension::label).orElse(d))).toList();
    }
}
