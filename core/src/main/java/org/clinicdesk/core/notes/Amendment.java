package org.clinicdesk.core.notes;

import java.time.Instant;
import java.util.UUID;

/**
 * A correction to a signed note: a new record linked to the original, with author, time, reason and the note's
 * full text as corrected. The original stays as it was signed.
 */
public record Amendment(UUID id, UUID noteId, String author, Instant at, String reason, NoteContent content) {
}
