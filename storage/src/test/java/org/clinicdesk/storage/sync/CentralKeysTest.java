package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ready to distribute by clinic: every primary key and unique constraint of the central schema starts with
 * {@code clinic_id}, read from PostgreSQL's own catalogue after every migration, except the few small reference tables
 * that would be copied to every node (storage/CENTRAL.md names them).
 */
class CentralKeysTest {
    /** Small, global, replicated to every node under Citus; see storage/CENTRAL.md. */
    static final Set<String> REFERENCE_TABLES = Set.of("sync_meta", "site_registry", "cd_synced_table",
            "flyway_central_history");
    private static PgTestDatabase db;

    @BeforeAll
    static void start() {
        db = PgTestDatabase.create();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void everyKeyOfEveryClinicTableStartsWithTheClinic() throws SQLException {
        List<String> offenders = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        try (Connection admin = db.adminConnection(); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.conrelid::regclass::text, c.conname, a.attname "
                     + "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                     + "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                     + "WHERE n.nspname = 'public' AND c.contype IN ('p', 'u') ORDER BY 1, 2")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (REFERENCE_TABLES.contains(table)) {
                    continue;
                }
                checked.add(table + "." + rs.getString(2));
                if (!"clinic_id".equals(rs.getString(3))) {
                    offenders.add(table + "." + rs.getString(2) + " starts with " + rs.getString(3));
                }
            }
        }
        // unique indexes made without a constraint count too
        try (Connection admin = db.adminConnection(); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT i.indrelid::regclass::text, i.indexrelid::regclass::text, a.attname "
                     + "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                     + "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
                     + "WHERE n.nspname = 'public' AND i.indisunique")) {
            while (rs.next()) {
                if (!REFERENCE_TABLES.contains(rs.getString(1)) && !"clinic_id".equals(rs.getString(3))) {
                    offenders.add(rs.getString(1) + " index " + rs.getString(2) + " starts with " + rs.getString(3));
                }
            }
        }
        assertThat(checked).contains("patient.patient_pkey", "change_feed.change_feed_pkey", "audit_anchor.audit_anchor_pkey");
        assertThat(offenders).isEmpty();
    }
}
