package org.equitylens.app.security;

import java.util.Arrays;
import java.util.List;
import org.equitylens.app.user.Membership;
import org.equitylens.app.user.Role;
import org.equitylens.app.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is asking, in which organisation, with which role: the one thing every feature needs before it
 * reads or changes anything.
 *
 * <p>Get it by declaring a {@code CurrentUser} parameter on a controller method (resolved by
 * {@link CurrentUserArgumentResolver}; a request without an active membership never reaches the method)
 * or from {@link CurrentUserService#require(jakarta.servlet.http.HttpServletRequest)}. Then:
 * <ul>
 *   <li>scope every query by {@link #organisationId()};</li>
 *   <li>after loading an object by id, call {@link #requireSameOrganisation(long)} with its owner, so that
 *       another organisation's object answers 404 exactly as a missing one does;</li>
 *   <li>guard actions with {@link #requireRole(Role...)} (403 otherwise).</li>
 * </ul>
 */
public record CurrentUser(long userId, String displayName, long organisationId, String organisationName,
        Role role, List<Membership> memberships) {

    public boolean hasRole(Role... roles) {
        return Arrays.asList(roles).contains(role);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Throws 403 unless the user holds one of the roles in the current organisation. */
    public void requireRole(Role... roles) {
        if (!hasRole(roles)) {
            throw new AccessDeniedException("Role " + role + " may not do this");
        }
    }

    /** Throws 404 when an object belongs to another organisation, so its existence is not revealed. */
    public void requireSameOrganisation(long ownerOrganisationId) {
        if (ownerOrganisationId != organisationId) {
            throw new NotFoundException();
        }
    }

    public boolean belongsToSeveralOrganisations() {
        return memberships.size() > 1;
    }
}
