package org.equitylens.app.organisation;

/** The kinds of organisation that use EquityLens. */
public enum OrganisationType {
    NHS_TRUST("NHS trust"),
    ICB("Integrated care board"),
    VCSE("VCSE or community organisation"),
    OTHER("Other");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
