package org.equitylens.app.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equitylens.app.project.ProjectModel.Action;
import org.equitylens.app.project.ProjectModel.Answer;
import org.equitylens.app.project.ProjectModel.Comment;
import org.equitylens.app.project.ProjectModel.Driver;
import org.equitylens.app.project.ProjectModel.DriverNode;
import org.equitylens.app.project.ProjectModel.Member;
import org.equitylens.app.project.ProjectModel.Note;
import org.equitylens.app.project.ProjectModel.Pdsa;
import org.equitylens.app.project.ProjectModel.Progress;
import org.equitylens.app.project.ProjectModel.Project;
import org.equitylens.app.project.ProjectModel.Session;
import org.equitylens.app.project.ProjectModel.Source;

/** A whole project as one user may see it, with what each of the five steps has and still misses. */
public record ProjectView(Project project, ProjectAccess access, List<Member> team, List<Progress> progress,
        List<Source> sources, List<Session> sessions, List<Driver> drivers, List<Pdsa> cycles, List<Action> actions,
        List<Note> notes, Map<String, Answer> answers, List<Comment> comments) {

    public record Check(String label, boolean done) {
    }

    public record Step(int number, String name, String gloss, List<Check> checks) {

        public boolean done() {
            return checks.stream().allMatch(Check::done);
        }

        public List<String> missing() {
            return checks.stream().filter(c -> !c.done()).map(Check::label).toList();
        }
    }

    public static final List<String> STEP_NAMES = List.of("Intelligence gathering", "Analysis and interpretation",
            "Defining problems", "Co-designing solutions", "Critical actions");

    public BigDecimal score() {
        return progress.isEmpty() ? null : progress.get(0).score();
    }

    public List<Source> sources(SourceKind... kinds) {
        Set<SourceKind> wanted = Set.of(kinds);
        return sources.stream().filter(s -> wanted.contains(s.kind())).toList();
    }

    public List<Source> stepSources(int step) {
        return sources.stream().filter(s -> s.kind().step() == step).toList();
    }

    public List<Session> sessions(SessionKind kind) {
        return sessions.stream().filter(s -> s.kind() == kind).toList();
    }

    public List<Comment> comments(int step) {
        return comments.stream().filter(c -> c.step() == step).toList();
    }

    public List<Driver> changeIdeas() {
        return drivers.stream().filter(d -> d.level() == DriverLevel.CHANGE_IDEA).toList();
    }

    public Map<Long, Driver> driversById() {
        return drivers.stream().collect(Collectors.toMap(Driver::id, Function.identity()));
    }

    /** The driver diagram as a tree under the aim. */
    public List<DriverNode> driverTree() {
        return childrenOf(null);
    }

    private List<DriverNode> childrenOf(Long parentId) {
        List<DriverNode> nodes = new ArrayList<>();
        for (Driver d : drivers) {
            if (parentId == null ? d.parentId() == null : parentId.equals(d.parentId())) {
                nodes.add(new DriverNode(d, childrenOf(d.id())));
            }
        }
        return nodes;
    }

    public long answered() {
        return answers.values().stream().filter(a -> ProjectModel.notBlank(a.answer()) || a.rating() != null).count();
    }

    public List<Step> steps() {
        var p = project;
        return List.of(
                new Step(1, STEP_NAMES.get(0), "Build insight from a range of data sources", List.of(
                        new Check("At least one data source in the register", !stepSources(1).isEmpty()),
                        new Check("Qualitative insight (community conversations, feedback, staff voice)",
                                !sources(SourceKind.QUALITATIVE).isEmpty()),
                        new Check("What each source cannot tell (its gaps) written down",
                                !stepSources(1).isEmpty() && stepSources(1).stream().allMatch(s -> ProjectModel.notBlank(s.gaps()))))),
                new Step(2, STEP_NAMES.get(1), "Compare and cross-reference data with existing strategies and benchmarking",
                        List.of(new Check("A measure linked for analysis", !sources(SourceKind.ANALYSIS_MEASURE).isEmpty()),
                                new Check("Benchmarks or existing strategies cross-referenced",
                                        !sources(SourceKind.BENCHMARK, SourceKind.STRATEGY).isEmpty()),
                                new Check("A co-interpretation session with communities",
                                        !sessions(SessionKind.INTERPRETATION).isEmpty()))),
                new Step(3, STEP_NAMES.get(2), "Consolidate the collected data", List.of(
                        new Check("Problem statement", ProjectModel.notBlank(p.problemStatement())),
                        new Check("Evidence linked", ProjectModel.notBlank(p.aimEvidence())),
                        new Check("Equity aim: group, gap measure, baseline, target and date", p.aim().isComplete()))),
                new Step(4, STEP_NAMES.get(3), "Involve and delegate to communities", List.of(
                        new Check("A co-design session", !sessions(SessionKind.CODESIGN).isEmpty()),
                        new Check("Driver diagram with primary drivers", drivers.stream().anyMatch(d -> d.level() == DriverLevel.PRIMARY)),
                        new Check("Change ideas", !changeIdeas().isEmpty()))),
                new Step(5, STEP_NAMES.get(4), "Review, measurement and assurance", List.of(
                        new Check("A PDSA cycle", !cycles.isEmpty()),
                        new Check("Actions with owners", !actions.isEmpty()),
                        new Check("Outcome, process and balancing measures",
                                !sources(SourceKind.OUTCOME_MEASURE).isEmpty() && !sources(SourceKind.PROCESS_MEASURE).isEmpty()
                                        && !sources(SourceKind.BALANCING_MEASURE).isEmpty()),
                        new Check("Progress score", !progress.isEmpty()),
                        new Check("Three S's review and what goes to the board",
                                ProjectModel.notBlank(p.sustainability()) && ProjectModel.notBlank(p.scale())
                                        && ProjectModel.notBlank(p.strategy()) && ProjectModel.notBlank(p.boardSummary())))));
    }

    public int stepsDone() {
        return (int) steps().stream().filter(Step::done).count();
    }

    /** The first step not yet done: where the team is working (5 once all are done). */
    public int currentStep() {
        return steps().stream().filter(s -> !s.done()).findFirst().map(Step::number).orElse(5);
    }

    /** Contributions by co-producers on the team, credited on the project page. */
    public record Credit(String name, long sessions, long changeIdeas, long comments) {
    }

    public List<Credit> coProducerCredits() {
        return team.stream().filter(m -> m.role() == ProjectRole.CO_PRODUCER)
                .map(m -> new Credit(m.displayName(),
                        sessions.stream().filter(s -> s.createdBy() == m.userId()).count(),
                        drivers.stream().filter(d -> d.createdBy() == m.userId() && d.level() == DriverLevel.CHANGE_IDEA).count(),
                        comments.stream().filter(c -> c.authorId() == m.userId()).count()))
                .toList();
    }
}
