package org.clinicdesk.core.extraction;

/** The form a medicine is dispensed in, as prescriptions abbreviate it (Tab, Cap, Syp, Inj ...). */
public enum DoseForm {
    TABLET, CAPSULE, SYRUP, SUSPENSION, INJECTION, INHALER, DROPS, CREAM, OINTMENT, GEL
}
