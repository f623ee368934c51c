package org.clinicdesk.core.extraction;

/** Whether the paper starts or continues a medicine, or says to stop it ("Stop Metformin", "Aspirin discontinued"). */
public enum MedicationStatus {
    ACTIVE, STOPPED
}
