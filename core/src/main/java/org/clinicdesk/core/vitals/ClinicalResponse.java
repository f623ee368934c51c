package org.clinicdesk.core.vitals;

/** The NEWS2 clinical response band that the aggregate score and red flag call for (RCP 2017, chart 2). */
public enum ClinicalResponse {
    LOW("Low: continue routine monitoring"),
    LOW_MEDIUM("Low-medium: a single parameter scores 3, urgent review by a clinician"),
    MEDIUM("Medium: urgent response, review by a clinician competent in acute illness"),
    HIGH("High: emergency response, continuous monitoring");

    private final String description;

    ClinicalResponse(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
