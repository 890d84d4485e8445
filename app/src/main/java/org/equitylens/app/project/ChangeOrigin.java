package org.equitylens.app.project;

/** Where a change idea came from: naming it credits communities and shows whose knowledge shaped the work. */
public enum ChangeOrigin {
    COMMUNITY("Community"), STAFF("Staff"), EVIDENCE("Evidence");

    private final String label;

    ChangeOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
