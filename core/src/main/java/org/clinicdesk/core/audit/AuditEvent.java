package org.clinicdesk.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One link of a site's audit chain: who did what to which record, when, from which desktop. {@code hash} covers
 * every other field and the previous event's hash, so an edit, removal or reordering breaks the chain.
 * {@code rowDigest} vouches for the record the event changed, column by column, as the change left it (empty for
 * events that change no record): a record changed without an event no longer matches any event's digest.
 */
public record AuditEvent(UUID id, String site, long sequence, Instant occurredAt, String username, String action,
                         String entityType, String entityId, String detail, String rowDigest, String previousHash,
                         String hash) {
}
