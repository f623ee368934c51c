package org.clinicdesk.app.gui.vitals;

import java.util.Locale;

/** A typed field of the vitals form; {@link #coreName()} is the field name core's validation reports. */
public enum VitalsField {
    HR, RR, SBP, DBP, TEMP, SPO2, WEIGHT, HEIGHT;

    public String coreName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Weight and height may be left empty; the seven NEWS2 observations may not. */
    public boolean required() {
        return this != WEIGHT && this != HEIGHT;
    }
}
