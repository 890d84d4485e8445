package org.equitylens.app.project;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equitylens.app.project.ProjectForms.AimForm;
import org.equitylens.app.project.ProjectForms.DriverForm;
import org.equitylens.app.project.ProjectForms.PdsaForm;
import org.equitylens.app.project.ProjectForms.ProjectForm;
import org.equitylens.app.project.ProjectModel.Aim;
import org.equitylens.app.project.ProjectModel.Driver;
import org.equitylens.app.project.ProjectModel.Member;
import org.equitylens.app.project.ProjectModel.Pdsa;
import org.equitylens.app.project.ProjectModel.Progress;
import org.equitylens.app.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projects JSON API (docs/projects.md): the same service, so the same access rules, history and audit
 * as the pages. Invalid input answers 400 with the field errors.
 */
@RestController
@RequestMapping("/api/v1/projects")
public class ProjectApiController {

    private final ProjectService service;

    public ProjectApiController(ProjectService service) {
        this.service = service;
    }

    public record ProjectSummary(long id, String title, ProjectStatus status, Set<Core20Plus5> tags, BigDecimal score,
            int currentStep, int stepsDone) {

        static ProjectSummary of(ProjectView v) {
            return new ProjectSummary(v.project().id(), v.project().title(), v.project().status(), v.project().tags(),
                    v.score(), v.currentStep(), v.stepsDone());
        }
    }

    public record ProjectDetail(ProjectSummary summary, String population, String inequity, String problemStatement,
            Aim aim, List<Member> team, List<Progress> progress, List<ProjectView.Step> steps, ProjectAccess access) {
    }

    public record FieldProblem(String field, String message) {
    }

    @GetMapping
    public List<ProjectSummary> list(CurrentUser user) {
        return service.list(user).stream().map(ProjectSummary::of).toList();
    }

    @PostMapping
    public ResponseEntity<?> create(CurrentUser user, @Valid @RequestBody ProjectForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return problems(errors);
        }
        long id = service.create(user, form);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(detail(service.view(user, id)));
    }

    @GetMapping("/{id}")
    public ProjectDetail get(CurrentUser user, @PathVariable long id) {
        return detail(service.view(user, id));
    }

    private static ProjectDetail detail(ProjectView v) {
        var p = v.project();
        return new ProjectDetail(ProjectSummary.of(v), p.population(), p.inequity(), p.problemStatement(), p.aim(),
                v.team(), v.progress(), v.steps(), v.access());
    }

    @GetMapping("/{id}/steps")
    public List<ProjectView.Step> steps(CurrentUser user, @PathVariable long id) {
        return service.view(user, id).steps();
    }

    @GetMapping("/{id}/aim")
    public Aim aim(CurrentUser user, @PathVariable long id) {
        return service.view(user, id).project().aim();
    }

    @PutMapping("/{id}/aim")
    public ResponseEntity<?> saveAim(CurrentUser user, @PathVariable long id, @Valid @RequestBody AimForm form,
            BindingResult errors) {
        service.editable(user, id);
        if (errors.hasErrors()) {
            return problems(errors);
        }
        service.saveAim(user, id, form);
        return ResponseEntity.ok(service.view(user, id).project().aim());
    }

    @GetMapping("/{id}/drivers")
    public List<Driver> drivers(CurrentUser user, @PathVariable long id) {
        return service.view(user, id).drivers();
    }

    @PostMapping("/{id}/drivers")
    public ResponseEntity<?> addDriver(CurrentUser user, @PathVariable long id, @Valid @RequestBody DriverForm form,
            BindingResult errors) {
        service.coDesignable(user, id);
        service.checkDriver(id, form, errors);
        if (errors.hasErrors()) {
            return problems(errors);
        }
        long driverId = service.addDriver(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/drivers"))
                .body(service.view(user, id).driversById().get(driverId));
    }

    @GetMapping("/{id}/pdsa-cycles")
    public List<Pdsa> cycles(CurrentUser user, @PathVariable long id) {
        return service.view(user, id).cycles();
    }

    @PostMapping("/{id}/pdsa-cycles")
    public ResponseEntity<?> addCycle(CurrentUser user, @PathVariable long id, @Valid @RequestBody PdsaForm form,
            BindingResult errors) {
        service.editable(user, id);
        service.checkPdsa(user, id, form, errors);
        if (errors.hasErrors()) {
            return problems(errors);
        }
        long cycleId = service.addPdsa(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/pdsa-cycles/" + cycleId))
                .body(cycle(user, id, cycleId));
    }

    @PutMapping("/{id}/pdsa-cycles/{cycleId}")
    public ResponseEntity<?> updateCycle(CurrentUser user, @PathVariable long id, @PathVariable long cycleId,
            @Valid @RequestBody PdsaForm form, BindingResult errors) {
        service.editable(user, id);
        service.checkPdsa(user, id, form, errors);
        if (errors.hasErrors()) {
            return problems(errors);
        }
        service.updatePdsa(user, id, cycleId, form);
        return ResponseEntity.ok(cycle(user, id, cycleId));
    }

    private Pdsa cycle(CurrentUser user, long id, long cycleId) {
        return service.view(user, id).cycles().stream().filter(c -> c.id() == cycleId).findFirst().orElseThrow();
    }

    private static ResponseEntity<Map<String, List<FieldProblem>>> problems(BindingResult errors) {
        return ResponseEntity.badRequest().body(Map.of("errors", errors.getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), message(e))).toList()));
    }

    private static String message(FieldError e) {
        return e.isBindingFailure() ? "Enter a valid value" : e.getDefaultMessage();
    }
}
