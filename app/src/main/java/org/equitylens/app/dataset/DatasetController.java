package org.equitylens.app.dataset;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.user.Role;
import org.equitylens.engine.importer.ColumnRole;
import org.equitylens.engine.quality.QualityReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dataset pages: list, upload, column mapping, import progress, validation report, quality, delete. */
@Controller
@RequestMapping("/datasets")
public class DatasetController {

    /** Seconds between refreshes of the progress page; the Refresh header works without JavaScript. */
    static final int REFRESH_SECONDS = 2;

    private final DatasetService service;

    public DatasetController(DatasetService service) {
        this.service = service;
    }

    @GetMapping
    public String list(CurrentUser user, Model model) {
        model.addAttribute("datasets", service.list(user));
        model.addAttribute("canChange", user.hasRole(Role.ADMIN, Role.ANALYST));
        return "dataset/list";
    }

    @GetMapping("/new")
    public String uploadForm(CurrentUser user, Model model) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        model.addAttribute("name", "");
        model.addAttribute("kind", DatasetKind.EXTRACT.name());
        return "dataset/new";
    }

    @PostMapping
    public String upload(CurrentUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "EXTRACT") String kind, @RequestParam(required = false) MultipartFile file,
            Model model) throws IOException {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        Map<String, String> errors = new LinkedHashMap<>();
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            errors.put("name", "Enter a name for the dataset");
        } else if (trimmed.length() > 100) {
            errors.put("name", "Name must be 100 characters or fewer");
        }
        if (file == null || file.isEmpty()) {
            errors.put("file", "Select a file to upload");
        } else if (!DatasetService.EXTENSIONS.contains(DatasetService.extension(file.getOriginalFilename()))) {
            errors.put("file", "The file must be a CSV, Parquet or XLSX file");
        }
        DatasetKind datasetKind = "CUBE".equals(kind) ? DatasetKind.CUBE : DatasetKind.EXTRACT;
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("name", name);
            model.addAttribute("kind", datasetKind.name());
            return "dataset/new";
        }
        try (InputStream in = file.getInputStream()) {
            Dataset dataset = service.upload(user, trimmed, datasetKind, file.getOriginalFilename(), in);
            return datasetKind == DatasetKind.CUBE ? "redirect:/datasets/" + dataset.id() : "redirect:/datasets/" + dataset.id() + "/mapping";
        }
    }

    @GetMapping("/{id}/mapping")
    public String mappingForm(CurrentUser user, @PathVariable long id, Model model) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        Dataset dataset = service.require(user, id);
        if (dataset.status() != DatasetStatus.UPLOADED) {
            return "redirect:/datasets/" + id;
        }
        try {
            model.addAttribute("roles", service.guessRoles(dataset));
        } catch (IllegalArgumentException e) {
            model.addAttribute("readError", e.getMessage());
            model.addAttribute("roles", Map.of());
        }
        model.addAttribute("dataset", dataset);
        model.addAttribute("choices", DatasetService.roleChoices());
        return "dataset/mapping";
    }

    /** Fields come as role.&lt;index&gt; with the header in header.&lt;index&gt;, so any header text is safe. */
    @PostMapping("/{id}/mapping")
    public String startImport(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> params) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        Dataset dataset = service.require(user, id);
        if (dataset.status() != DatasetStatus.UPLOADED) {
            return "redirect:/datasets/" + id;
        }
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        for (int i = 0; params.containsKey("header." + i); i++) {
            String role = params.get("role." + i);
            if (role != null && !role.isBlank()) {
                roles.put(params.get("header." + i), ColumnRole.parse(role));
            }
        }
        service.startImport(user, dataset, roles);
        return "redirect:/datasets/" + id;
    }

    @GetMapping("/{id}")
    public String show(CurrentUser user, @PathVariable long id, Model model, HttpServletResponse response) {
        Dataset dataset = service.require(user, id);
        if (dataset.status() == DatasetStatus.IMPORTING) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
            model.addAttribute("progress", service.progress(id).orElse(ImportProgress.starting("finishing")));
            model.addAttribute("now", Instant.now());
        }
        model.addAttribute("dataset", dataset);
        model.addAttribute("canChange", user.hasRole(Role.ADMIN, Role.ANALYST));
        return "dataset/show";
    }

    @GetMapping("/{id}/quality")
    public String quality(CurrentUser user, @PathVariable long id, Model model) {
        Dataset dataset = service.require(user, id);
        QualityReport report = service.quality(user, dataset).orElseThrow(org.equitylens.app.web.NotFoundException::new);
        model.addAttribute("dataset", dataset);
        model.addAttribute("report", report);
        model.addAttribute("monthChart", QualityChart.byMonth(report));
        return "dataset/quality";
    }

    @GetMapping("/{id}/delete")
    public String confirmDelete(CurrentUser user, @PathVariable long id, Model model) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        model.addAttribute("dataset", service.require(user, id));
        return "dataset/delete";
    }

    @PostMapping("/{id}/delete")
    public String delete(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        user.requireRole(Role.ADMIN, Role.ANALYST);
        Dataset dataset = service.require(user, id);
        service.delete(user, dataset);
        redirect.addFlashAttribute("success", "Dataset ‘" + dataset.name() + "’ and its measures were deleted");
        return "redirect:/datasets";
    }
}
