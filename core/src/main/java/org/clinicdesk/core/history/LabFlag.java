package org.clinicdesk.core.history;

/** How a lab value stands against its reference range; UNKNOWN when the report gave no range and no flag. */
public enum LabFlag {
    LOW, NORMAL, HIGH, ABNORMAL, UNKNOWN
}
