package org.clinicdesk.core.extraction;

/** How a medicine is given, with the SNOMED CT code FHIR expects for it. */
public enum Route {
    ORAL("26643006", "Oral route"), INTRAVENOUS("47625008", "Intravenous route"),
    INTRAMUSCULAR("78421000", "Intramuscular route"), SUBCUTANEOUS("34206005", "Subcutaneous route"),
    TOPICAL("6064005", "Topical route"), INHALED("447694001", "Respiratory tract route"),
    SUBLINGUAL("37839007", "Sublingual route"), RECTAL("37161004", "Rectal route");

    private final String snomed;
    private final String display;

    Route(String snomed, String display) {
        this.snomed = snomed;
        this.display = display;
    }

    public String snomed() {
        return snomed;
    }

    public String display() {
        return display;
    }
}
