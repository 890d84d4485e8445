package org.equitylens.app.security;

import java.util.List;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as Spring Security holds it in the session: the user id is what matters. */
public class AppUserPrincipal extends User {

    private final long userId;

    public AppUserPrincipal(long userId, String email, String passwordHash, boolean active, boolean locked) {
        super(email, passwordHash, active, true, true, !locked, List.of());
        this.userId = userId;
    }

    public long userId() {
        return userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUserPrincipal other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }
}
