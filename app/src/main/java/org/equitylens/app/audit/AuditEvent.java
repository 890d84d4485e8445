package org.equitylens.app.audit;

import java.time.Instant;

/** One row of the append-only audit log. Holds user ids only, never names, emails or passwords. */
public record AuditEvent(long id, Instant occurredAt, Long actorUserId, Long organisationId, String action,
        String objectType, String objectId, AuditOutcome outcome, String clientAddress) {
}
