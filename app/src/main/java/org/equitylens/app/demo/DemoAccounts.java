package org.equitylens.app.demo;

import java.util.List;
import org.equitylens.app.user.Role;

/** The demo organisation's accounts. Documented in the README: demo data only, never for real use. */
public final class DemoAccounts {

    public static final String ORGANISATION_NAME = "Demo NHS Foundation Trust";
    public static final String ORGANISATION_ODS = "RXX";

    public record Account(Role role, String email, String displayName, String password) {
    }

    public static final List<Account> ALL = List.of(
            new Account(Role.ADMIN, "admin@demo.example", "Alex Admin", "demo-admin-password"),
            new Account(Role.ANALYST, "analyst@demo.example", "Asha Analyst", "demo-analyst-password"),
            new Account(Role.MEMBER, "member@demo.example", "Morgan Member", "demo-member-password"),
            new Account(Role.CO_PRODUCER, "coproducer@demo.example", "Chidi Co-producer",
                    "demo-coproducer-password"),
            new Account(Role.VIEWER, "viewer@demo.example", "Val Viewer", "demo-viewer-password"));

    private DemoAccounts() {
    }

    public static Account forRole(Role role) {
        return ALL.stream().filter(a -> a.role() == role).findFirst().orElseThrow();
    }
}
