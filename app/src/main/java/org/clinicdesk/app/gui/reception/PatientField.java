package org.clinicdesk.app.gui.reception;

import java.util.Arrays;
import java.util.Optional;

/** The fields of the patient form, with the field names core's validation errors use. */
public enum PatientField {
    NAME("name", "form.name"),
    DOB("dob", "form.dob"),
    SEX("sex", "form.sex"),
    PHONE("phone", "form.phone"),
    ADDRESS("address", "form.address"),
    ALLERGIES("allergies", "form.allergies"),
    ABHA("abha", "form.abha"),
    RELATION("relation", "form.relation"),
    RELATIVE("relative", "form.relative"),
    VILLAGE("village", "form.village"),
    DISTRICT("district", "form.district"),
    STATE("state", "form.state"),
    PIN("pin", "form.pin");

    private final String coreName;
    private final String labelKey;

    PatientField(String coreName, String labelKey) {
        this.coreName = coreName;
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    static Optional<PatientField> byCoreName(String name) {
        return Arrays.stream(values()).filter(f -> f.coreName.equals(name)).findFirst();
    }
}
