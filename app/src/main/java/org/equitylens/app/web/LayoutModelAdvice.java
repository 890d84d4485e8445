package org.equitylens.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.security.CurrentUserService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the layout the signed-in user (or null) and the path, for the header and navigation. */
@ControllerAdvice
public class LayoutModelAdvice {

    private final CurrentUserService currentUsers;

    public LayoutModelAdvice(CurrentUserService currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("signedIn")
    public CurrentUser signedIn(HttpServletRequest request) {
        return currentUsers.resolve(request).orElse(null);
    }

    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
