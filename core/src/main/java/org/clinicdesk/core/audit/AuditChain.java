package org.clinicdesk.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The hash chain rules: each event's hash is SHA-256 over its predecessor's hash and its own fields, with
 * lengths prefixed so that no two different events can encode to the same bytes.
 */
public final class AuditChain {
    /** The predecessor of a site's first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static AuditEvent seal(UUID id, String site, long sequence, java.time.Instant at, String username,
                                  AuditRecord record, String previousHash) {
        return seal(id, site, sequence, at, username, record, "", previousHash);
    }

    /** Seals an event that vouches for the record it changed with {@code rowDigest} (see {@link AuditEvent}). */
    public static AuditEvent seal(UUID id, String site, long sequence, java.time.Instant at, String username,
                                  AuditRecord record, String rowDigest, String previousHash) {
        java.time.Instant millis = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        AuditEvent unsealed = new AuditEvent(id, site, sequence, millis, username, record.action().name(),
                record.entityType(), record.entityId(), record.detail(), rowDigest == null ? "" : rowDigest,
                previousHash, null);
        return new AuditEvent(id, site, sequence, millis, username, unsealed.action(), unsealed.entityType(),
                unsealed.entityId(), unsealed.detail(), unsealed.rowDigest(), previousHash, hashOf(unsealed));
    }

    public static String hashOf(AuditEvent e) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {e.previousHash(), e.id().toString(), e.site(), Long.toString(e.sequence()),
                Long.toString(e.occurredAt().toEpochMilli()),
                e.username(), e.action(), e.entityType(), e.entityId(), e.detail()}) {
            String value = field == null ? "" : field;
            canonical.append(value.length()).append(':').append(value).append('|');
        }
        // events from before row digests hash as they always did
        if (e.rowDigest() != null && !e.rowDigest().isEmpty()) {
            canonical.append(e.rowDigest().length()).append(':').append(e.rowDigest()).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }

    /** Checks one site's events, given in the order the store returns them by sequence. */
    public static ChainVerification verify(String site, List<AuditEvent> events, Optional<AuditLog.ChainHead> head) {
        String previous = GENESIS;
        long expectedSequence = 1;
        for (AuditEvent e : events) {
            if (e.sequence() != expectedSequence) {
                return ChainVerification.broken(site, e, "sequence " + e.sequence() + " where " + expectedSequence
                        + " was expected: an event was removed or reordered");
            }
            if (!previous.equals(e.previousHash())) {
                return ChainVerification.broken(site, e, "its link to the previous event does not match: an event before it was removed, changed or reordered");
            }
            if (!hashOf(e).equals(e.hash())) {
                return ChainVerification.broken(site, e, "its content does not match its hash: the event was changed");
            }
            previous = e.hash();
            expectedSequence++;
        }
        if (head.isPresent()) {
            AuditLog.ChainHead h = head.get();
            if (h.sequence() != expectedSequence - 1 || !h.hash().equals(previous)) {
                return new ChainVerification(site, events.size(), false, Optional.of(h.sequence()),
                        "the chain ends at sequence " + (expectedSequence - 1) + " but the recorded head is "
                                + h.sequence() + ": events at the end were removed or changed");
            }
        } else if (!events.isEmpty()) {
            return new ChainVerification(site, events.size(), false, Optional.of(1L), "the chain head record is missing");
        }
        return new ChainVerification(site, events.size(), true, Optional.empty(), "intact");
    }
}
