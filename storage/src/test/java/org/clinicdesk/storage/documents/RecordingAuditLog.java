package org.clinicdesk.storage.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.audit.AuditRecord;

/** Keeps appended audit records in memory; the audit chain is not what these tests are about. */
final class RecordingAuditLog implements AuditLog {
    final List<AuditRecord> records = new ArrayList<>();

    @Override
    public AuditEvent append(String username, AuditRecord record) {
        records.add(record);
        return new AuditEvent(UUID.randomUUID(), "MAIN", records.size(), Instant.now(), username,
                record.action().name(), record.entityType(), record.entityId(), record.detail(), "", "");
    }

    @Override
    public List<AuditEvent> chainOf(String site) {
        return List.of();
    }

    @Override
    public List<String> sites() {
        return List.of();
    }

    @Override
    public Optional<ChainHead> head(String site) {
        return Optional.empty();
    }
}
