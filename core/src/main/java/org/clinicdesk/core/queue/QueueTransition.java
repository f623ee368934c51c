package org.clinicdesk.core.queue;

import java.time.Instant;
import java.util.UUID;

/** One recorded move of a queue entry: from, to, who and when (and why, for cancellations and requeues). */
public record QueueTransition(UUID id, UUID entryId, QueueStatus from, QueueStatus to, String byUser, Instant at,
                              String reason) {
}
