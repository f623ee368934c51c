package org.clinicdesk.core.vitals;

import org.clinicdesk.core.common.CoreMessages;

/** The NEWS2 clinical response band that the aggregate score and red flag call for (RCP 2017, chart 2). */
public enum ClinicalResponse {
    LOW, LOW_MEDIUM, MEDIUM, HIGH;

    /** "Low: continue routine monitoring", in the chosen language (core's bundle, news2.response.*). */
    public String description() {
        return CoreMessages.text("news2.response." + name());
    }
}
