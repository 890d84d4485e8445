package org.equitylens.app.project;

public enum PdsaAct {
    ADOPT("Adopt"), ADAPT("Adapt"), ABANDON("Abandon");

    private final String label;

    PdsaAct(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
