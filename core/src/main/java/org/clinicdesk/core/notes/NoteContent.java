package org.clinicdesk.core.notes;

import java.util.List;

/** What a note says: the SOAP text with structured diagnoses and prescriptions. Amendments carry a whole new one. */
public record NoteContent(SoapText text, List<Diagnosis> diagnoses, List<Prescription> prescriptions) {
    public NoteContent {
        diagnoses = List.copyOf(diagnoses == null ? List.of() : diagnoses);
        prescriptions = List.copyOf(prescriptions == null ? List.of() : prescriptions);
    }

    public static NoteContent of(SoapText text) {
        return new NoteContent(text, List.of(), List.of());
    }

    public boolean isEmpty() {
        return text.isEmpty() && diagnoses.isEmpty() && prescriptions.isEmpty();
    }
}
