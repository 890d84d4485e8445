package org.equitylens.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.equitylens.app.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit queries, on each database: filters, order, organisation scoping and streaming. */
abstract class AuditRepositoryTests extends AppTest {

    @Autowired
    AuditRepository repository;

    private AuditEvent event(Instant at, long organisationId, String action, AuditOutcome outcome, Long actor) {
        return new AuditEvent(0, at, actor, organisationId, action, "THING", "7", outcome, "127.0.0.1", null);
    }

    @Test
    void filtersByActionOutcomeActorAndDateWithinOneOrganisation() {
        long org = newOrganisation().id();
        long otherOrg = newOrganisation().id();
        Instant day1 = LocalDate.of(2025, 3, 1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant day2 = day1.plus(1, ChronoUnit.DAYS);
        Instant day3 = day1.plus(2, ChronoUnit.DAYS);
        repository.insert(event(day1, org, "A", AuditOutcome.SUCCESS, 1L));
        repository.insert(event(day2, org, "A", AuditOutcome.FAILURE, 2L));
        repository.insert(event(day3, org, "B", AuditOutcome.SUCCESS, 1L));
        repository.insert(event(day2, otherOrg, "A", AuditOutcome.SUCCESS, 1L));

        var everything = new AuditFilter(null, null, null, null, null);
        // Also the organisation's own ORGANISATION_CREATED event is absent: newOrganisation() does not audit.
        assertThat(repository.find(org, everything, 100)).extracting(AuditEvent::occurredAt)
                .containsExactly(day3, day2, day1);
        assertThat(repository.find(org, new AuditFilter("A", null, null, null, null), 100)).hasSize(2);
        assertThat(repository.find(org, new AuditFilter(null, AuditOutcome.FAILURE, null, null, null), 100))
                .extracting(AuditEvent::actorUserId).containsExactly(2L);
        assertThat(repository.find(org, new AuditFilter(null, null, 1L, null, null), 100)).hasSize(2);
        assertThat(repository.find(org, new AuditFilter(null, null, null, LocalDate.of(2025, 3, 2),
                LocalDate.of(2025, 3, 2)), 100)).extracting(AuditEvent::occurredAt).containsExactly(day2);
        assertThat(repository.find(org, everything, 2)).hasSize(2);

        assertThat(repository.actions(org)).containsExactly("A", "B");

        List<AuditEvent> streamed = new ArrayList<>();
        repository.forEach(org, everything, streamed::add);
        assertThat(streamed).extracting(AuditEvent::action).containsExactly("A", "A", "B");
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertThat(AuditController.cell(null)).isEmpty();
        assertThat(AuditController.cell("plain")).isEqualTo("plain");
        assertThat(AuditController.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditController.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditController.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    }
}
