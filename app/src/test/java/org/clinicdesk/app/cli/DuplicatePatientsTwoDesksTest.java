package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.flags.DuplicatePatients;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.storage.sync.SyncEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's duplicate patients across desks, through the real central PostgreSQL: the same person registered at two
 * desks offline (one pair by the same phone, one by the same date of birth and a similar name) is flagged on both
 * after sync; a merge on desk A reaches desk B, where the alias UHID opens the kept patient's merged chart; two desks
 * merging one pair in opposite directions offline converge on the same kept patient; `audit verify` stays intact.
 */
class DuplicatePatientsTwoDesksTest {
    private static final LocalDate BORN = LocalDate.of(1972, 5, 9);
    private static CentralTestDatabase central;
    @TempDir
    Path dir;
    private Workstore a;
    private Workstore b;

    @BeforeAll
    static void centralServer() {
        central = CentralTestDatabase.create();
    }

    @AfterAll
    static void dropCentral() {
        central.close();
    }

    @BeforeEach
    void twoDesksOfOneClinic() {
        UUID clinic = UUID.randomUUID();
        a = desk("A", clinic);
        var admin = a.services().users().addFirstAdmin("admin", DemoSetup.PASSWORD.toCharArray(), SiteCode.of("A"));
        DemoSetup.addStaff(a.services(), new Actor(admin.id(), "admin", Role.ADMIN, SiteCode.of("A")),
                DemoSetup.PASSWORD.toCharArray());
        sync(a);
        b = desk("B", clinic);
        sync(b); // the second desk joins: its first sync brings the staff
    }

    @AfterEach
    void closeDesks() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void duplicatesRegisteredOfflineAreFlaggedOnBothDesksAndAMergeOnOneReachesTheOther() {
        Patient phoneAtA = register(a, "Lakshmi Narayan", BORN, "+91 98450 12345");
        Patient phoneAtB = register(b, "Laxmi Narayanan", LocalDate.of(1972, 6, 1), "+91 98450 12345");
        Patient birthAtA = register(a, "Mohammed Irfan", LocalDate.of(1988, 7, 21), null);
        Patient birthAtB = register(b, "Mohamed Irfan", LocalDate.of(1988, 7, 21), null);
        b.services().vitals().record(Sessions.signIn(b, "nurse").actor(), phoneAtB, new VitalSigns(92, 18, 132, 84,
                37.6, 97, SpO2Scale.SCALE_1, false, Acvpu.A, null, null));
        syncAll();

        for (Workstore desk : List.of(a, b)) {
            assertThat(duplicateOf(desk, phoneAtA)).as("desk %s", desk.dataDir()).contains(phoneAtB.uhid().value());
            assertThat(duplicateOf(desk, phoneAtB)).contains(phoneAtA.uhid().value());
            assertThat(duplicateOf(desk, birthAtA)).contains(birthAtB.uhid().value());
            assertThat(duplicateOf(desk, birthAtB)).contains(birthAtA.uhid().value());
        }

        Actor doctorAtA = Sessions.signIn(a, "doctor").actor();
        a.services().merge().merge(doctorAtA, phoneAtA.uhid().value(), phoneAtB.uhid().value(), "same phone, same woman");
        a.services().merge().merge(doctorAtA, birthAtB.uhid().value(), birthAtA.uhid().value(), "same man, same birthday");
        syncAll();

        Actor doctorAtB = Sessions.signIn(b, "doctor").actor();
        Chart chart = b.services().chart().open(doctorAtB, phoneAtB.uhid().value());
        assertThat(chart.patient().uhid()).isEqualTo(phoneAtA.uhid());
        assertThat(chart.aliases()).extracting(Patient::uhid).containsExactly(phoneAtB.uhid());
        assertThat(chart.vitals()).hasSize(1);
        assertThat(b.services().patients().find(Sessions.signIn(b, "reception").actor(), "Irfan"))
                .extracting(Patient::uhid).containsExactly(birthAtB.uhid());
        for (Workstore desk : List.of(a, b)) {
            assertThat(duplicateOf(desk, phoneAtA)).isEmpty();
            assertThat(duplicateOf(desk, birthAtB)).isEmpty();
        }
        assertAuditIntactOnBothDesks();
    }

    @Test
    void oppositeMergesOfflineConvergeOnTheLowerUhidOnEveryDesk() {
        Patient atA = register(a, "Savitri Bai", BORN, "+91 90080 55501");
        Patient atB = register(b, "Savitri Bai", BORN, "+91 90080 55501");
        syncAll();

        a.services().merge().merge(Sessions.signIn(a, "doctor").actor(), atA.uhid().value(), atB.uhid().value(),
                "registered twice");
        b.services().merge().merge(Sessions.signIn(b, "doctor").actor(), atB.uhid().value(), atA.uhid().value(),
                "registered twice");
        syncAll();

        Patient lower = atA.uhid().value().compareTo(atB.uhid().value()) < 0 ? atA : atB;
        Patient higher = lower == atA ? atB : atA;
        for (Workstore desk : List.of(a, b)) {
            Actor doctor = Sessions.signIn(desk, "doctor").actor();
            for (Patient asked : List.of(atA, atB)) {
                Chart chart = desk.services().chart().open(doctor, asked.uhid().value());
                assertThat(chart.patient().uhid()).as("desk %s, %s", desk.dataDir(), asked.uhid()).isEqualTo(lower.uhid());
                assertThat(chart.aliases()).extracting(Patient::uhid).containsExactly(higher.uhid());
            }
            assertThat(desk.services().patients().find(doctor, "Savitri")).extracting(Patient::uhid)
                    .containsExactly(lower.uhid());
        }
        assertAuditIntactOnBothDesks();
    }

    private Workstore desk(String site, UUID clinic) {
        Workstore store = TestStores.open(dir.resolve(site));
        store.initialise(new SiteSettings(SiteCode.of(site), "Green Valley", clinic));
        CentralSettings.save(store.services().store(), central.site(clinic, site, central.url()));
        return store;
    }

    private static Patient register(Workstore desk, String name, LocalDate born, String phone) {
        return desk.services().patients().register(Sessions.signIn(desk, "reception").actor(), new PatientDetails(
                PersonName.parse(name), DateOfBirth.exact(born, LocalDate.now()), Sex.F,
                phone == null ? null : PhoneNumber.parse(phone), "", List.of()));
    }

    /** The UHIDs a patient's duplicate flags name, as the doctor sees them on that desk. */
    private static List<String> duplicateOf(Workstore desk, Patient patient) {
        return desk.services().flags().forPatient(Sessions.signIn(desk, "doctor").actor(), patient.uhid().value())
                .flags().stream().map(DuplicatePatients::otherUhid).flatMap(java.util.Optional::stream).toList();
    }

    private void syncAll() {
        sync(a);
        sync(b);
        sync(a);
        sync(b);
    }

    private static void sync(Workstore desk) {
        new SyncEngine(desk.services().store(), CentralSettings.stored(desk.services().store()).orElseThrow()).syncOnce();
    }

    private void assertAuditIntactOnBothDesks() {
        List<Path> dirs = List.of(a.dataDir(), b.dataDir());
        b.close();
        a.close();
        b = null;
        a = null;
        for (Path data : dirs) {
            CliRun.Result verify = new CliRun(data).as("admin", DemoSetup.PASSWORD, "audit", "verify");
            assertThat(verify.exit()).as(verify.toString()).isZero();
            assertThat(verify.out()).contains("Records: all ").doesNotContain("BROKEN");
        }
    }
}
