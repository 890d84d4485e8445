package org.equitylens.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lightweight request behind "Stay signed in": any authenticated request restarts the session's
 * inactivity clock, and this one only says how long the session now lasts. Without a live session it
 * answers 401 like the rest of the API.
 */
@RestController
public class SessionController {

    private final SessionTimeout timeout;

    public SessionController(SessionTimeout timeout) {
        this.timeout = timeout;
    }

    public record SessionStatus(Integer timeoutSeconds) {
    }

    @GetMapping("/api/v1/session")
    public ResponseEntity<SessionStatus> session(CurrentUser user, HttpServletRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new SessionStatus(timeout.seconds(request)));
    }
}
