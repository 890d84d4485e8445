package org.equitylens.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.equitylens.app.user.AppUser;
import org.equitylens.app.user.UserRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Someone signed in with an initial or generated password must choose their own before anything else. */
@Component
public class MustChangePasswordInterceptor implements HandlerInterceptor {

    static final String CHANGE_PASSWORD_PATH = "/account/password";

    private final CurrentUserService currentUsers;
    private final UserRepository users;

    public MustChangePasswordInterceptor(CurrentUserService currentUsers, UserRepository users) {
        this.currentUsers = currentUsers;
        this.users = users;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var current = currentUsers.resolve(request);
        if (current.isEmpty() || request.getRequestURI().equals(request.getContextPath() + CHANGE_PASSWORD_PATH)) {
            return true;
        }
        boolean mustChange = users.findById(current.get().userId()).map(AppUser::mustChangePassword).orElse(false);
        if (mustChange) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            return false;
        }
        return true;
    }
}
