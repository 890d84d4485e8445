package org.equitylens.app.organisation;

import java.time.Instant;

/** A tenant: every dataset, measure and project belongs to exactly one organisation. */
public record Organisation(long id, String name, String odsCode, OrganisationType type, Instant createdAt) {
}
