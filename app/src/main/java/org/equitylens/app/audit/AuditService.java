package org.equitylens.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.equitylens.app.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log. Features call {@link #record(CurrentUser, String, String, Object)} after a change
 * they must account for; the client address is taken from the current request. Never pass names, emails
 * or free text typed by users as object ids or details: ids and codes only.
 */
@Service
public class AuditService {

    private final AuditRepository repository;

    public AuditService(AuditRepository repository) {
        this.repository = repository;
    }

    /** A successful action by the signed-in user in their current organisation. */
    public void record(CurrentUser actor, String action, String objectType, Object objectId) {
        record(actor, action, objectType, objectId, null);
    }

    /** As above, with what changed, e.g. {@link #change(Object, Object)}. */
    public void record(CurrentUser actor, String action, String objectType, Object objectId, String detail) {
        record(actor.userId(), actor.organisationId(), action, objectType, objectId, AuditOutcome.SUCCESS, detail);
    }

    public void record(Long actorUserId, Long organisationId, String action, String objectType, Object objectId,
            AuditOutcome outcome) {
        record(actorUserId, organisationId, action, objectType, objectId, outcome, null);
    }

    public void record(Long actorUserId, Long organisationId, String action, String objectType, Object objectId,
            AuditOutcome outcome, String detail) {
        repository.insert(new AuditEvent(0, Instant.now(), actorUserId, organisationId, action, objectType,
                objectId == null ? null : objectId.toString(), outcome, clientAddress(), detail));
    }

    /** The detail of a change from one code to another: {@code ANALYST → MEMBER}. */
    public static String change(Object from, Object to) {
        return from + " \u2192 " + to;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
