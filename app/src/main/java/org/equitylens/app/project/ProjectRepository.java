package org.equitylens.app.project;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.equitylens.app.project.ProjectModel.Action;
import org.equitylens.app.project.ProjectModel.Aim;
import org.equitylens.app.project.ProjectModel.Answer;
import org.equitylens.app.project.ProjectModel.Comment;
import org.equitylens.app.project.ProjectModel.Driver;
import org.equitylens.app.project.ProjectModel.HistoryEntry;
import org.equitylens.app.project.ProjectModel.Member;
import org.equitylens.app.project.ProjectModel.Note;
import org.equitylens.app.project.ProjectModel.Pdsa;
import org.equitylens.app.project.ProjectModel.Progress;
import org.equitylens.app.project.ProjectModel.Project;
import org.equitylens.app.project.ProjectModel.Session;
import org.equitylens.app.project.ProjectModel.Source;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Projects and everything in them; plain SQL for H2 and PostgreSQL. Callers check access first. */
@Repository
public class ProjectRepository {

    private static final RowMapper<Project> PROJECT = (rs, n) -> new Project(rs.getLong("id"),
            rs.getLong("organisation_id"), rs.getString("title"), rs.getString("population"),
            rs.getString("inequity"), ProjectStatus.valueOf(rs.getString("status")), tags(rs.getString("core20plus5")),
            rs.getString("problem_statement"),
            new Aim(rs.getString("aim_group"), rs.getString("aim_gap_measure"), rs.getString("aim_baseline"),
                    rs.getString("aim_target"), date(rs, "aim_by"), rs.getString("aim_statement")),
            rs.getString("aim_evidence"), rs.getString("sustainability"), rs.getString("scale"),
            rs.getString("strategy"), rs.getString("board_summary"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant());

    private final JdbcClient jdbc;

    public ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Set<Core20Plus5> tags(String stored) {
        Set<Core20Plus5> tags = EnumSet.noneOf(Core20Plus5.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(Core20Plus5::valueOf).forEach(tags::add);
        return tags;
    }

    private static String stored(Set<Core20Plus5> tags) {
        return tags.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    // Projects

    public long insertProject(long organisationId, String title, String population, String inequity,
            ProjectStatus status, Set<Core20Plus5> tags) {
        Timestamp now = now();
        return insert("""
                insert into project (organisation_id, title, population, inequity, status, core20plus5, created_at,
                                     updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                organisationId, title, population, inequity, status.name(), stored(tags), now, now);
    }

    public void updateProject(long id, String title, String population, String inequity, ProjectStatus status,
            Set<Core20Plus5> tags) {
        jdbc.sql("""
                update project set title = ?, population = ?, inequity = ?, status = ?, core20plus5 = ?, updated_at = ?
                where id = ?""").params(title, population, inequity, status.name(), stored(tags), now(), id).update();
    }

    public void updateProblem(long id, String problemStatement, String evidence) {
        jdbc.sql("update project set problem_statement = ?, aim_evidence = ?, updated_at = ? where id = ?")
                .params(problemStatement, evidence, now(), id).update();
    }

    public void updateAim(long id, Aim aim) {
        jdbc.sql("""
                update project set aim_group = ?, aim_gap_measure = ?, aim_baseline = ?, aim_target = ?, aim_by = ?,
                                   aim_statement = ?, updated_at = ? where id = ?""")
                .params(aim.group(), aim.gapMeasure(), aim.baseline(), aim.target(), sql(aim.by()), aim.statement(),
                        now(), id).update();
    }

    public void updateAssurance(long id, String sustainability, String scale, String strategy, String board) {
        jdbc.sql("""
                update project set sustainability = ?, scale = ?, strategy = ?, board_summary = ?, updated_at = ?
                where id = ?""").params(sustainability, scale, strategy, board, now(), id).update();
    }

    public Optional<Project> find(long id) {
        return jdbc.sql("select * from project where id = ?").param(id).query(PROJECT).optional();
    }

    public List<Project> inOrganisation(long organisationId) {
        return jdbc.sql("select * from project where organisation_id = ? order by updated_at desc, id desc")
                .param(organisationId).query(PROJECT).list();
    }

    public Optional<Project> findByTitle(long organisationId, String title) {
        return jdbc.sql("select * from project where organisation_id = ? and title = ?")
                .params(organisationId, title).query(PROJECT).optional();
    }

    // Team

    public List<Member> members(long projectId) {
        return jdbc.sql("""
                select pm.id, pm.user_id, u.display_name, pm.project_role from project_member pm
                join app_user u on u.id = pm.user_id where pm.project_id = ? order by pm.id""").param(projectId)
                .query((rs, n) -> new Member(rs.getLong("id"), rs.getLong("user_id"), rs.getString("display_name"),
                        ProjectRole.valueOf(rs.getString("project_role")))).list();
    }

    public void upsertMember(long projectId, long userId, ProjectRole role) {
        int updated = jdbc.sql("update project_member set project_role = ? where project_id = ? and user_id = ?")
                .params(role.name(), projectId, userId).update();
        if (updated == 0) {
            jdbc.sql("insert into project_member (project_id, user_id, project_role) values (?, ?, ?)")
                    .params(projectId, userId, role.name()).update();
        }
    }

    public int removeMember(long projectId, long memberId) {
        return jdbc.sql("delete from project_member where project_id = ? and id = ?").params(projectId, memberId)
                .update();
    }

    // Progress score

    public void addProgress(long projectId, BigDecimal score, String note, long userId) {
        jdbc.sql("insert into project_progress (project_id, score, note, recorded_at, recorded_by) values (?, ?, ?, ?, ?)")
                .params(projectId, score, note, now(), userId).update();
    }

    public List<Progress> progress(long projectId) {
        return jdbc.sql("""
                select p.score, p.note, p.recorded_at, u.display_name from project_progress p
                join app_user u on u.id = p.recorded_by where p.project_id = ? order by p.recorded_at desc, p.id desc""")
                .param(projectId).query((rs, n) -> new Progress(rs.getBigDecimal("score"), rs.getString("note"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("display_name"))).list();
    }

    // Sources, benchmarks, linked measures

    public long addSource(long projectId, SourceKind kind, Long refId, String name, String tells, String gaps) {
        return insert("insert into project_source (project_id, kind, ref_id, name, tells, gaps) values (?, ?, ?, ?, ?, ?)",
                projectId, kind.name(), refId, name, tells, gaps);
    }

    public List<Source> sources(long projectId) {
        return jdbc.sql("select * from project_source where project_id = ? order by id").param(projectId)
                .query((rs, n) -> new Source(rs.getLong("id"), SourceKind.valueOf(rs.getString("kind")),
                        nullableLong(rs, "ref_id"), rs.getString("name"), rs.getString("tells"), rs.getString("gaps")))
                .list();
    }

    public void updateSource(long projectId, long id, SourceKind kind, Long refId, String name, String tells,
            String gaps) {
        jdbc.sql("""
                update project_source set kind = ?, ref_id = ?, name = ?, tells = ?, gaps = ?
                where project_id = ? and id = ?""").params(kind.name(), refId, name, tells, gaps, projectId, id).update();
    }

    public int removeSource(long projectId, long id) {
        return jdbc.sql("delete from project_source where project_id = ? and id = ?").params(projectId, id).update();
    }

    // Sessions

    public long addSession(long projectId, SessionKind kind, LocalDate heldOn, String participants, String powerSharing,
            String decisions, String decidedBy, long userId) {
        return insert("""
                insert into project_session (project_id, kind, held_on, participants, power_sharing, decisions,
                                             decided_by, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                projectId, kind.name(), sql(heldOn), participants, powerSharing, decisions, decidedBy, userId);
    }

    public List<Session> sessions(long projectId) {
        return jdbc.sql("""
                select s.*, u.display_name from project_session s join app_user u on u.id = s.created_by
                where s.project_id = ? order by s.held_on, s.id""").param(projectId)
                .query((rs, n) -> new Session(rs.getLong("id"), SessionKind.valueOf(rs.getString("kind")),
                        date(rs, "held_on"), rs.getString("participants"), rs.getString("power_sharing"),
                        rs.getString("decisions"), rs.getString("decided_by"), rs.getLong("created_by"),
                        rs.getString("display_name"))).list();
    }

    /** Changes what a session records; its kind and who recorded it stay. */
    public void updateSession(long projectId, long id, LocalDate heldOn, String participants, String powerSharing,
            String decisions, String decidedBy) {
        jdbc.sql("""
                update project_session set held_on = ?, participants = ?, power_sharing = ?, decisions = ?,
                                           decided_by = ?
                where project_id = ? and id = ?""").params(sql(heldOn), participants, powerSharing, decisions, decidedBy,
                projectId, id).update();
    }

    public int removeSession(long projectId, long id) {
        return jdbc.sql("delete from project_session where project_id = ? and id = ?").params(projectId, id).update();
    }

    // Driver diagram

    public long addDriver(long projectId, Long parentId, DriverLevel level, String text, ChangeOrigin origin,
            long userId) {
        return insert("""
                insert into project_driver (project_id, parent_id, level, text, origin, created_by)
                values (?, ?, ?, ?, ?, ?)""", projectId, parentId, level.name(), text,
                origin == null ? null : origin.name(), userId);
    }

    public List<Driver> drivers(long projectId) {
        return jdbc.sql("select * from project_driver where project_id = ? order by id").param(projectId)
                .query((rs, n) -> new Driver(rs.getLong("id"), nullableLong(rs, "parent_id"),
                        DriverLevel.valueOf(rs.getString("level")), rs.getString("text"),
                        rs.getString("origin") == null ? null : ChangeOrigin.valueOf(rs.getString("origin")),
                        rs.getLong("created_by"))).list();
    }

    public void updateDriverText(long projectId, long id, String text) {
        jdbc.sql("update project_driver set text = ? where project_id = ? and id = ?").params(text, projectId, id)
                .update();
    }

    /** Removes a node and everything under it; cycles testing a removed change idea keep their record. */
    public void removeDriver(long projectId, long id) {
        for (Driver child : drivers(projectId).stream().filter(d -> Long.valueOf(id).equals(d.parentId())).toList()) {
            removeDriver(projectId, child.id());
        }
        jdbc.sql("update pdsa_cycle set change_idea_id = null where project_id = ? and change_idea_id = ?")
                .params(projectId, id).update();
        jdbc.sql("delete from project_driver where project_id = ? and id = ?").params(projectId, id).update();
    }

    // PDSA cycles

    public long addPdsa(long projectId, Pdsa p) {
        return insert("""
                insert into pdsa_cycle (project_id, title, change_idea_id, measure_id, plan, predictions, do_notes,
                                        study_notes, act, act_notes, start_date, end_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", projectId, p.title(), p.changeIdeaId(),
                p.measureId(), p.plan(), p.predictions(), p.doNotes(), p.studyNotes(),
                p.act() == null ? null : p.act().name(), p.actNotes(), sql(p.startDate()), sql(p.endDate()));
    }

    public void updatePdsa(long projectId, Pdsa p) {
        jdbc.sql("""
                update pdsa_cycle set title = ?, change_idea_id = ?, measure_id = ?, plan = ?, predictions = ?,
                       do_notes = ?, study_notes = ?, act = ?, act_notes = ?, start_date = ?, end_date = ?
                where project_id = ? and id = ?""").params(p.title(), p.changeIdeaId(), p.measureId(), p.plan(),
                p.predictions(), p.doNotes(), p.studyNotes(), p.act() == null ? null : p.act().name(), p.actNotes(),
                sql(p.startDate()), sql(p.endDate()), projectId, p.id()).update();
    }

    private static final RowMapper<Pdsa> PDSA = (rs, n) -> new Pdsa(rs.getLong("id"), rs.getString("title"),
            nullableLong(rs, "change_idea_id"), nullableLong(rs, "measure_id"), rs.getString("plan"),
            rs.getString("predictions"), rs.getString("do_notes"), rs.getString("study_notes"),
            rs.getString("act") == null ? null : PdsaAct.valueOf(rs.getString("act")), rs.getString("act_notes"),
            date(rs, "start_date"), date(rs, "end_date"));

    public List<Pdsa> pdsaCycles(long projectId) {
        return jdbc.sql("select * from pdsa_cycle where project_id = ? order by start_date, id").param(projectId)
                .query(PDSA).list();
    }

    /** Cycles and notes on one measure from the organisation's projects, for its charts. */
    public record AnnotationRow(LocalDate date, String label, long projectId, long id, boolean pdsa) {
    }

    public List<AnnotationRow> annotations(long organisationId, long measureId) {
        return jdbc.sql("""
                select c.start_date as on_date, c.title as label, c.project_id, c.id, 'pdsa' as kind
                from pdsa_cycle c join project p on p.id = c.project_id
                where p.organisation_id = ? and c.measure_id = ?
                union all
                select n.noted_on, n.text, n.project_id, n.id, 'note'
                from project_note n join project p on p.id = n.project_id
                where p.organisation_id = ? and n.measure_id = ?
                order by 1, 4""").params(organisationId, measureId, organisationId, measureId)
                .query((rs, n) -> new AnnotationRow(date(rs, "on_date"), rs.getString("label"),
                        rs.getLong("project_id"), rs.getLong("id"), rs.getString("kind").equals("pdsa"))).list();
    }

    // Actions

    public long addAction(long projectId, String description, long ownerUserId, LocalDate dueOn) {
        return insert("insert into project_action (project_id, description, owner_user_id, due_on, done) values (?, ?, ?, ?, false)",
                projectId, description, ownerUserId, sql(dueOn));
    }

    public int setActionDone(long projectId, long id, boolean done) {
        return jdbc.sql("update project_action set done = ? where project_id = ? and id = ?")
                .params(done, projectId, id).update();
    }

    public List<Action> actions(long projectId) {
        return jdbc.sql("""
                select a.*, u.display_name from project_action a join app_user u on u.id = a.owner_user_id
                where a.project_id = ? order by a.done, a.due_on, a.id""").param(projectId)
                .query((rs, n) -> new Action(rs.getLong("id"), rs.getString("description"), rs.getLong("owner_user_id"),
                        rs.getString("display_name"), date(rs, "due_on"), rs.getBoolean("done"))).list();
    }

    // Dated notes

    public long addNote(long projectId, long measureId, LocalDate notedOn, String text) {
        return insert("insert into project_note (project_id, measure_id, noted_on, text) values (?, ?, ?, ?)",
                projectId, measureId, sql(notedOn), text);
    }

    public List<Note> notes(long projectId) {
        return jdbc.sql("select * from project_note where project_id = ? order by noted_on, id").param(projectId)
                .query((rs, n) -> new Note(rs.getLong("id"), rs.getLong("measure_id"), date(rs, "noted_on"),
                        rs.getString("text"))).list();
    }

    // Equity checklist answers

    public void saveAnswer(long projectId, String question, String answer, Integer rating, long userId) {
        int updated = jdbc.sql("""
                update project_answer set answer = ?, rating = ?, updated_at = ?, updated_by = ?
                where project_id = ? and question = ?""")
                .params(answer, rating, now(), userId, projectId, question).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into project_answer (project_id, question, answer, rating, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?)""").params(projectId, question, answer, rating, now(), userId).update();
        }
    }

    public List<Answer> answers(long projectId) {
        return jdbc.sql("""
                select a.question, a.answer, a.rating, a.updated_at, u.display_name from project_answer a
                join app_user u on u.id = a.updated_by where a.project_id = ?""").param(projectId)
                .query((rs, n) -> {
                    int stored = rs.getInt("rating");
                    Integer rating = rs.wasNull() ? null : stored;
                    return new Answer(rs.getString("question"), rs.getString("answer"), rating,
                            rs.getTimestamp("updated_at").toInstant(), rs.getString("display_name"));
                }).list();
    }

    // Comments and history

    public void addComment(long projectId, int step, long userId, String body) {
        jdbc.sql("insert into project_comment (project_id, step, author_id, body, created_at) values (?, ?, ?, ?, ?)")
                .params(projectId, step, userId, body, now()).update();
    }

    public List<Comment> comments(long projectId) {
        return jdbc.sql("""
                select c.*, u.display_name from project_comment c join app_user u on u.id = c.author_id
                where c.project_id = ? order by c.created_at, c.id""").param(projectId)
                .query((rs, n) -> new Comment(rs.getLong("id"), rs.getInt("step"), rs.getLong("author_id"),
                        rs.getString("display_name"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
                        instant(rs, "edited_at")))
                .list();
    }

    public void updateComment(long projectId, long id, String body) {
        jdbc.sql("update project_comment set body = ?, edited_at = ? where project_id = ? and id = ?")
                .params(body, now(), projectId, id).update();
    }

    public void addHistory(long projectId, long userId, String change) {
        jdbc.sql("insert into project_history (project_id, user_id, occurred_at, change) values (?, ?, ?, ?)")
                .params(projectId, userId, now(), change).update();
        jdbc.sql("update project set updated_at = ? where id = ?").params(now(), projectId).update();
    }

    public List<HistoryEntry> history(long projectId) {
        return jdbc.sql("""
                select h.occurred_at, u.display_name, h.change from project_history h
                join app_user u on u.id = h.user_id where h.project_id = ? order by h.occurred_at desc, h.id desc""")
                .param(projectId).query((rs, n) -> new HistoryEntry(rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("display_name"), rs.getString("change"))).list();
    }
}
