package org.equitylens.app.audit;

import java.time.Instant;

/**
 * One row of the append-only audit log. Holds user ids only, never names, emails or passwords; {@code detail}
 * says what changed in codes (e.g. {@code ANALYST → MEMBER}), or is null.
 */
public record AuditEvent(long id, Instant occurredAt, Long actorUserId, Long organisationId, String action,
        String objectType, String objectId, AuditOutcome outcome, String clientAddress, String detail) {
}
