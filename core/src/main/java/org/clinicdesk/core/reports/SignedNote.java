package org.clinicdesk.core.reports;

import java.time.Instant;
import java.util.UUID;
import org.clinicdesk.core.notes.NoteContent;

/**
 * A note signed in the period as it reads now: the content of its latest amendment, else what was signed. Reports
 * count its diagnoses and prescriptions under the doctor who signed it.
 */
public record SignedNote(UUID noteId, UUID patientId, String signedBy, Instant signedAt, NoteContent content) {
    /** The latest note signed for the visit's patient since they joined its queue entry: the visit's note. */
    static java.util.Optional<SignedNote> ofVisit(ReportVisit v, java.util.List<SignedNote> notes) {
        return notes.stream()
                .filter(n -> n.patientId().equals(v.entry().patientId()) && !n.signedAt().isBefore(v.entry().arrivedAt()))
                .max(java.util.Comparator.comparing(SignedNote::signedAt));
    }
}
