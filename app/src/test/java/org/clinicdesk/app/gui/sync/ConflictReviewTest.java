package org.clinicdesk.app.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteStatus;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.sync.ConflictReview;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.sync.CentralConflicts;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.SyncEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real conflict (one note signed on two desks with different content while they were apart) listed for a person
 * with both versions, and acknowledged through the audited use case for the whole clinic.
 */
class ConflictReviewTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    static Path dir;
    private static CentralTestDatabase central;
    private static Workstore a;
    private static Workstore b;
    private static CentralServer siteA;
    private static CentralServer siteB;

    @BeforeAll
    static void noteSignedTwice() {
        central = CentralTestDatabase.create();
        a = TestStores.open(dir.resolve("A"));
        a.initialise(new SiteSettings(SiteCode.of("A"), "Green Valley", CLINIC));
        var admin = a.services().users().addFirstAdmin("admin", DemoSetup.PASSWORD.toCharArray(), SiteCode.of("A"));
        DemoSetup.addStaff(a.services(), new Actor(admin.id(), "admin", Role.ADMIN, SiteCode.of("A")),
                DemoSetup.PASSWORD.toCharArray());
        siteA = central.site(CLINIC, "A", central.url());
        b = TestStores.open(dir.resolve("B"));
        b.initialise(new SiteSettings(SiteCode.of("B"), "Green Valley", CLINIC));
        siteB = central.site(CLINIC, "B", central.url());

        var reception = Sessions.signIn(a, "reception");
        var patient = a.services().patients().register(reception.actor(), new PatientDetails(PersonName.parse("Lata Twice"),
                DateOfBirth.exact(LocalDate.of(1970, 1, 2), LocalDate.now()), Sex.F, null, "", List.of()));
        LocalStore storeA = a.services().store();
        Instant now = Instant.now();
        SoapNote draft = new SoapNote(storeA.context().ids().newId(), patient.id(), "doctor", NoteStatus.DRAFT,
                NoteContent.of(new SoapText("cough", "chest clear", "bronchitis", "rest")), now, now, null, null);
        storeA.context().tx().run(() -> storeA.notes().save(draft));
        sync(a, siteA);
        sync(b, siteB);
        sign(a, draft, "bronchitis, steam inhalation");
        sign(b, draft, "pneumonia, amoxicillin 500 mg");
        sync(a, siteA);
        sync(b, siteB); // the second signature meets the first on the server
    }

    private static void sync(Workstore store, CentralServer server) {
        new SyncEngine(store.services().store(), server).syncOnce();
    }

    private static void sign(Workstore store, SoapNote draft, String assessment) {
        LocalStore local = store.services().store();
        Instant now = Instant.now();
        SoapNote signed = new SoapNote(draft.id(), draft.patientId(), draft.author(), NoteStatus.SIGNED,
                NoteContent.of(new SoapText("cough", "crackles", assessment, "review in 3 days")), draft.createdAt(), now,
                "doctor", now);
        local.context().tx().run(() -> local.notes().save(signed));
    }

    @AfterAll
    static void close() {
        a.close();
        b.close();
        central.close();
    }

    private static ConflictReviewViewModel reviewAt(Workstore store, CentralServer server, String user) {
        Actor actor = Sessions.signIn(store, user).actor();
        return new ConflictReviewViewModel(actor,
                () -> new ConflictReview(store.services().store().context(), new CentralConflicts(server)),
                new SameThreadTaskExecutor());
    }

    @Test
    void theDoctorSeesBothSignaturesAndAcknowledgingSettlesItForTheClinicWithAnAuditEvent() {
        ConflictReviewViewModel doctorAtB = reviewAt(b, siteB, "doctor");
        doctorAtB.load();
        assertThat(doctorAtB.conflicts()).hasSize(1);
        var conflict = doctorAtB.selectedProperty().get();
        assertThat(conflict.table()).isEqualTo("soap_note");
        assertThat(conflict.detail()).contains("signed twice");
        assertThat(conflict.keptVersion()).contains("bronchitis, steam inhalation").doesNotContain("pneumonia");
        assertThat(conflict.otherVersion()).contains("pneumonia, amoxicillin 500 mg");

        doctorAtB.noteProperty().set("");
        doctorAtB.acknowledge();
        assertThat(doctorAtB.messageProperty().get()).contains("note");
        assertThat(doctorAtB.conflicts()).hasSize(1);

        doctorAtB.noteProperty().set("First signature stands; pneumonia plan added as an amendment.");
        doctorAtB.acknowledge();
        assertThat(doctorAtB.conflicts()).isEmpty();
        assertThat(doctorAtB.messageProperty().get()).contains("acknowledged");
        List<AuditEvent> events = b.auditLog().chainOf("B");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SYNC_CONFLICT_ACKNOWLEDGED.name());
            assertThat(e.username()).isEqualTo("doctor");
        });

        ConflictReviewViewModel adminAtA = reviewAt(a, siteA, "admin");
        adminAtA.load();
        assertThat(adminAtA.conflicts()).as("settled for every desk of the clinic").isEmpty();
    }

    @Test
    void receptionMayNotReviewConflicts() {
        Actor reception = Sessions.signIn(a, "reception").actor();
        ConflictReview review = new ConflictReview(a.services().store().context(), new CentralConflicts(siteA));
        assertThatThrownBy(() -> review.open(reception)).isInstanceOf(PermissionDeniedException.class);
    }
}
