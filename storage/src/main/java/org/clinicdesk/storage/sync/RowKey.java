package org.clinicdesk.storage.sync;

import java.util.UUID;

/** A synced row's identity: its table and id. */
public record RowKey(String table, UUID id) {
}
