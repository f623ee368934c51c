package org.clinicdesk.storage.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One captured change waiting to be pushed: which row of which table, how, at which version, which columns. */
public record OutboxRow(long sequence, String table, UUID rowId, String operation, String version,
                        List<String> changedFields, Instant createdAt) {
}
