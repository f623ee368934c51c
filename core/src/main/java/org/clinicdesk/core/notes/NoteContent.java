package org.clinicdesk.core.notes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a note says: the SOAP text with structured diagnoses and prescriptions, and the day the patient should come
 * back ({@code followUpDate}, null when none). Amendments carry a whole new one.
 */
public record NoteContent(SoapText text, List<Diagnosis> diagnoses, List<Prescription> prescriptions,
                          LocalDate followUpDate) {
    public NoteContent {
        diagnoses = List.copyOf(diagnoses == null ? List.of() : diagnoses);
        prescriptions = List.copyOf(prescriptions == null ? List.of() : prescriptions);
    }

    public NoteContent(SoapText text, List<Diagnosis> diagnoses, List<Prescription> prescriptions) {
        this(text, diagnoses, prescriptions, null);
    }

    /** The day the patient is asked back, if the note asks. */
    public Optional<LocalDate> followUp() {
        return Optional.ofNullable(followUpDate);
    }

    public NoteContent withFollowUp(Optional<LocalDate> day) {
        return new NoteContent(text, diagnoses, prescriptions, day.orElse(null));
    }

    public static NoteContent of(SoapText text) {
        return new NoteContent(text, List.of(), List.of());
    }

    public boolean isEmpty() {
        return text.isEmpty() && diagnoses.isEmpty() && prescriptions.isEmpty();
    }
}
