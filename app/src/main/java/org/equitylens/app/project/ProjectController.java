package org.equitylens.app.project;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.equitylens.app.project.ProjectForms.ActionForm;
import org.equitylens.app.project.ProjectForms.AimForm;
import org.equitylens.app.project.ProjectForms.AssuranceForm;
import org.equitylens.app.project.ProjectForms.CommentForm;
import org.equitylens.app.project.ProjectForms.DriverForm;
import org.equitylens.app.project.ProjectForms.MemberForm;
import org.equitylens.app.project.ProjectForms.NoteForm;
import org.equitylens.app.project.ProjectForms.PdsaForm;
import org.equitylens.app.project.ProjectForms.ProblemForm;
import org.equitylens.app.project.ProjectForms.ProgressForm;
import org.equitylens.app.project.ProjectForms.ProjectForm;
import org.equitylens.app.project.ProjectForms.RewordForm;
import org.equitylens.app.project.ProjectForms.SessionForm;
import org.equitylens.app.project.ProjectForms.SourceForm;
import org.equitylens.app.project.ProjectModel.Aim;
import org.equitylens.app.project.ProjectModel.Comment;
import org.equitylens.app.project.ProjectModel.Pdsa;
import org.equitylens.app.project.ProjectModel.Project;
import org.equitylens.app.project.ProjectModel.Session;
import org.equitylens.app.project.ProjectModel.Source;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.user.UserRepository;
import org.equitylens.app.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The project pages: list, start and edit, the summary of the five steps, one page per step, the equity
 * checklists, history and a printable one-page summary. Every form posts without JavaScript; a form with
 * errors re-renders its page with what was typed.
 */
@Controller
@RequestMapping("/projects")
public class ProjectController {

    private final ProjectService service;
    private final UserRepository users;

    public ProjectController(ProjectService service, UserRepository users) {
        this.service = service;
        this.users = users;
    }

    /** List filters, all optional. */
    public record Filter(ProjectStatus status, Integer step, Core20Plus5 tag, BigDecimal minScore) {

        boolean accepts(ProjectView v) {
            return (status == null || v.project().status() == status)
                    && (step == null || v.currentStep() == step)
                    && (tag == null || v.project().tags().contains(tag))
                    && (minScore == null || (v.score() != null && v.score().compareTo(minScore) >= 0));
        }
    }

    @GetMapping
    public String list(CurrentUser user, @ModelAttribute("filter") Filter filter, BindingResult ignoredBadFilter,
            Model model) {
        List<ProjectView> all = service.list(user);
        model.addAttribute("projects", all.stream().filter(filter::accepts).toList());
        model.addAttribute("total", all.size());
        model.addAttribute("canCreate", ProjectAccess.canCreate(user));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("tags", Core20Plus5.values());
        model.addAttribute("stepNames", ProjectView.STEP_NAMES);
        return "project/list";
    }

    @GetMapping("/new")
    public String newForm(CurrentUser user, Model model) {
        if (!ProjectAccess.canCreate(user)) {
            throw new AccessDeniedException("May not start a project");
        }
        return projectForm(model, ProjectForm.empty(), null);
    }

    private String projectForm(Model model, ProjectForm form, Long projectId) {
        model.addAttribute("form", form);
        model.addAttribute("projectId", projectId);
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("tags", Core20Plus5.values());
        return "project/form";
    }

