package org.equitylens.app.user;

/** What a member may do in one organisation (see docs/USERS.md §2.2). */
public enum Role {
    ADMIN("Administrator"),
    ANALYST("Analyst"),
    MEMBER("Team member"),
    CO_PRODUCER("Co-producer (lived experience)"),
    VIEWER("Viewer (board, read-only)");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
