package org.clinicdesk.core.extraction;

/** Single-number vital signs found in text, with the LOINC code and UCUM unit FHIR uses for each. */
public enum VitalKind {
    PULSE("8867-4", "Heart rate", "/min"),
    RESPIRATORY_RATE("9279-1", "Respiratory rate", "/min"),
    TEMPERATURE("8310-5", "Body temperature", "Cel"),
    SPO2("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%");

    private final String loinc;
    private final String display;
    private final String ucum;

    VitalKind(String loinc, String display, String ucum) {
        this.loinc = loinc;
        this.display = display;
        this.ucum = ucum;
    }

    public String loinc() {
        return loinc;
    }

    public String display() {
        return display;
    }

    /** The UCUM unit of the value as stored (temperatures are stored in Celsius). */
    public String ucum() {
        return ucum;
    }
}
