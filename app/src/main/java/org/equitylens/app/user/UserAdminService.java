package org.equitylens.app.user;

import java.time.Instant;
import java.util.Optional;
import org.equitylens.app.audit.AuditActions;
import org.equitylens.app.audit.AuditService;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.security.PasswordRules;
import org.equitylens.app.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator may do to the users of their current organisation. Every method first checks
 * that the target user is a member of that organisation (404 otherwise), and audits the change.
 */
@Service
public class UserAdminService {

    public static final String OBJECT_TYPE = "USER";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    public UserAdminService(UserRepository users, PasswordEncoder encoder, AuditService audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** The outcome of adding a person: a new account (with the password to hand over) or a new membership. */
    public record Added(AppUser user, boolean newAccount, String generatedPassword) {
    }

    public boolean isMember(CurrentUser admin, String email) {
        return users.findByEmail(email)
                .flatMap(u -> users.membership(u.id(), admin.organisationId()))
                .isPresent();
    }

    /**
     * Adds a person to the admin's organisation. An unknown email gets a new account whose initial password
     * (typed by the admin, or generated when blank) must be changed at first sign-in; a known one keeps its
     * password and just gains the membership.
     */
    @Transactional
    public Added add(CurrentUser admin, NewUserForm form) {
        admin.requireRole(Role.ADMIN);
        Optional<AppUser> existing = users.findByEmail(form.email());
        if (existing.isPresent()) {
            users.addMembership(existing.get().id(), admin.organisationId(), form.role());
            audit.record(admin, AuditActions.MEMBERSHIP_ADDED, OBJECT_TYPE, existing.get().id());
            return new Added(existing.get(), false, null);
        }
        boolean generate = form.initialPassword() == null || form.initialPassword().isEmpty();
        String password = generate ? PasswordRules.generate() : form.initialPassword();
        AppUser created = users.insert(form.email(), form.displayName().strip(), encoder.encode(password), true);
        users.addMembership(created.id(), admin.organisationId(), form.role());
        audit.record(admin, AuditActions.USER_CREATED, OBJECT_TYPE, created.id());
        return new Added(created, true, generate ? password : null);
    }

    /** The user and their role here; 404 if they are not a member of the admin's organisation. */
    public MemberRow member(CurrentUser admin, long userId) {
        admin.requireRole(Role.ADMIN);
        Membership membership = users.membership(userId, admin.organisationId()).orElseThrow(NotFoundException::new);
        AppUser user = users.findById(userId).orElseThrow(NotFoundException::new);
        return new MemberRow(user.id(), user.email(), user.displayName(), user.active(),
                user.lockedAt(Instant.now()), membership.role());
    }

    @Transactional
    public void setRole(CurrentUser admin, long userId, Role role) {
        Role before = member(admin, userId).role();
        users.updateRole(userId, admin.organisationId(), role);
        audit.record(admin, AuditActions.ROLE_CHANGED, OBJECT_TYPE, userId, AuditService.change(before, role));
    }

    /** Deactivation stops the person signing in anywhere; their history stays. */
    @Transactional
    public void setActive(CurrentUser admin, long userId, boolean active) {
        member(admin, userId);
        users.setActive(userId, active);
        audit.record(admin, active ? AuditActions.USER_REACTIVATED : AuditActions.USER_DEACTIVATED, OBJECT_TYPE,
                userId);
    }

    /**
     * Why the member may not be removed from the admin's organisation, or null when they may: nobody removes
     * themselves, and an organisation always keeps an administrator.
     */
    public String removalProblem(CurrentUser admin, MemberRow member) {
        if (member.userId() == admin.userId()) {
            return "You cannot remove yourself. Ask another administrator.";
        }
        if (member.role() == Role.ADMIN && users.countWithRole(admin.organisationId(), Role.ADMIN) <= 1) {
            return member.displayName() + " is the last administrator of " + admin.organisationName()
                    + ". Make someone else an administrator first.";
        }
        return null;
    }

    /**
     * Takes the member out of the admin's organisation (their account, other memberships and history stay)
     * and returns null, or returns the {@link #removalProblem} and changes nothing.
     */
    @Transactional
    public String remove(CurrentUser admin, long userId) {
        MemberRow member = member(admin, userId);
        String problem = removalProblem(admin, member);
        if (problem == null) {
            users.removeMembership(userId, admin.organisationId());
            audit.record(admin, AuditActions.MEMBERSHIP_REMOVED, OBJECT_TYPE, userId, member.role().name());
        }
        return problem;
    }

    /** Gives a member a new one-time password (returned to show once) and unlocks the account. */
    @Transactional
    public String resetPassword(CurrentUser admin, long userId) {
        member(admin, userId);
        String password = PasswordRules.generate();
        users.updatePassword(userId, encoder.encode(password), true);
        users.clearFailures(userId);
        audit.record(admin, AuditActions.PASSWORD_RESET, OBJECT_TYPE, userId);
        return password;
    }

    @Transactional
    public void unlock(CurrentUser admin, long userId) {
        member(admin, userId);
        users.clearFailures(userId);
        audit.record(admin, AuditActions.USER_UNLOCKED, OBJECT_TYPE, userId);
    }
}
