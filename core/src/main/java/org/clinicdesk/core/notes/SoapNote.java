package org.clinicdesk.core.notes;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A consultation note for a patient; immutable once signed. */
public record SoapNote(UUID id, UUID patientId, String author, NoteStatus status, NoteContent content, Instant createdAt,
                       Instant updatedAt, String signedBy, Instant signedAt) {

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }

    public Optional<Instant> signedTime() {
        return Optional.ofNullable(signedAt);
    }

    public SoapText text() {
        return content.text();
    }

    SoapNote withContent(NoteContent newContent, Instant at) {
        return new SoapNote(id, patientId, author, status, newContent, createdAt, at, signedBy, signedAt);
    }

    SoapNote signed(String by, Instant at) {
        return new SoapNote(id, patientId, author, NoteStatus.SIGNED, content, createdAt, at, by, at);
    }
}
