package org.clinicdesk.core.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A past record typed in by hand, imported or accepted from a scanned document: a prescription, diagnosis, visit or
 * lab result, with where it came from.
 */
public record HistoryEntry(UUID id, UUID patientId, HistoryKind kind, LocalDate date, String summary, String details,
                           String source, String recordedBy, Instant recordedAt) {
}
