package org.equitylens.app.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a project is made of, as read from the database. */
public final class ProjectModel {

    private ProjectModel() {
    }

    public record Project(long id, long organisationId, String title, String population, String inequity,
            ProjectStatus status, Set<Core20Plus5> tags, String problemStatement, Aim aim, String aimEvidence,
            String sustainability, String scale, String strategy, String boardSummary, Instant createdAt,
            Instant updatedAt) {
    }

    /** The SMART equity aim: which group, which gap measure, from what to what, by when. */
    public record Aim(String group, String gapMeasure, String baseline, String target, LocalDate by,
            String statement) {

        public boolean isComplete() {
            return notBlank(group) && notBlank(gapMeasure) && notBlank(baseline) && notBlank(target) && by != null;
        }
    }

    public record Member(long id, long userId, String displayName, ProjectRole role) {
    }

    public record Progress(BigDecimal score, String note, Instant recordedAt, String recordedBy) {
    }

    public record Source(long id, SourceKind kind, Long refId, String name, String tells, String gaps) {
    }

    public record Session(long id, SessionKind kind, LocalDate heldOn, String participants, String powerSharing,
            String decisions, String decidedBy, long createdBy, String createdByName) {
    }

    public record Driver(long id, Long parentId, DriverLevel level, String text, ChangeOrigin origin, long createdBy) {
    }

    /** A driver with its children, for drawing and listing the diagram. */
    public record DriverNode(Driver driver, List<DriverNode> children) {
    }

    public record Pdsa(long id, String title, Long changeIdeaId, Long measureId, String plan, String predictions,
            String doNotes, String studyNotes, PdsaAct act, String actNotes, LocalDate startDate, LocalDate endDate) {

        /** The predictions, one per subgroup, as typed "Group: prediction" lines. */
        public List<String[]> predictionsBySubgroup() {
            return predictions.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .map(l -> l.split(":", 2)).map(p -> new String[] {p[0].strip(), p.length > 1 ? p[1].strip() : ""})
                    .toList();
        }
    }

    public record Action(long id, String description, long ownerUserId, String ownerName, LocalDate dueOn,
            boolean done) {
    }

    public record Note(long id, long measureId, LocalDate notedOn, String text) {
    }

    public record Answer(String question, String answer, Integer rating, Instant updatedAt, String updatedBy) {
    }

    /** A comment on the project (step 0) or a step; {@code editedAt} is null until its author edits it. */
    public record Comment(long id, int step, long authorId, String authorName, String body, Instant createdAt,
            Instant editedAt) {

        public boolean edited() {
            return editedAt != null;
        }
    }

    public record HistoryEntry(Instant occurredAt, String userName, String change) {
    }

    /** One row of the project list. */
    public record Summary(long id, String title, ProjectStatus status, Set<Core20Plus5> tags, BigDecimal score,
            int stepsDone) {
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
