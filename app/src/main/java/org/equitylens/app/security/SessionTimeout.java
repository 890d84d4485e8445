package org.equitylens.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * How long the signed-in session lasts without a request, and when pages warn about it (WCAG 2.2.1). The
 * length is the session's own, which the servlet container sets from {@code server.servlet.session.timeout}
 * (in whole minutes), so the page never promises more time than the server gives.
 */
@Component
public class SessionTimeout {

    private final SecurityProperties properties;

    public SessionTimeout(SecurityProperties properties) {
        this.properties = properties;
    }

    /** Seconds of inactivity until the session ends, or null when there is no session or it never ends. */
    public Integer seconds(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null || session.getMaxInactiveInterval() <= 0 ? null : session.getMaxInactiveInterval();
    }

    /** Seconds before the end at which pages warn. */
    public long warningSeconds() {
        return properties.sessionWarning().toSeconds();
    }
}
