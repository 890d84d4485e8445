package org.equitylens.app.project;

public enum DriverLevel {
    PRIMARY("Primary driver"), SECONDARY("Secondary driver"), CHANGE_IDEA("Change idea");

    private final String label;

    DriverLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level a node's parent must have; null for primary drivers, which hang off the aim. */
    public DriverLevel parentLevel() {
        return switch (this) {
            case PRIMARY -> null;
            case SECONDARY -> PRIMARY;
            case CHANGE_IDEA -> SECONDARY;
        };
    }
}
