package org.equitylens.app.project;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equitylens.app.project.ProjectForms.AimForm;
import org.equitylens.app.project.ProjectForms.DriverForm;
import org.equitylens.app.project.ProjectForms.PdsaForm;
import org.equitylens.app.project.ProjectForms.ProjectForm;
import org.equitylens.app.project.ProjectModel.Action;
import org.equitylens.app.project.ProjectModel.Aim;
import org.equitylens.app.project.ProjectModel.Comment;
import org.equitylens.app.project.ProjectModel.Driver;
import org.equitylens.app.project.ProjectModel.Member;
import org.equitylens.app.project.ProjectModel.Pdsa;
import org.equitylens.app.project.ProjectModel.Progress;
import org.equitylens.app.project.ProjectModel.Session;
import org.equitylens.app.project.ProjectModel.Source;
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
            Aim aim, List<TeamMember> team, List<Progress> progress, List<ProjectView.Step> steps, ProjectAccess access) {
    }

    // People appear as the pages show them: by name, never with their account's id or email.

    /** A place on the team ({@code id} is the place, not the person's account). */
    public record TeamMember(long id, String displayName, ProjectRole role) {

        static TeamMember of(Member m) {
            return new TeamMember(m.id(), m.displayName(), m.role());
        }
    }

    public record SessionView(long id, SessionKind kind, LocalDate heldOn, String participants, String powerSharing,
            String decisions, String decidedBy, String recordedBy) {

        static SessionView of(Session s) {
            return new SessionView(s.id(), s.kind(), s.heldOn(), s.participants(), s.powerSharing(), s.decisions(),
                    s.decidedBy(), s.createdByName());
        }
    }

    public record ActionView(long id, String description, String owner, LocalDate dueOn, boolean done) {

        static ActionView of(Action a) {
            return new ActionView(a.id(), a.description(), a.ownerName(), a.dueOn(), a.done());
        }
    }

    /** A comment on the project ({@code step} 0) or a step; {@code editedAt} is null until its author edits it. */
    public record CommentView(long id, int step, String author, String body, Instant createdAt, Instant editedAt) {

        static CommentView of(Comment c) {
            return new CommentView(c.id(), c.step(), c.authorName(), c.body(), c.createdAt(), c.editedAt());
        }
    }

    /** A node of the driver diagram; who added it is not shown (the pages credit people by name elsewhere). */
    public record DriverView(long id, Long parentId, DriverLevel level, String text, ChangeOrigin origin) {

        static DriverView of(Driver d) {
            return new DriverView(d.id(), d.parentId(), d.level(), d.text(), d.origin());
        }
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
        return detail(service.auditedRead(user, id, ProjectActions.READ));
    }

    private static ProjectDetail detail(ProjectView v) {
        var p = v.project();
        return new ProjectDetail(ProjectSummary.of(v), p.population(), p.inequity(), p.problemStatement(), p.aim(),
                v.team().stream().map(TeamMember::of).toList(), v.progress(), v.steps(), v.access());
    }

    // A project's registers, readable by everyone in its organisation as on the pages; every API read is audited.

    @GetMapping("/{id}/team")
    public List<TeamMember> team(CurrentUser user, @PathVariable long id) {
        return service.auditedRead(user, id, ProjectActions.TEAM_READ).team().stream().map(TeamMember::of).toList();
    }

    @GetMapping("/{id}/sources")
    public List<Source> sources(CurrentUser user, @PathVariable long id) {
        return service.auditedRead(user, id, ProjectActions.SOURCES_READ).sources();
    }

    @GetMapping("/{id}/sessions")
    public List<SessionView> sessions(CurrentUser user, @PathVariable long id) {
        return service.auditedRead(user, id, ProjectActions.SESSIONS_READ).sessions().stream().map(SessionView::of)
                .toList();
    }

    @GetMapping("/{id}/actions")
    public List<ActionView> actions(CurrentUser user, @PathVariable long id) {
        return service.auditedRead(user, id, ProjectActions.ACTIONS_READ).actions().stream().map(ActionView::of)
                .toList();
    }

    @GetMapping("/{id}/comments")
    public List<CommentView> comments(CurrentUser user, @PathVariable long id) {
        return service.auditedRead(user, id, ProjectActions.COMMENTS_READ).comments().stream().map(CommentView::of)
                .toList();
    }

    @GetMapping("/{id}/steps")
    public List<ProjectView.Step> steps(CurrentUser user, @PathVariable long id) {
        return service.auditedRead(user, id, ProjectActions.STEPS_READ).steps();
    }

    @GetMapping("/{id}/aim")
    public Aim aim(CurrentUser user, @PathVariable long id) {
        return service.auditedRead(user, id, ProjectActions.AIM_READ).project().aim();
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
    public List<DriverView> drivers(CurrentUser user, @PathVariable long id) {
        return service.auditedRead(user, id, ProjectActions.DRIVERS_READ).drivers().stream().map(DriverView::of).toList();
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
                .body(DriverView.of(service.view(user, id).driversById().get(driverId)));
    }

    @GetMapping("/{id}/pdsa-cycles")
    public List<Pdsa> cycles(CurrentUser user, @PathVariable long id) {
        return service.auditedRead(user, id, ProjectActions.PDSA_READ).cycles();
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