    @PostMapping("/new")
    public String create(CurrentUser user, @Valid @ModelAttribute("form") ProjectForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            if (!ProjectAccess.canCreate(user)) {
                throw new AccessDeniedException("May not start a project");
            }
            return projectForm(model, form, null);
        }
        long id = service.create(user, form);
        redirect.addFlashAttribute("success", "Project started. Answer the equity questions with your team first.");
        return "redirect:/projects/" + id;
    }

    @GetMapping("/{id}/edit")
    public String editForm(CurrentUser user, @PathVariable long id, Model model) {
        ProjectView view = service.view(user, id);
        requireEdit(view);
        Project p = view.project();
        return projectForm(model, new ProjectForm(p.title(), p.population(), p.inequity(), p.status(),
                List.copyOf(p.tags())), id);
    }

    @PostMapping("/{id}/edit")
    public String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        requireEdit(service.view(user, id));
        if (errors.hasErrors()) {
            return projectForm(model, form, id);
        }
        service.update(user, id, form);
        redirect.addFlashAttribute("success", "Project details saved");
        return "redirect:/projects/" + id;
    }

    private static void requireEdit(ProjectView view) {
        if (!view.access().edit()) {
            throw new AccessDeniedException("Not on this project's team");
        }
    }

    @GetMapping("/{id}")
    public String show(CurrentUser user, @PathVariable long id, Model model) {
        ProjectView view = service.view(user, id);
        addProjectModel(user, view, model);
        addIfAbsent(model, "memberForm", new MemberForm(null, null));
        addIfAbsent(model, "progressForm", new ProgressForm(null, null));
        addIfAbsent(model, "commentForm", new CommentForm(""));
        model.addAttribute("people", users.members(user.organisationId(), java.time.Instant.now()));
        model.addAttribute("projectRoles", ProjectRole.values());
        return "project/show";
    }

    @GetMapping("/{id}/summary")
    public String summary(CurrentUser user, @PathVariable long id, Model model) {
        addProjectModel(user, service.view(user, id), model);
        return "project/summary";
    }

    @GetMapping("/{id}/history")
    public String history(CurrentUser user, @PathVariable long id, Model model) {
        addProjectModel(user, service.view(user, id), model);
        model.addAttribute("history", service.history(user, id));
        return "project/history";
    }

    @GetMapping("/{id}/equity")
    public String equity(CurrentUser user, @PathVariable long id, Model model) {
        addProjectModel(user, service.view(user, id), model);
        model.addAttribute("sections", EquityQuestions.sections());
        model.addAttribute("ratings", EquityQuestions.RATINGS);
        return "project/equity";
    }

    @PostMapping("/{id}/equity")
    public String saveEquity(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<String, String> answers = new HashMap<>();
        Map<String, Integer> ratings = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("answer-")) {
                answers.put(name.substring("answer-".length()), value);
            } else if (name.startsWith("rating-") && value.matches("[1-4]")) {
                ratings.put(name.substring("rating-".length()), Integer.valueOf(value));
            }
        });
        service.saveAnswers(user, id, answers, ratings);
        redirect.addFlashAttribute("success", "Equity answers saved. Come back to them as the project goes on.");
        return "redirect:/projects/" + id + "/equity";
    }

    @PostMapping("/{id}/team")
    public String setMember(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        service.checkMember(user, form, errors);
        if (errors.hasErrors()) {
            service.editable(user, id);
            return show(user, id, model);
        }
        service.setMember(user, id, form);
        redirect.addFlashAttribute("success", "Team updated");
        return "redirect:/projects/" + id + "#team";
    }

    @PostMapping("/{id}/team/{memberId}/remove")
    public String removeMember(CurrentUser user, @PathVariable long id, @PathVariable long memberId,
            RedirectAttributes redirect) {
        service.removeMember(user, id, memberId);
        redirect.addFlashAttribute("success", "Removed from the team");
        return "redirect:/projects/" + id + "#team";
    }

    @PostMapping("/{id}/progress")
    public String progress(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        service.checkProgress(form, errors);
        if (errors.hasErrors()) {
            service.editable(user, id);
            return show(user, id, model);
        }
        service.addProgress(user, id, form);
        redirect.addFlashAttribute("success", "Progress score recorded");
        return "redirect:/projects/" + id + "#progress";
    }

    @PostMapping("/{id}/comments")
    public String comment(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "0") int step,
            @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            service.commentable(user, id);
            return step == 0 ? show(user, id, model) : step(user, id, step, model);
        }
        service.comment(user, id, step, form.body());
        return saved(redirect, "Comment added", id, step, "#comments");
    }

    @GetMapping("/{id}/comments/{commentId}/edit")
    public String editComment(CurrentUser user, @PathVariable long id, @PathVariable long commentId, Model model) {
        Comment c = service.editableComment(user, id, commentId);
        addIfAbsent(model, "commentForm", new CommentForm(c.body()));
        return changePage(user, id, model, new ChangePage("Edit your comment", "commentForm", "comment",
                "/projects/" + id + "/comments/" + commentId + "/edit", c.step()));
    }

    @PostMapping("/{id}/comments/{commentId}/edit")
    public String updateComment(CurrentUser user, @PathVariable long id, @PathVariable long commentId,
            @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        service.editableComment(user, id, commentId);
        if (errors.hasErrors()) {
            return editComment(user, id, commentId, model);
        }
        Comment c = service.editComment(user, id, commentId, form.body());
        return saved(redirect, "Comment saved", id, c.step(), "#comment-" + commentId);
    }

    // The five steps

    @GetMapping("/{id}/steps/{step}")
    public String step(CurrentUser user, @PathVariable long id, @PathVariable int step, Model model) {
        if (step < 1 || step > 5) {
            throw new NotFoundException();
        }
        ProjectView view = service.view(user, id);
        addProjectModel(user, view, model);
        model.addAttribute("step", view.steps().get(step - 1));
        addIfAbsent(model, "commentForm", new CommentForm(""));
        model.addAttribute("sourceKinds", sourceKinds(step));
        addIfAbsent(model, "sourceForm", new SourceForm(null, null, "", "", ""));
        switch (step) {
            case 2 -> addIfAbsent(model, "sessionForm", new SessionForm(SessionKind.INTERPRETATION, null, "", "", "", ""));
            case 3 -> {
                Project p = view.project();
                Aim aim = p.aim();
                addIfAbsent(model, "problemForm", new ProblemForm(p.problemStatement(), p.aimEvidence()));
                addIfAbsent(model, "aimForm", new AimForm(aim.group(), aim.gapMeasure(), aim.baseline(), aim.target(),
                        aim.by(), aim.statement()));
            }
            case 4 -> {
                addIfAbsent(model, "sessionForm", new SessionForm(SessionKind.CODESIGN, null, "", "", "", ""));
                addIfAbsent(model, "driverForm", new DriverForm(null, null, "", null));
                model.addAttribute("driverSvg", DriverDiagramSvg.render(aimText(view.project()), view.driverTree()));
                model.addAttribute("origins", ChangeOrigin.values());
                model.addAttribute("levels", DriverLevel.values());
            }
            case 5 -> {
                addIfAbsent(model, "pdsaForm", new PdsaForm("", null, null, "", "", "", "", null, "", null, null));
                addIfAbsent(model, "actionForm", new ActionForm("", null, null));
                addIfAbsent(model, "noteForm", new NoteForm(null, null, ""));
                addIfAbsent(model, "assuranceForm", new AssuranceForm(view.project().sustainability(),
                        view.project().scale(), view.project().strategy(), view.project().boardSummary()));
                model.addAttribute("acts", PdsaAct.values());
                model.addAttribute("people", users.members(user.organisationId(), java.time.Instant.now()));
            }
            default -> { }
        }
        return "project/step";
    }

    static String aimText(Project p) {
        if (p.aim().statement() != null) {
            return p.aim().statement();
        }
        if (p.aim().isComplete()) {
            return "For " + p.aim().group() + ": " + p.aim().gapMeasure() + " from " + p.aim().baseline() + " to "
                    + p.aim().target() + " by " + p.aim().by();
        }
        return null;
    }

    private void addProjectModel(CurrentUser user, ProjectView view, Model model) {
        // Pages with several forms: the title starts with "Error:" when any of them failed validation.
        model.addAttribute("formErrors", model.asMap().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
                        && e.getValue() instanceof BindingResult result && result.hasErrors()));
        model.addAttribute("view", view);
        model.addAttribute("p", view.project());
        model.addAttribute("aimText", aimText(view.project()));
        model.addAttribute("measures", service.measures().list(user.organisationId()));
        model.addAttribute("measureLookup", service.measures());
        model.addAttribute("questions", EquityQuestions.ALL);
        model.addAttribute("currentUserId", user.userId());
    }

    /** What a saved form reports: the success message and where on its page to land. */
    private record Saved(String message, String anchor) {
    }

    /**
     * The course of every form on a step page: with errors, the step page again with what was typed, after the
     * same access check as saving (a refused user learns nothing from validation); otherwise save, say so and
     * go back to the step.
     */
    private String onStepPage(CurrentUser user, long id, int step, BindingResult errors, Model model,
            RedirectAttributes redirect, BiFunction<CurrentUser, Long, ProjectView> mayChange, Supplier<Saved> save) {
        if (errors.hasErrors()) {
            mayChange.apply(user, id);
            return step(user, id, step, model);
        }
        Saved saved = save.get();
        return saved(redirect, saved.message(), id, step, saved.anchor());
    }

    private static String saved(RedirectAttributes redirect, String message, long id, int step, String anchor) {
        redirect.addFlashAttribute("success", message);
        return "redirect:" + pagePath(id, step) + anchor;
    }

    /** The step's page, or the project page for step 0 (comments on the whole project). */
    private static String pagePath(long id, int step) {
        return "/projects/" + id + (step == 0 ? "" : "/steps/" + step);
    }

    /** A page with the one form that changes a source, a session or a comment; {@code fields} names its fields. */
    private record ChangePage(String heading, String formName, String fields, String action, int step) {
    }

    private String changePage(CurrentUser user, long id, Model model, ChangePage page) {
        addProjectModel(user, service.view(user, id), model);
        model.addAttribute("page", page);
        model.addAttribute("back", pagePath(id, page.step()));
        return "project/change";
    }

    @PostMapping("/{id}/sources")
    public String addSource(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("sourceForm") SourceForm form,
            BindingResult errors, @RequestParam int step, Model model, RedirectAttributes redirect) {
        service.checkSource(user, form, errors);
        return onStepPage(user, id, form.kind() == null ? step : form.kind().step(), errors, model, redirect,
                service::editable, () -> {
                    service.addSource(user, id, form);
                    return new Saved(form.kind().label() + " added", "#sources");
                });
    }

    @GetMapping("/{id}/sources/{sourceId}/edit")
    public String editSource(CurrentUser user, @PathVariable long id, @PathVariable long sourceId, Model model) {
        Source s = service.editableSource(user, id, sourceId);
        addIfAbsent(model, "sourceForm", new SourceForm(s.kind(), s.refId(), s.name(), s.tells(), s.gaps()));
        model.addAttribute("sourceKinds", sourceKinds(s.kind().step()));
        return changePage(user, id, model, new ChangePage("Change " + s.kind().label().toLowerCase(), "sourceForm",
                "source", "/projects/" + id + "/sources/" + sourceId + "/edit", s.kind().step()));
    }

    @PostMapping("/{id}/sources/{sourceId}/edit")
    public String updateSource(CurrentUser user, @PathVariable long id, @PathVariable long sourceId,
            @Valid @ModelAttribute("sourceForm") SourceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Source before = service.editableSource(user, id, sourceId);
        service.checkSourceChange(user, before, form, errors);
        if (errors.hasErrors()) {
            return editSource(user, id, sourceId, model);
        }
        service.updateSource(user, id, sourceId, form);
        return saved(redirect, form.kind().label() + " saved", id, before.kind().step(), "#sources");
    }

    private static List<SourceKind> sourceKinds(int step) {
        return Arrays.stream(SourceKind.values()).filter(k -> k.step() == step).toList();
    }

    @PostMapping("/{id}/sources/{sourceId}/remove")
    public String removeSource(CurrentUser user, @PathVariable long id, @PathVariable long sourceId,
            @RequestParam int step, RedirectAttributes redirect) {
        service.removeSource(user, id, sourceId);
        return saved(redirect, "Removed", id, Math.max(1, Math.min(5, step)), "#sources");
    }

    @PostMapping("/{id}/sessions")
    public String addSession(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        SessionKind kind = form.kind() == null ? SessionKind.CODESIGN : form.kind();
        return onStepPage(user, id, kind.step(), errors, model, redirect,
                (u, project) -> service.sessionsChangeable(u, project, kind), () -> {
                    service.addSession(user, id, form);
                    return new Saved(kind.label() + " recorded", "#sessions");
                });
    }

    @GetMapping("/{id}/sessions/{sessionId}/edit")
    public String editSession(CurrentUser user, @PathVariable long id, @PathVariable long sessionId, Model model) {
        Session s = service.changeableSession(user, id, sessionId);
        addIfAbsent(model, "sessionForm", new SessionForm(s.kind(), s.heldOn(), s.participants(), s.powerSharing(),
                s.decisions(), s.decidedBy()));
        model.addAttribute("sessionKind", s.kind());
        return changePage(user, id, model, new ChangePage("Change " + s.kind().label().toLowerCase() + " of "
                + HistoryEdit.date(s.heldOn()), "sessionForm", "session",
                "/projects/" + id + "/sessions/" + sessionId + "/edit", s.kind().step()));
    }

    @PostMapping("/{id}/sessions/{sessionId}/edit")
    public String updateSession(CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
            @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        service.changeableSession(user, id, sessionId);
        if (errors.hasErrors()) {
            return editSession(user, id, sessionId, model);
        }
        SessionKind kind = service.updateSession(user, id, sessionId, form);
        return saved(redirect, kind.label() + " saved", id, kind.step(), "#session-" + sessionId);
    }

    @PostMapping("/{id}/sessions/{sessionId}/remove")
    public String removeSession(CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
            RedirectAttributes redirect) {
        SessionKind kind = service.removeSession(user, id, sessionId);
        return saved(redirect, kind.label() + " removed", id, kind.step(), "#sessions");
    }

    @PostMapping("/{id}/problem")
    public String saveProblem(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("problemForm") ProblemForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return onStepPage(user, id, 3, errors, model, redirect, service::editable, () -> {
            service.saveProblem(user, id, form);
            return new Saved("Problem statement saved", "#problem");
        });
    }

    @PostMapping("/{id}/aim")
    public String saveAim(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("aimForm") AimForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return onStepPage(user, id, 3, errors, model, redirect, service::editable, () -> {
            service.saveAim(user, id, form);
            return new Saved("Equity aim saved", "#aim");
        });
    }

    @PostMapping("/{id}/drivers")
    public String addDriver(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("driverForm") DriverForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        service.checkDriver(id, form, errors);
        return onStepPage(user, id, 4, errors, model, redirect, service::coDesignable, () -> {
            service.addDriver(user, id, form);
            return new Saved(form.level().label() + " added to the driver diagram", "#drivers");
        });
    }

    /** Rewording in the diagram's list; a problem is shown at the top of the page and at that node's field. */
    @PostMapping("/{id}/drivers/{driverId}")
    public String renameDriver(CurrentUser user, @PathVariable long id, @PathVariable long driverId,
            @Valid @ModelAttribute("rewordForm") RewordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            if (!service.coDesignable(user, id).driversById().containsKey(driverId)) {
                throw new NotFoundException();
            }
            model.addAttribute("rewordDriverId", driverId);
            model.addAttribute("rewordError", errors.getFieldError("text").getDefaultMessage());
            return step(user, id, 4, model);
        }
        service.renameDriver(user, id, driverId, form.text());
        return saved(redirect, "Driver diagram updated", id, 4, "#drivers");
    }

    @PostMapping("/{id}/drivers/{driverId}/remove")
    public String removeDriver(CurrentUser user, @PathVariable long id, @PathVariable long driverId,
            RedirectAttributes redirect) {
        service.removeDriver(user, id, driverId);
        return saved(redirect, "Removed from the driver diagram", id, 4, "#drivers");
    }

    @PostMapping("/{id}/pdsa")
    public String addPdsa(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("pdsaForm") PdsaForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        service.checkPdsa(user, id, form, errors);
        return onStepPage(user, id, 5, errors, model, redirect, service::editable,
                () -> new Saved("PDSA cycle planned", "#pdsa-" + service.addPdsa(user, id, form)));
    }

    @GetMapping("/{id}/pdsa/{cycleId}")
    public String editPdsa(CurrentUser user, @PathVariable long id, @PathVariable long cycleId, Model model) {
        ProjectView view = service.view(user, id);
        requireEdit(view);
        Pdsa c = view.cycles().stream().filter(x -> x.id() == cycleId).findFirst().orElseThrow(NotFoundException::new);
        addIfAbsent(model, "pdsaForm", new PdsaForm(c.title(), c.changeIdeaId(), c.measureId(), c.plan(),
                c.predictions(), c.doNotes(), c.studyNotes(), c.act(), c.actNotes(), c.startDate(), c.endDate()));
        addProjectModel(user, view, model);
        model.addAttribute("cycleId", cycleId);
        model.addAttribute("acts", PdsaAct.values());
        return "project/pdsa";
    }

    @PostMapping("/{id}/pdsa/{cycleId}")
    public String updatePdsa(CurrentUser user, @PathVariable long id, @PathVariable long cycleId,
            @Valid @ModelAttribute("pdsaForm") PdsaForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        service.checkPdsa(user, id, form, errors);
        if (errors.hasErrors()) {
            return editPdsa(user, id, cycleId, model);
        }
        service.updatePdsa(user, id, cycleId, form);
        return saved(redirect, "PDSA cycle saved", id, 5, "#pdsa-" + cycleId);
    }

    @PostMapping("/{id}/actions")
    public String addAction(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        service.checkAction(user, form, errors);
        return onStepPage(user, id, 5, errors, model, redirect, service::editable, () -> {
            service.addAction(user, id, form);
            return new Saved("Action added", "#actions");
        });
    }

    @PostMapping("/{id}/actions/{actionId}")
    public String setActionDone(CurrentUser user, @PathVariable long id, @PathVariable long actionId,
            @RequestParam boolean done, RedirectAttributes redirect) {
        service.setActionDone(user, id, actionId, done);
        return saved(redirect, done ? "Action completed" : "Action reopened", id, 5, "#actions");
    }

    @PostMapping("/{id}/notes")
    public String addNote(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        service.checkNote(user, form, errors);
        return onStepPage(user, id, 5, errors, model, redirect, service::editable, () -> {
            service.addNote(user, id, form);
            return new Saved("Note added to the measure's charts", "#notes");
        });
    }

    @PostMapping("/{id}/assurance")
    public String saveAssurance(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("assuranceForm") AssuranceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return onStepPage(user, id, 5, errors, model, redirect, service::editable, () -> {
            service.saveAssurance(user, id, form);
            return new Saved("Assurance saved", "#assurance");
        });
    }

    /** Keeps a form that failed validation (already in the model) instead of a fresh one. */
    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
