package org.equitylens.app.project;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What the project pages and the JSON API accept; messages follow the NHS.UK error message style. */
public final class ProjectForms {

    private ProjectForms() {
    }

    public record ProjectForm(
            @NotBlank(message = "Enter a title") @Size(max = 200, message = "Title must be 200 characters or fewer")
            String title,
            @NotBlank(message = "Enter the population the project is for")
            @Size(max = 2000, message = "Population must be 2000 characters or fewer")
            String population,
            @NotBlank(message = "Enter the inequity the project addresses")
            @Size(max = 2000, message = "Inequity must be 2000 characters or fewer")
            String inequity,
            @NotNull(message = "Select a status") ProjectStatus status,
            List<Core20Plus5> tags) {

        static ProjectForm empty() {
            return new ProjectForm("", "", "", ProjectStatus.PLANNING, List.of());
        }
    }

    public record MemberForm(@NotNull(message = "Select a person") Long userId,
            @NotNull(message = "Select their role in the project") ProjectRole role) {
    }

    public record ProgressForm(
            @NotNull(message = "Enter a progress score from 0.5 to 5.0")
            @DecimalMin(value = "0.5", message = "Progress score must be 0.5 or more")
            @DecimalMax(value = "5.0", message = "Progress score must be 5.0 or less")
            BigDecimal score,
            @Size(max = 500, message = "Note must be 500 characters or fewer") String note) {
    }

    public record SourceForm(@NotNull(message = "Select the kind of source") SourceKind kind, Long refId,
            @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
            @Size(max = 2000, message = "What it tells must be 2000 characters or fewer") String tells,
            @Size(max = 2000, message = "Gaps must be 2000 characters or fewer") String gaps) {
    }

    public record SessionForm(@NotNull(message = "Select the kind of session") SessionKind kind,
            @NotNull(message = "Enter the date of the session") @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn,
            @NotBlank(message = "Enter who took part, by role")
            @Size(max = 1000, message = "Participants must be 1000 characters or fewer") String participants,
            @Size(max = 2000, message = "How power was shared must be 2000 characters or fewer") String powerSharing,
            @NotBlank(message = "Enter what was decided or read into the data")
            @Size(max = 2000, message = "Decisions must be 2000 characters or fewer") String decisions,
            @Size(max = 500, message = "Who decided must be 500 characters or fewer") String decidedBy) {
    }

    public record DriverForm(@NotNull(message = "Select what you are adding") DriverLevel level, Long parentId,
            @NotBlank(message = "Enter the text of the driver or change idea")
            @Size(max = 500, message = "Text must be 500 characters or fewer") String text,
            ChangeOrigin origin) {
    }

    /** New wording for a driver or change idea, typed in the diagram's list. */
    public record RewordForm(
            @NotBlank(message = "Enter the text of the driver or change idea")
            @Size(max = 500, message = "Text must be 500 characters or fewer") String text) {
    }

    public record PdsaForm(
            @NotBlank(message = "Enter what the test is for") @Size(max = 200, message = "Title must be 200 characters or fewer")
            String title,
            Long changeIdeaId, Long measureId,
            @NotBlank(message = "Enter the plan: who, what, where, when, which data")
            @Size(max = 4000, message = "Plan must be 4000 characters or fewer") String plan,
            @NotBlank(message = "Enter a prediction for each subgroup")
            @Size(max = 4000, message = "Predictions must be 4000 characters or fewer") String predictions,
            @Size(max = 4000, message = "Do must be 4000 characters or fewer") String doNotes,
            @Size(max = 4000, message = "Study must be 4000 characters or fewer") String studyNotes,
            PdsaAct act,
            @Size(max = 2000, message = "Next steps must be 2000 characters or fewer") String actNotes,
            @NotNull(message = "Enter the start date") @DateTimeFormat(iso = ISO.DATE) LocalDate startDate,
            @DateTimeFormat(iso = ISO.DATE) LocalDate endDate) {
    }

    public record ActionForm(
            @NotBlank(message = "Enter the action") @Size(max = 500, message = "Action must be 500 characters or fewer")
            String description,
            @NotNull(message = "Select who owns the action") Long ownerUserId,
            @NotNull(message = "Enter the due date") @DateTimeFormat(iso = ISO.DATE) LocalDate dueOn) {
    }

    public record ProblemForm(
            @NotBlank(message = "Enter the problem statement")
            @Size(max = 4000, message = "Problem statement must be 4000 characters or fewer") String problemStatement,
            @Size(max = 2000, message = "Evidence must be 2000 characters or fewer") String evidence) {
    }

    public record AimForm(
            @NotBlank(message = "Enter which group the aim is for")
            @Size(max = 200, message = "Group must be 200 characters or fewer") String group,
            @NotBlank(message = "Enter the gap measure")
            @Size(max = 200, message = "Gap measure must be 200 characters or fewer") String gapMeasure,
            @NotBlank(message = "Enter the baseline") @Size(max = 50, message = "Baseline must be 50 characters or fewer")
            String baseline,
            @NotBlank(message = "Enter the target") @Size(max = 50, message = "Target must be 50 characters or fewer")
            String target,
            @NotNull(message = "Enter the date to reach the target by") @DateTimeFormat(iso = ISO.DATE) LocalDate by,
            @Size(max = 1000, message = "Aim statement must be 1000 characters or fewer") String statement) {
    }

    public record AssuranceForm(
            @Size(max = 2000, message = "Sustainability must be 2000 characters or fewer") String sustainability,
            @Size(max = 2000, message = "Scale must be 2000 characters or fewer") String scale,
            @Size(max = 2000, message = "Strategy must be 2000 characters or fewer") String strategy,
            @Size(max = 4000, message = "What goes to the board must be 4000 characters or fewer") String boardSummary) {
    }

    public record CommentForm(
            @NotBlank(message = "Enter a comment") @Size(max = 2000, message = "Comment must be 2000 characters or fewer")
            String body) {
    }

    /** Field names differ from the PDSA form's, which shares the step 5 page (ids must be unique). */
    public record NoteForm(@NotNull(message = "Select a measure") Long noteMeasureId,
            @NotNull(message = "Enter the date of the note") @DateTimeFormat(iso = ISO.DATE) LocalDate notedOn,
            @NotBlank(message = "Enter the note") @Size(max = 200, message = "Note must be 200 characters or fewer")
            String noteText) {
    }
}
