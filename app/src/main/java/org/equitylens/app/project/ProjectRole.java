package org.equitylens.app.project;

/** A person's part in one project's team, separate from their role in the organisation. */
public enum ProjectRole {
    LEAD("Project lead"), MEMBER("Team member"), CO_PRODUCER("Co-producer (lived-experience partner)"),
    QI_COACH("QI coach"), SPONSOR("Sponsor");

    private final String label;

    ProjectRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
