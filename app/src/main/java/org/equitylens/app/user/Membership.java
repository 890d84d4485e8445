package org.equitylens.app.user;

/** A user's role in one organisation, with the names the pages show. */
public record Membership(long userId, long organisationId, String organisationName, Role role) {
}
