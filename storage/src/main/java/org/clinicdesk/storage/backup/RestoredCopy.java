package org.clinicdesk.storage.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.clinicdesk.core.audit.AuditService;
import org.clinicdesk.core.audit.ChainVerification;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.db.PlainStoreConversion;
import org.clinicdesk.storage.keys.KeyFolder;
import org.clinicdesk.storage.keys.StoreAccess;

/**
 * A backup extracted into a folder, opened the way the window opens a store (this computer's desk key), and
 * checked: every site's audit chain intact, and every document row's file present and readable under the store's
 * key. Its rows per table are counted for the caller to compare.
 */
record RestoredCopy(Map<String, Long> rowCounts, int documents, Optional<String> problem) {

    static RestoredCopy check(Path dataDir, KeyFolder keyFolder, Clock clock) {
        return check(dataDir, keyFolder, clock, store -> { });
    }

    /** As {@link #check(Path, KeyFolder, Clock)}; {@code andThen} runs on the open copy when it passed. */
    static RestoredCopy check(Path dataDir, KeyFolder keyFolder, Clock clock, Consumer<LocalStore> andThen) {
        try (LocalStore store = LocalStore.open(dataDir, clock, StoreAccess.with(keyFolder).refusingPlainStores())) {
            Map<String, Long> counts;
            List<String> documents = new ArrayList<>();
            try (Connection c = store.dataSource().getConnection()) {
                counts = PlainStoreConversion.rowCounts(c);
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT sha256 FROM document")) {
                    while (rs.next()) {
                        documents.add(rs.getString(1));
                    }
                }
            }
            for (ChainVerification chain : new AuditService(store.context().tx(), store.auditLog()).verifyAll()) {
                if (!chain.intact()) {
                    return new RestoredCopy(counts, documents.size(), Optional.of("the audit chain of site "
                            + chain.site() + " is broken in the backup: " + chain.reason()));
                }
            }
            for (String sha256 : documents) {
                try {
                    if (store.blobs().get(sha256).isEmpty()) {
                        return new RestoredCopy(counts, documents.size(), Optional.of("the document file "
                                + store.blobs().pathOf(sha256).getFileName() + " (" + sha256 + ") is missing from the backup"));
                    }
                } catch (RuntimeException e) {
                    return new RestoredCopy(counts, documents.size(), Optional.of(e.getMessage()));
                }
            }
            andThen.accept(store);
            return new RestoredCopy(counts, documents.size(), Optional.empty());
        } catch (SQLException e) {
            return new RestoredCopy(Map.of(), 0, Optional.of("the restored store could not be read: " + e.getMessage()));
        } catch (RuntimeException e) {
            return new RestoredCopy(Map.of(), 0, Optional.of("the restored store does not open: " + e.getMessage()));
        }
    }

    /**
     * The first table whose rows differ from the live store's: the backup's count must lie between the counts taken
     * just before and just after the backup (equal when nothing was written meanwhile).
     */
    Optional<String> differenceFrom(Map<String, Long> before, Map<String, Long> after) {
        for (String table : new java.util.TreeSet<>(before.keySet())) {
            long low = Math.min(before.get(table), after.getOrDefault(table, before.get(table)));
            long high = Math.max(before.get(table), after.getOrDefault(table, before.get(table)));
            Long restored = rowCounts.get(table);
            if (restored == null) {
                return Optional.of("table " + table + " is missing from the backup");
            }
            if (restored < low || restored > high) {
                return Optional.of("table " + table + " has " + restored + " rows in the backup, the store had "
                        + (low == high ? String.valueOf(low) : low + " to " + high));
            }
        }
        return Optional.empty();
    }
}
