package org.clinicdesk.core.patient;

/** Whether the record is in use, merged into another (a duplicate) or the patient has died. */
public enum PatientStatus {
    ACTIVE, MERGED, DECEASED
}
