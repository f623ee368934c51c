package org.clinicdesk.core.audit;

import java.util.List;

/**
 * Outgoing port: the append-only audit trail. {@code append} joins the caller's transaction, so the event
 * commits with the change it describes.
 */
public interface AuditLog {
    AuditEvent append(String username, AuditRecord record);

    /** Every site's events, each site's in chain order. */
    List<AuditEvent> chainOf(String site);

    List<String> sites();

    /** Events of every site that pass the filter, newest first, at most {@code filter.limit()}. */
    List<AuditEvent> find(AuditFilter filter);

    /** The newest event's sequence and hash, kept apart from the events so that removing the last one shows. */
    java.util.Optional<ChainHead> head(String site);

    record ChainHead(long sequence, String hash) {
    }
}
