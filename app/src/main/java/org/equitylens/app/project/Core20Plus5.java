package org.equitylens.app.project;

/** Core20PLUS5 tags (DOMAIN.md §2.3–2.4): Core20, PLUS groups, and the five clinical areas for adults and CYP. */
public enum Core20Plus5 {
    CORE20("Core20", "Core20: most deprived 20%"),
    PLUS_ETHNIC_MINORITY("PLUS", "Ethnic minority communities"),
    PLUS_INCLUSION_HEALTH("PLUS", "Inclusion health groups"),
    PLUS_LEARNING_DISABILITY_AUTISM("PLUS", "People with a learning disability and autistic people"),
    PLUS_COASTAL("PLUS", "Coastal communities"),
    PLUS_MULTIMORBIDITY("PLUS", "People with multimorbidity"),
    PLUS_PROTECTED_CHARACTERISTICS("PLUS", "Protected characteristic groups"),
    PLUS_YOUNG_CARERS_LOOKED_AFTER("PLUS", "Young carers, looked-after children and care leavers"),
    ADULT_MATERNITY("Adults", "Maternity"),
    ADULT_SMI("Adults", "Severe mental illness"),
    ADULT_RESPIRATORY("Adults", "Chronic respiratory disease"),
    ADULT_CANCER("Adults", "Early cancer diagnosis"),
    ADULT_HYPERTENSION("Adults", "Hypertension case-finding"),
    CYP_ASTHMA("Children and young people", "Asthma"),
    CYP_DIABETES("Children and young people", "Diabetes"),
    CYP_EPILEPSY("Children and young people", "Epilepsy"),
    CYP_ORAL_HEALTH("Children and young people", "Oral health"),
    CYP_MENTAL_HEALTH("Children and young people", "Mental health");

    private final String group;
    private final String label;

    Core20Plus5(String group, String label) {
        this.group = group;
        this.label = label;
    }

    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    public String fullLabel() {
        return group.equals("Core20") ? label : group + ": " + label;
    }
}
