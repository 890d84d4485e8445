package org.equitylens.app.project;

public enum ProjectStatus {
    PLANNING("Planning"), ACTIVE("Active"), ON_HOLD("On hold"), SUSTAINING("Sustaining"), CLOSED("Closed");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
