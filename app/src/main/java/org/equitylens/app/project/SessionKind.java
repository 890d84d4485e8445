package org.equitylens.app.project;

public enum SessionKind {
    INTERPRETATION(2, "Co-interpretation session"), CODESIGN(4, "Co-design session");

    private final int step;
    private final String label;

    SessionKind(int step, String label) {
        this.step = step;
        this.label = label;
    }

    public int step() {
        return step;
    }

    public String label() {
        return label;
    }
}
