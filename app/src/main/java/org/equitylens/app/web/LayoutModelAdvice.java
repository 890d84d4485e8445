package org.equitylens.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.security.CurrentUserService;
import org.equitylens.app.security.SessionTimeout;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the layout the signed-in user (or null) and the path, for the header and navigation, and the
 * session's timeout for the warning before it ends.
 */
@ControllerAdvice
public class LayoutModelAdvice {

    private final CurrentUserService currentUsers;
    private final SessionTimeout sessionTimeout;

    public LayoutModelAdvice(CurrentUserService currentUsers, SessionTimeout sessionTimeout) {
        this.currentUsers = currentUsers;
        this.sessionTimeout = sessionTimeout;
    }

    @ModelAttribute("signedIn")
    public CurrentUser signedIn(HttpServletRequest request) {
        return currentUsers.resolve(request).orElse(null);
    }

    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("sessionTimeoutSeconds")
    public Integer sessionTimeoutSeconds(HttpServletRequest request) {
        return sessionTimeout.seconds(request);
    }

    @ModelAttribute("sessionWarningSeconds")
    public long sessionWarningSeconds() {
        return sessionTimeout.warningSeconds();
    }
}
