package org.clinicdesk.core.extraction;

/** Whether a lab value is below, within or above its reference range, with the HL7 interpretation code. */
public enum LabFlag {
    LOW("L", "Low"), NORMAL("N", "Normal"), HIGH("H", "High");

    private final String hl7;
    private final String display;

    LabFlag(String hl7, String display) {
        this.hl7 = hl7;
        this.display = display;
    }

    public String hl7() {
        return hl7;
    }

    public String display() {
        return display;
    }
}
