package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.core.fhir.FhirImportService;
import org.clinicdesk.core.imports.ImportProgress;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the legacy import stores syncs like any desk's records: the central server's merge accepts signed notes
 * with their original, past times and past queue visits, with no conflict.
 */
class LegacyNotesSyncTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    Path dir;

    @Test
    void importedSignedNotesWithTheirOriginalTimesAndPastVisitsArePushedWithoutConflict() throws Exception {
        try (CentralTestDatabase central = CentralTestDatabase.create()) {
            importAndSync(central);
        }
    }

    private void importAndSync(CentralTestDatabase central) throws Exception {
        String role = central.site(CLINIC, "A", central.url()).user();
        try (LocalStore store = LocalStore.open(dir, Clock.systemDefaultZone())) {
            store.initialise(new SiteSettings(org.clinicdesk.core.common.SiteCode.of("A"), "Green Valley", CLINIC));
            Actor admin = new Actor(UUID.randomUUID(), "admin", Role.ADMIN, org.clinicdesk.core.common.SiteCode.of("A"));
            var report = ClinicServices.over(store).legacyImport().importExport(admin,
                    SharedData.dir("legacy-json/sample").toAbsolutePath(), FhirImportService.Mode.STORE, ImportProgress.NONE);
            assertThat(report.totals().get("note").stored()).isEqualTo(2);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new SyncCommand(() -> Optional.of(dir), Map.of("CLINICDESK_CENTRAL_USER", role,
                "CLINICDESK_CENTRAL_PASSWORD", CentralTestDatabase.SITE_PASSWORD))).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("--once", "--url", central.url(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode sync = new ObjectMapper().readTree(out.toString());
        assertThat(sync.get("conflicts").asInt()).isZero();
        assertThat(sync.get("pending").asInt()).isZero();
        try (Connection c = central.admin().connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT author, status, signed_at FROM soap_note WHERE clinic_id = '"
                    + CLINIC + "' ORDER BY signed_at")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("legacy/nurse_rekha");
                assertThat(rs.getString(2)).isEqualTo("SIGNED");
                // the central schema keeps instants as a count since the epoch (cd_instant)
                java.time.Instant signed = LocalDateTime.parse("2025-11-01T09:45:00").atZone(ZoneId.systemDefault()).toInstant();
                long micros = signed.getEpochSecond() * 1_000_000L;
                assertThat(rs.getLong(3)).isIn(signed.toEpochMilli(), micros, micros * 1000);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("legacy/unknown");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), min(service_date) FROM queue_entry")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
                assertThat(rs.getString(2)).isEqualTo("2025-11-01");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sync_conflict")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
