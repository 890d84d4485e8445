package org.equitylens.app.user;

import java.time.Instant;

/** A person who can sign in. The email is stored lower-cased and is never logged or audited. */
public record AppUser(long id, String email, String displayName, String passwordHash, boolean active,
        boolean mustChangePassword, int failedAttempts, Instant lockedUntil, Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
