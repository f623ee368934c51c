package org.clinicdesk.core.sync;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.clinicdesk.core.common.HlcTimestamp;

/**
 * One synced row as it travels: its identity, version, tombstone flag, column values (canonical Java values:
 * String, Integer, Long, Double, Boolean, UUID, LocalDate, Instant; a null value is SQL NULL) and the version at
 * which columns were written. An empty {@code fieldVersions} means every column was written at {@code version};
 * a change that wrote only some columns lists exactly those.
 */
public record SyncRow(String table, UUID id, String site, HlcTimestamp version, boolean deleted,
                      Map<String, Object> values, Map<String, HlcTimestamp> fieldVersions) {

    public SyncRow {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(version, "version");
        values = Collections.unmodifiableMap(new HashMap<>(values));
        fieldVersions = Map.copyOf(fieldVersions);
    }

    public SyncRow withState(HlcTimestamp newVersion, boolean newDeleted, Map<String, Object> newValues,
                             Map<String, HlcTimestamp> newFieldVersions) {
        return new SyncRow(table, id, site, newVersion, newDeleted, newValues, newFieldVersions);
    }

    /** The version at which {@code column} was last written; the row version when none is recorded. */
    public HlcTimestamp fieldVersion(String column) {
        return fieldVersions.getOrDefault(column, version);
    }

    /** Same content (values, tombstone, version), ignoring the bookkeeping of field versions. */
    public boolean sameContentAs(SyncRow other) {
        return deleted == other.deleted && version.equals(other.version) && values.equals(other.values);
    }
}
