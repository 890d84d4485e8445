package org.equitylens.app.project;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.equitylens.app.project.ProjectForms.SessionForm;
import org.equitylens.app.project.ProjectForms.SourceForm;
import org.equitylens.app.project.ProjectModel.Aim;
import org.equitylens.app.project.ProjectModel.Pdsa;
import org.equitylens.app.project.ProjectModel.Project;
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
        redirect.addFlashAttribute("success", "Comment added");
        return "redirect:/projects/" + id + (step == 0 ? "" : "/steps/" + step) + "#comments";
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
        model.addAttribute("sourceKinds", java.util.Arrays.stream(SourceKind.values()).filter(k -> k.step() == step).toList());
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
    }

    @PostMapping("/{id}/sources")
    public String addSource(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("sourceForm") SourceForm form,
            BindingResult errors, @RequestParam int step, Model model, RedirectAttributes redirect) {
        service.checkSource(user, form, errors);
        if (errors.hasErrors()) {
            service.editable(user, id);
            return step(user, id, step, model);
        }
        service.addSource(user, id, form);
        redirect.addFlashAttribute("success", form.kind().label() + " added");
        return "redirect:/projects/" + id + "/steps/" + form.kind().step();
    }

    @PostMapping("/{id}/sources/{sourceId}/remove")
    public String removeSource(CurrentUser user, @PathVariable long id, @PathVariable long sourceId,
            @RequestParam int step, RedirectAttributes redirect) {
        service.removeSource(user, id, sourceId);
        redirect.addFlashAttribute("success", "Removed");
        return "redirect:/projects/" + id + "/steps/" + Math.max(1, Math.min(5, step));
    }

    @PostMapping("/{id}/sessions")
    public String addSession(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        int step = form.kind() == null ? 4 : form.kind().step();
        if (errors.hasErrors()) {
            if (form.kind() == SessionKind.INTERPRETATION) {
                service.editable(user, id);
            } else {
                service.coDesignable(user, id);
            }
            return step(user, id, step, model);
        }
        service.addSession(user, id, form);
        redirect.addFlashAttribute("success", form.kind().label() + " recorded");
        return "redirect:/projects/" + id + "/steps/" + step + "#sessions";
    }

    @PostMapping("/{id}/sessions/{sessionId}/remove")
    public String removeSession(CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
            RedirectAttributes redirect) {
        SessionKind kind = service.removeSession(user, id, sessionId);
        redirect.addFlashAttribute("success", kind.label() + " removed");
        return "redirect:/projects/" + id + "/steps/" + kind.step() + "#sessions";
    }

    @PostMapping("/{id}/problem")
    public String saveProblem(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("problemForm") ProblemForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            service.editable(user, id);
            return step(user, id, 3, model);
        }
        service.saveProblem(user, id, form);
        redirect.addFlashAttribute("success", "Problem statement saved");
        return "redirect:/projects/" + id + "/steps/3";
    }

    @PostMapping("/{id}/aim")
    public String saveAim(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("aimForm") AimForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            service.editable(user, id);
            return step(user, id, 3, model);
        }
        service.saveAim(user, id, form);
        redirect.addFlashAttribute("success", "Equity aim saved");
        return "redirect:/projects/" + id + "/steps/3#aim";
    }

    @PostMapping("/{id}/drivers")
    public String addDriver(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("driverForm") DriverForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        service.checkDriver(id, form, errors);
        if (errors.hasErrors()) {
            service.coDesignable(user, id);
            return step(user, id, 4, model);
        }
        service.addDriver(user, id, form);
        redirect.addFlashAttribute("success", form.level().label() + " added to the driver diagram");
        return "redirect:/projects/" + id + "/steps/4#drivers";
    }

    @PostMapping("/{id}/drivers/{driverId}")
    public String renameDriver(CurrentUser user, @PathVariable long id, @PathVariable long driverId,
            @RequestParam String text, RedirectAttributes redirect) {
        if (text.isBlank() || text.length() > 500) {
            redirect.addFlashAttribute("driverProblem", "Enter the text of the driver, 500 characters or fewer");
        } else {
            service.renameDriver(user, id, driverId, text);
            redirect.addFlashAttribute("success", "Driver diagram updated");
        }
        return "redirect:/projects/" + id + "/steps/4#drivers";
    }

    @PostMapping("/{id}/drivers/{driverId}/remove")
    public String removeDriver(CurrentUser user, @PathVariable long id, @PathVariable long driverId,
            RedirectAttributes redirect) {
        service.removeDriver(user, id, driverId);
        redirect.addFlashAttribute("success", "Removed from the driver diagram");
        return "redirect:/projects/" + id + "/steps/4#drivers";
    }

    @PostMapping("/{id}/pdsa")
    public String addPdsa(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("pdsaForm") PdsaForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        service.checkPdsa(user, id, form, errors);
        if (errors.hasErrors()) {
            service.editable(user, id);
            return step(user, id, 5, model);
        }
        long cycle = service.addPdsa(user, id, form);
        redirect.addFlashAttribute("success", "PDSA cycle planned");
        return "redirect:/projects/" + id + "/steps/5#pdsa-" + cycle;
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
        redirect.addFlashAttribute("success", "PDSA cycle saved");
        return "redirect:/projects/" + id + "/steps/5#pdsa-" + cycleId;
    }

    @PostMapping("/{id}/actions")
    public String addAction(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        service.checkAction(user, form, errors);
        if (errors.hasErrors()) {
            service.editable(user, id);
            return step(user, id, 5, model);
        }
        service.addAction(user, id, form);
        redirect.addFlashAttribute("success", "Action added");
        return "redirect:/projects/" + id + "/steps/5#actions";
    }

    @PostMapping("/{id}/actions/{actionId}")
    public String setActionDone(CurrentUser user, @PathVariable long id, @PathVariable long actionId,
            @RequestParam boolean done, RedirectAttributes redirect) {
        service.setActionDone(user, id, actionId, done);
        redirect.addFlashAttribute("success", done ? "Action completed" : "Action reopened");
        return "redirect:/projects/" + id + "/steps/5#actions";
    }

    @PostMapping("/{id}/notes")
    public String addNote(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        service.checkNote(user, form, errors);
        if (errors.hasErrors()) {
            service.editable(user, id);
            return step(user, id, 5, model);
        }
        service.addNote(user, id, form);
        redirect.addFlashAttribute("success", "Note added to the measure's charts");
        return "redirect:/projects/" + id + "/steps/5#notes";
    }

    @PostMapping("/{id}/assurance")
    public String saveAssurance(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("assuranceForm") AssuranceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            service.editable(user, id);
            return step(user, id, 5, model);
        }
        service.saveAssurance(user, id, form);
        redirect.addFlashAttribute("success", "Assurance saved");
        return "redirect:/projects/" + id + "/steps/5#assurance";
    }

    /** Keeps a form that failed validation (already in the model) instead of a fresh one. */
    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
