package org.equitylens.app.project;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equitylens.app.audit.AuditService;
import org.equitylens.app.measure.MeasureAnnotationsChanged;
import org.equitylens.app.project.ProjectForms.ActionForm;
import org.equitylens.app.project.ProjectForms.AimForm;
import org.equitylens.app.project.ProjectForms.AssuranceForm;
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
import org.equitylens.app.project.ProjectModel.Answer;
import org.equitylens.app.project.ProjectModel.Comment;
import org.equitylens.app.project.ProjectModel.Driver;
import org.equitylens.app.project.ProjectModel.Member;
import org.equitylens.app.project.ProjectModel.Pdsa;
import org.equitylens.app.project.ProjectModel.Project;
import org.equitylens.app.project.ProjectModel.Session;
import org.equitylens.app.project.ProjectModel.Source;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.user.UserRepository;
import org.equitylens.app.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Every read and change of a project goes through here: another organisation's project is 404, a change
 * the user may not make is 403, and each change is written to the project history and the audit log.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final UserRepository users;
    private final MeasureLookup measures;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    public ProjectService(ProjectRepository projects, UserRepository users, MeasureLookup measures,
            AuditService audit, ApplicationEventPublisher events) {
        this.projects = projects;
        this.users = users;
        this.measures = measures;
        this.audit = audit;
        this.events = events;
    }

    /** Lets the measure's charts redraw with a new or moved PDSA cycle or note. */
    private void annotationsChanged(Long... measureIds) {
        for (Long measureId : measureIds) {
            if (measureId != null) {
                events.publishEvent(new MeasureAnnotationsChanged(measureId));
            }
        }
    }

    public MeasureLookup measures() {
        return measures;
    }

    public List<ProjectView> list(CurrentUser user) {
        return projects.inOrganisation(user.organisationId()).stream().map(p -> view(user, p)).toList();
    }

    public ProjectView view(CurrentUser user, long projectId) {
        Project project = projects.find(projectId).orElseThrow(NotFoundException::new);
        user.requireSameOrganisation(project.organisationId());
        return view(user, project);
    }

    private ProjectView view(CurrentUser user, Project p) {
        List<Member> team = projects.members(p.id());
        ProjectRole role = team.stream().filter(m -> m.userId() == user.userId()).map(Member::role).findFirst()
                .orElse(null);
        Map<String, Answer> answers = projects.answers(p.id()).stream()
                .collect(Collectors.toMap(Answer::question, Function.identity()));
        return new ProjectView(p, ProjectAccess.of(user, role), team, projects.progress(p.id()),
                projects.sources(p.id()), projects.sessions(p.id()), projects.drivers(p.id()),
                projects.pdsaCycles(p.id()), projects.actions(p.id()), projects.notes(p.id()), answers,
                projects.comments(p.id()));
    }

    /** The project for a read that is audited (not a change, so not in the project's history). */
    public ProjectView auditedRead(CurrentUser user, long projectId, String action) {
        ProjectView view = view(user, projectId);
        audit.record(user, action, "PROJECT", projectId);
        return view;
    }

    /** The project when the user may edit it: 404 for another organisation, 403 when not on the team. */
    public ProjectView editable(CurrentUser user, long projectId) {
        ProjectView view = view(user, projectId);
        if (!view.access().edit()) {
            throw new AccessDeniedException("Not on this project's team");
        }
        return view;
    }

    /** The project when the user may add to its co-design (the team, co-producers included). */
    public ProjectView coDesignable(CurrentUser user, long projectId) {
        ProjectView view = view(user, projectId);
        if (!view.access().coDesign()) {
            throw new AccessDeniedException("May not add to this project's co-design");
        }
        return view;
    }

    private void changed(CurrentUser user, long projectId, String action, String change) {
        projects.addHistory(projectId, user.userId(), change);
        audit.record(user, action, "PROJECT", projectId);
    }

    // Projects and team

    @Transactional
    public long create(CurrentUser user, ProjectForm form) {
        if (!ProjectAccess.canCreate(user)) {
            throw new AccessDeniedException("May not start a project");
        }
        long id = projects.insertProject(user.organisationId(), form.title().strip(), form.population().strip(),
                form.inequity().strip(), form.status(), tags(form.tags()));
        projects.upsertMember(id, user.userId(), ProjectRole.LEAD);
        changed(user, id, ProjectActions.CREATED, "Started the project");
        return id;
    }

    @Transactional
    public void update(CurrentUser user, long projectId, ProjectForm form) {
        editable(user, projectId);
        projects.updateProject(projectId, form.title().strip(), form.population().strip(), form.inequity().strip(),
                form.status(), tags(form.tags()));
        changed(user, projectId, ProjectActions.UPDATED, "Changed the title, population, inequity, status or tags");
    }

    private static EnumSet<Core20Plus5> tags(List<Core20Plus5> tags) {
        EnumSet<Core20Plus5> set = EnumSet.noneOf(Core20Plus5.class);
        if (tags != null) {
            tags.stream().filter(t -> t != null).forEach(set::add);
        }
        return set;
    }

    public void checkMember(CurrentUser user, MemberForm form, Errors errors) {
        if (form.userId() != null && users.membership(form.userId(), user.organisationId()).isEmpty()) {
            errors.rejectValue("userId", "organisation", "Select a person from " + user.organisationName());
        }
    }

    @Transactional
    public void setMember(CurrentUser user, long projectId, MemberForm form) {
        editable(user, projectId);
        users.membership(form.userId(), user.organisationId()).orElseThrow(NotFoundException::new);
        projects.upsertMember(projectId, form.userId(), form.role());
        changed(user, projectId, ProjectActions.TEAM_CHANGED, "Set a team member's role to " + form.role().label());
    }

    @Transactional
    public void removeMember(CurrentUser user, long projectId, long memberId) {
        editable(user, projectId);
        if (projects.removeMember(projectId, memberId) == 0) {
            throw new NotFoundException();
        }
        changed(user, projectId, ProjectActions.TEAM_CHANGED, "Removed a team member");
    }

    public void checkProgress(ProgressForm form, Errors errors) {
        if (form.score() != null && form.score().remainder(new BigDecimal("0.5")).signum() != 0) {
            errors.rejectValue("score", "step", "Progress score must be in steps of 0.5, like 2.5");
        }
    }

    @Transactional
    public void addProgress(CurrentUser user, long projectId, ProgressForm form) {
        editable(user, projectId);
        projects.addProgress(projectId, form.score(), blankToNull(form.note()), user.userId());
        changed(user, projectId, ProjectActions.PROGRESS_SCORED, "Set the progress score to " + form.score());
    }

    // Step 1, 2 and 5 registers

    public void checkSource(CurrentUser user, SourceForm form, Errors errors) {
        if (form.kind() == null) {
            return;
        }
        // A measure is one of the app's (by id) or, for one counted elsewhere, named.
        if (form.kind().isMeasure() && form.refId() != null) {
            if (measures.find(user.organisationId(), form.refId()).isEmpty()) {
                errors.rejectValue("refId", "unknown", "Select a measure of " + user.organisationName());
            }
        } else if (form.kind() == SourceKind.DATASET && form.refId() == null) {
            errors.rejectValue("refId", "required", "Enter the dataset's id");
        } else if (!ProjectModel.notBlank(form.name())) {
            errors.rejectValue("name", "required", form.kind().isMeasure()
                    ? "Select a measure, or name one counted outside the app" : "Enter the name of the source");
        }
    }

    @Transactional
    public long addSource(CurrentUser user, long projectId, SourceForm form) {
        editable(user, projectId);
        long id = projects.addSource(projectId, form.kind(), form.refId(), sourceName(user, form),
                blankToNull(form.tells()), blankToNull(form.gaps()));
        changed(user, projectId, ProjectActions.SOURCE_ADDED, "Added " + HistoryEdit.a(form.kind().label().toLowerCase())
                + " (step " + form.kind().step() + ")");
        return id;
    }

    /** An app measure is named by the app; anything else by what was typed. */
    private String sourceName(CurrentUser user, SourceForm form) {
        return form.kind().isMeasure() && form.refId() != null
                ? measures.find(user.organisationId(), form.refId()).orElseThrow().name()
                : form.name().strip();
    }

    /** The source when the user may change it (as for adding: the team): 404 when not in this project. */
    public Source editableSource(CurrentUser user, long projectId, long sourceId) {
        return editable(user, projectId).sources().stream().filter(s -> s.id() == sourceId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** As {@link #checkSource}, and a changed source keeps to its step (its kind decides where it is listed). */
    public void checkSourceChange(CurrentUser user, Source before, SourceForm form, Errors errors) {
        checkSource(user, form, errors);
        if (form.kind() != null && form.kind().step() != before.kind().step()) {
            errors.rejectValue("kind", "step", "Select a kind of source for step " + before.kind().step());
        }
    }

    @Transactional
    public void updateSource(CurrentUser user, long projectId, long sourceId, SourceForm form) {
        Source before = editableSource(user, projectId, sourceId);
        String name = sourceName(user, form);
        projects.updateSource(projectId, sourceId, form.kind(), form.refId(), name, blankToNull(form.tells()),
                blankToNull(form.gaps()));
        // An app measure's name is the app's: a change of measure says it already.
        boolean appMeasureBothTimes = before.kind().isMeasure() && before.refId() != null && form.kind().isMeasure()
                && form.refId() != null;
        HistoryEdit edit = new HistoryEdit()
                .value("kind", before.kind().label(), form.kind().label())
                .value("app measure or dataset", reference(user, before.kind(), before.refId()),
                        reference(user, form.kind(), form.refId()));
        if (!appMeasureBothTimes) {
            edit.text("name", before.name(), name);
        }
        edit.text("what it tells us", before.tells(), form.tells()).text("gaps", before.gaps(), form.gaps());
        changed(user, projectId, ProjectActions.SOURCE_CHANGED,
                edit.describe(HistoryEdit.a(before.kind().label().toLowerCase()) + " (step " + before.kind().step() + ")"));
    }

    private String reference(CurrentUser user, SourceKind kind, Long refId) {
        if (refId == null) {
            return "none";
        }
        return kind.isMeasure() ? measures.name(user.organisationId(), refId) : "dataset " + refId;
    }

    @Transactional
    public void removeSource(CurrentUser user, long projectId, long sourceId) {
        editable(user, projectId);
        if (projects.removeSource(projectId, sourceId) == 0) {
            throw new NotFoundException();
        }
        changed(user, projectId, ProjectActions.SOURCE_REMOVED, "Removed a source or linked measure");
    }

    // Sessions: co-interpretation is the team's; co-design is open to co-producers too

    /**
     * The project when the user may record, change or remove a session of this kind: co-design sessions are
     * open to co-producers on the team, co-interpretation sessions to the team that edits the project.
     */
    public ProjectView sessionsChangeable(CurrentUser user, long projectId, SessionKind kind) {
        return kind == SessionKind.CODESIGN ? coDesignable(user, projectId) : editable(user, projectId);
    }

    @Transactional
    public long addSession(CurrentUser user, long projectId, SessionForm form) {
        sessionsChangeable(user, projectId, form.kind());
        long id = projects.addSession(projectId, form.kind(), form.heldOn(), form.participants().strip(),
                blankToNull(form.powerSharing()), form.decisions().strip(), blankToNull(form.decidedBy()),
                user.userId());
        changed(user, projectId, ProjectActions.SESSION_ADDED, "Recorded a " + form.kind().label().toLowerCase());
        return id;
    }

    /** The session when the user may change it: 404 when not in this project, 403 as for recording one. */
    public Session changeableSession(CurrentUser user, long projectId, long sessionId) {
        Session session = view(user, projectId).sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(NotFoundException::new);
        sessionsChangeable(user, projectId, session.kind());
        return session;
    }

    /** Changes what a session records; its kind, which decides who may change it, stays. */
    @Transactional
    public SessionKind updateSession(CurrentUser user, long projectId, long sessionId, SessionForm form) {
        Session before = changeableSession(user, projectId, sessionId);
        projects.updateSession(projectId, sessionId, form.heldOn(), form.participants().strip(),
                blankToNull(form.powerSharing()), form.decisions().strip(), blankToNull(form.decidedBy()));
        String change = new HistoryEdit()
                .value("date", HistoryEdit.date(before.heldOn()), HistoryEdit.date(form.heldOn()))
                .text("who took part", before.participants(), form.participants())
                .text("how power was shared", before.powerSharing(), form.powerSharing())
                .text("decisions", before.decisions(), form.decisions())
                .text("who decided", before.decidedBy(), form.decidedBy())
                .describe("the " + before.kind().label().toLowerCase() + " of " + HistoryEdit.date(before.heldOn()));
        changed(user, projectId, ProjectActions.SESSION_CHANGED, change);
        return before.kind();
    }

    @Transactional
    public SessionKind removeSession(CurrentUser user, long projectId, long sessionId) {
        SessionKind kind = changeableSession(user, projectId, sessionId).kind();
        projects.removeSession(projectId, sessionId);
        changed(user, projectId, ProjectActions.SESSION_REMOVED, "Removed a " + kind.label().toLowerCase());
        return kind;
    }

    // Step 3

    @Transactional
    public void saveProblem(CurrentUser user, long projectId, ProblemForm form) {
        editable(user, projectId);
        projects.updateProblem(projectId, form.problemStatement().strip(), blankToNull(form.evidence()));
        changed(user, projectId, ProjectActions.PROBLEM_SAVED, "Changed the problem statement or evidence");
    }

    @Transactional
    public void saveAim(CurrentUser user, long projectId, AimForm form) {
        editable(user, projectId);
        projects.updateAim(projectId, new Aim(form.group().strip(), form.gapMeasure().strip(),
                form.baseline().strip(), form.target().strip(), form.by(), blankToNull(form.statement())));
        changed(user, projectId, ProjectActions.AIM_SAVED, "Changed the equity aim");
    }

    // Step 4: driver diagram

    public void checkDriver(long projectId, DriverForm form, Errors errors) {
        if (form.level() == null) {
            return;
        }
        DriverLevel parentLevel = form.level().parentLevel();
        if (parentLevel != null) {
            Driver parent = form.parentId() == null ? null : projects.drivers(projectId).stream()
                    .filter(d -> d.id() == form.parentId()).findFirst().orElse(null);
            if (parent == null || parent.level() != parentLevel) {
                errors.rejectValue("parentId", "parent", "Select the " + parentLevel.label().toLowerCase()
                        + " it belongs to");
            }
        }
        if (form.level() == DriverLevel.CHANGE_IDEA && form.origin() == null) {
            errors.rejectValue("origin", "required", "Select where the change idea came from");
        }
    }

    @Transactional
    public long addDriver(CurrentUser user, long projectId, DriverForm form) {
        coDesignable(user, projectId);
        long id = projects.addDriver(projectId, form.level().parentLevel() == null ? null : form.parentId(),
                form.level(), form.text().strip(), form.level() == DriverLevel.CHANGE_IDEA ? form.origin() : null,
                user.userId());
        changed(user, projectId, ProjectActions.DRIVER_CHANGED, "Added a " + form.level().label().toLowerCase());
        return id;
    }

    @Transactional
    public void renameDriver(CurrentUser user, long projectId, long driverId, String text) {
        ProjectView view = coDesignable(user, projectId);
        if (!view.driversById().containsKey(driverId)) {
            throw new NotFoundException();
        }
        projects.updateDriverText(projectId, driverId, text.strip());
        changed(user, projectId, ProjectActions.DRIVER_CHANGED, "Reworded a driver or change idea");
    }

    @Transactional
    public void removeDriver(CurrentUser user, long projectId, long driverId) {
        ProjectView view = coDesignable(user, projectId);
        if (!view.driversById().containsKey(driverId)) {
            throw new NotFoundException();
        }
        projects.removeDriver(projectId, driverId);
        changed(user, projectId, ProjectActions.DRIVER_CHANGED, "Removed a driver or change idea and what was under it");
    }

    // Step 5

    public void checkPdsa(CurrentUser user, long projectId, PdsaForm form, Errors errors) {
        if (form.changeIdeaId() != null && projects.drivers(projectId).stream()
                .noneMatch(d -> d.id() == form.changeIdeaId() && d.level() == DriverLevel.CHANGE_IDEA)) {
            errors.rejectValue("changeIdeaId", "unknown", "Select a change idea from the driver diagram");
        }
        if (form.measureId() != null && measures.find(user.organisationId(), form.measureId()).isEmpty()) {
            errors.rejectValue("measureId", "unknown", "Select a measure of " + user.organisationName());
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            errors.rejectValue("endDate", "order", "End date must be the same as or after the start date");
        }
        if (form.predictions() != null && form.predictions().lines().map(String::strip).filter(l -> !l.isEmpty())
                .anyMatch(l -> !l.contains(":") || l.indexOf(':') == 0)) {
            errors.rejectValue("predictions", "format",
                    "Write each prediction on its own line as subgroup: prediction, like Black African: fewer detentions");
        }
    }

    private static Pdsa pdsa(long id, PdsaForm f) {
        return new Pdsa(id, f.title().strip(), f.changeIdeaId(), f.measureId(), f.plan().strip(), f.predictions().strip(),
                blankToNull(f.doNotes()), blankToNull(f.studyNotes()), f.act(), blankToNull(f.actNotes()),
                f.startDate(), f.endDate());
    }

    @Transactional
    public long addPdsa(CurrentUser user, long projectId, PdsaForm form) {
        editable(user, projectId);
        long id = projects.addPdsa(projectId, pdsa(0, form));
        annotationsChanged(form.measureId());
        changed(user, projectId, ProjectActions.PDSA_CHANGED, "Planned a PDSA cycle");
        return id;
    }

    @Transactional
    public void updatePdsa(CurrentUser user, long projectId, long cycleId, PdsaForm form) {
        ProjectView view = editable(user, projectId);
        Pdsa before = view.cycles().stream().filter(c -> c.id() == cycleId).findFirst()
                .orElseThrow(NotFoundException::new);
        projects.updatePdsa(projectId, pdsa(cycleId, form));
        annotationsChanged(before.measureId(), form.measureId());
        changed(user, projectId, ProjectActions.PDSA_CHANGED, form.act() == null ? "Updated a PDSA cycle"
                : "Recorded the act of a PDSA cycle: " + form.act().label());
    }

    public void checkAction(CurrentUser user, ActionForm form, Errors errors) {
        if (form.ownerUserId() != null && users.membership(form.ownerUserId(), user.organisationId()).isEmpty()) {
            errors.rejectValue("ownerUserId", "organisation", "Select an owner from " + user.organisationName());
        }
    }

    @Transactional
    public long addAction(CurrentUser user, long projectId, ActionForm form) {
        editable(user, projectId);
        long id = projects.addAction(projectId, form.description().strip(), form.ownerUserId(), form.dueOn());
        changed(user, projectId, ProjectActions.ACTION_CHANGED, "Added an action");
        return id;
    }

    @Transactional
    public void setActionDone(CurrentUser user, long projectId, long actionId, boolean done) {
        editable(user, projectId);
        if (projects.setActionDone(projectId, actionId, done) == 0) {
            throw new NotFoundException();
        }
        changed(user, projectId, ProjectActions.ACTION_CHANGED, done ? "Completed an action" : "Reopened an action");
    }

    @Transactional
    public void saveAssurance(CurrentUser user, long projectId, AssuranceForm form) {
        editable(user, projectId);
        projects.updateAssurance(projectId, blankToNull(form.sustainability()), blankToNull(form.scale()),
                blankToNull(form.strategy()), blankToNull(form.boardSummary()));
        changed(user, projectId, ProjectActions.ASSURANCE_SAVED, "Changed the three S's review or board summary");
    }

    public void checkNote(CurrentUser user, NoteForm form, Errors errors) {
        if (form.noteMeasureId() != null && measures.find(user.organisationId(), form.noteMeasureId()).isEmpty()) {
            errors.rejectValue("noteMeasureId", "unknown", "Select a measure of " + user.organisationName());
        }
    }

    @Transactional
    public long addNote(CurrentUser user, long projectId, NoteForm form) {
        editable(user, projectId);
        long id = projects.addNote(projectId, form.noteMeasureId(), form.notedOn(), form.noteText().strip());
        annotationsChanged(form.noteMeasureId());
        changed(user, projectId, ProjectActions.NOTE_ADDED, "Added a dated note to a measure's charts");
        return id;
    }

    // Equity checklists and comments

    /** Saves the answers given (question key to text, or to a rating 1–4 for principles); unknown keys are ignored. */
    @Transactional
    public int saveAnswers(CurrentUser user, long projectId, Map<String, String> answers, Map<String, Integer> ratings) {
        editable(user, projectId);
        int saved = 0;
        for (EquityQuestions.Question q : EquityQuestions.ALL) {
            String answer = answers.get(q.key());
            Integer rating = q.rated() ? ratings.get(q.key()) : null;
            if (answer != null || rating != null) {
                String text = blankToNull(answer);
                projects.saveAnswer(projectId, q.key(), text == null ? null : truncate(text, 2000),
                        rating != null && rating >= 1 && rating <= 4 ? rating : null, user.userId());
                saved++;
            }
        }
        changed(user, projectId, ProjectActions.EQUITY_ANSWERED, "Answered the equity questions");
        return saved;
    }

    /** The project when the user may comment on it. */
    public ProjectView commentable(CurrentUser user, long projectId) {
        ProjectView view = view(user, projectId);
        if (!view.access().comment()) {
            throw new AccessDeniedException("May not comment on this project");
        }
        return view;
    }

    @Transactional
    public void comment(CurrentUser user, long projectId, int step, String body) {
        commentable(user, projectId);
        if (step < 0 || step > 5) {
            throw new NotFoundException();
        }
        projects.addComment(projectId, step, user.userId(), body.strip());
        changed(user, projectId, ProjectActions.COMMENTED, step == 0 ? "Commented on the project"
                : "Commented on step " + step);
    }

    /** The comment when the user may edit it: its author only, while they may still comment on the project. */
    public Comment editableComment(CurrentUser user, long projectId, long commentId) {
        Comment comment = commentable(user, projectId).comments().stream().filter(c -> c.id() == commentId)
                .findFirst().orElseThrow(NotFoundException::new);
        if (comment.authorId() != user.userId()) {
            throw new AccessDeniedException("Only its author may edit a comment");
        }
        return comment;
    }

    /** Edits a comment; it then shows "edited", and the history says which comment was edited. */
    @Transactional
    public Comment editComment(CurrentUser user, long projectId, long commentId, String body) {
        Comment comment = editableComment(user, projectId, commentId);
        projects.updateComment(projectId, commentId, body.strip());
        changed(user, projectId, ProjectActions.COMMENT_EDITED, comment.step() == 0 ? "Edited a comment on the project"
                : "Edited a comment on step " + comment.step());
        return comment;
    }

    public List<ProjectModel.HistoryEntry> history(CurrentUser user, long projectId) {
        view(user, projectId);
        return projects.history(projectId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
