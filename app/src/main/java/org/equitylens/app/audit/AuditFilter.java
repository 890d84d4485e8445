package org.equitylens.app.audit;

import java.time.LocalDate;

/** What the audit page filters on; every field is optional. */
public record AuditFilter(String action, AuditOutcome outcome, Long actorUserId, LocalDate from, LocalDate to) {
}
