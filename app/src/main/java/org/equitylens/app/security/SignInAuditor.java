package org.equitylens.app.security;

import java.time.Instant;
import org.equitylens.app.audit.AuditActions;
import org.equitylens.app.audit.AuditOutcome;
import org.equitylens.app.audit.AuditService;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Membership;
import org.equitylens.app.user.UserRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins, locks the account after too many, and audits every attempt. Audit rows carry
 * the user id (none for an unknown email) and the user's first organisation; never the email typed.
 */
@Component
public class SignInAuditor {

    static final String OBJECT_TYPE = "USER";

    private final UserRepository users;
    private final AuditService audit;
    private final SecurityProperties properties;

    public SignInAuditor(UserRepository users, AuditService audit, SecurityProperties properties) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal) {
            users.clearFailures(principal.userId());
            audit.record(principal.userId(), firstOrganisation(principal.userId()), AuditActions.SIGN_IN,
                    OBJECT_TYPE, principal.userId(), AuditOutcome.SUCCESS);
        }
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        var user = users.findByEmail(event.getAuthentication().getName());
        if (user.isEmpty()) {
            audit.record(null, null, AuditActions.SIGN_IN, OBJECT_TYPE, null, AuditOutcome.FAILURE);
            return;
        }
        AppUser u = user.get();
        Long organisation = firstOrganisation(u.id());
        audit.record(u.id(), organisation, AuditActions.SIGN_IN, OBJECT_TYPE, u.id(), AuditOutcome.FAILURE);
        if (event instanceof AuthenticationFailureBadCredentialsEvent && !u.lockedAt(Instant.now())
                && users.recordFailedAttempt(u.id()) >= properties.maxFailedAttempts()) {
            users.lockUntil(u.id(), Instant.now().plus(properties.lockDuration()));
            audit.record(u.id(), organisation, AuditActions.LOCKED_OUT, OBJECT_TYPE, u.id(), AuditOutcome.SUCCESS);
        }
    }

    private Long firstOrganisation(long userId) {
        return users.memberships(userId).stream().findFirst().map(Membership::organisationId).orElse(null);
    }
}
