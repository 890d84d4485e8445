package org.equitylens.app.demo;

import java.util.Map;
import org.equitylens.app.user.Role;

/** What seeders build on: the demo organisation and the id of the demo user holding each role. */
public record DemoContext(long organisationId, Map<Role, Long> userIdByRole) {

    public long userId(Role role) {
        return userIdByRole.get(role);
    }
}
