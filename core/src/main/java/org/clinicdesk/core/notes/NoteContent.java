package org.clinicdesk.core.notes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * What a note says: the SOAP text with structured diagnoses and prescriptions, the day the patient should come back
 * ({@code followUpDate}, null when none) and why ({@code followUpReason}, a short text, empty when not given).
 * Amendments carry a whole new one.
 */
public record NoteContent(SoapText text, List<Diagnosis> diagnoses, List<Prescription> prescriptions,
                          LocalDate followUpDate, String followUpReason) {
    /** The longest follow-up reason: it fits a cell of the board and the stored column. */
    public static final int REASON_LIMIT = 200;

    public NoteContent {
        diagnoses = List.copyOf(diagnoses == null ? List.of() : diagnoses);
        prescriptions = List.copyOf(prescriptions == null ? List.of() : prescriptions);
        followUpReason = followUpReason == null ? "" : followUpReason.strip();
        if (followUpReason.length() > REASON_LIMIT) {
            throw new ValidationException("follow-up reason",
                    CoreMessages.text("followUp.reasonTooLong", String.valueOf(REASON_LIMIT)));
        }
    }

    public NoteContent(SoapText text, List<Diagnosis> diagnoses, List<Prescription> prescriptions,
                       LocalDate followUpDate) {
        this(text, diagnoses, prescriptions, followUpDate, "");
    }

    public NoteContent(SoapText text, List<Diagnosis> diagnoses, List<Prescription> prescriptions) {
        this(text, diagnoses, prescriptions, null, "");
    }

    /** The day the patient is asked back, if the note asks. */
    public Optional<LocalDate> followUp() {
        return Optional.ofNullable(followUpDate);
    }

    /** The same note asking for {@code day}, keeping its reason. */
    public NoteContent withFollowUp(Optional<LocalDate> day) {
        return new NoteContent(text, diagnoses, prescriptions, day.orElse(null), followUpReason);
    }

    /** The same note asking for {@code day} for {@code reason}. */
    public NoteContent withFollowUp(Optional<LocalDate> day, String reason) {
        return new NoteContent(text, diagnoses, prescriptions, day.orElse(null), reason);
    }

    public static NoteContent of(SoapText text) {
        return new NoteContent(text, List.of(), List.of());
    }

    public boolean isEmpty() {
        return text.isEmpty() && diagnoses.isEmpty() && prescriptions.isEmpty();
    }
}
