package org.equitylens.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.Membership;
import org.equitylens.app.user.UserRepository;
import org.equitylens.app.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Works out the {@link CurrentUser} of a request from the signed-in principal, the database (so role
 * changes and deactivation take effect on the next request) and the organisation chosen in the session.
 * The result is cached on the request.
 */
@Service
public class CurrentUserService {

    static final String SESSION_ORGANISATION = "equitylens.organisationId";
    private static final String REQUEST_CACHE = CurrentUserService.class.getName();

    private final UserRepository users;

    public CurrentUserService(UserRepository users) {
        this.users = users;
    }

    /** Empty when nobody is signed in, the user is inactive, or they belong to no organisation. */
    public Optional<CurrentUser> resolve(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_CACHE) instanceof CurrentUser cached) {
            return Optional.of(cached);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AppUserPrincipal principal)) {
            return Optional.empty();
        }
        Optional<AppUser> user = users.findById(principal.userId()).filter(AppUser::active);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        List<Membership> memberships = users.memberships(principal.userId());
        if (memberships.isEmpty()) {
            return Optional.empty();
        }
        HttpSession session = request.getSession();
        Object chosen = session.getAttribute(SESSION_ORGANISATION);
        Membership current = memberships.stream()
                .filter(m -> chosen instanceof Long id && m.organisationId() == id)
                .findFirst()
                .orElse(memberships.get(0));
        session.setAttribute(SESSION_ORGANISATION, current.organisationId());
        var currentUser = new CurrentUser(user.get().id(), user.get().displayName(), current.organisationId(),
                current.organisationName(), current.role(), memberships);
        request.setAttribute(REQUEST_CACHE, currentUser);
        return Optional.of(currentUser);
    }

    /** The current user, or 403 (through Spring Security) when there is none. */
    public CurrentUser require(HttpServletRequest request) {
        return resolve(request).orElseThrow(() ->
                new AccessDeniedException("No active membership"));
    }

    /** Makes another of the user's organisations the current one; 404 if they are not a member. */
    public void switchOrganisation(HttpServletRequest request, CurrentUser user, long organisationId) {
        user.memberships().stream()
                .filter(m -> m.organisationId() == organisationId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        request.getSession().setAttribute(SESSION_ORGANISATION, organisationId);
        request.removeAttribute(REQUEST_CACHE);
    }
}
