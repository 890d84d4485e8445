package org.equitylens.app.user;

/** A user as listed on an organisation's users page. */
public record MemberRow(long userId, String email, String displayName, boolean active, boolean locked, Role role) {
}
