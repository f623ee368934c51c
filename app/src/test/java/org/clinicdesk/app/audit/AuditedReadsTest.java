package org.clinicdesk.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.clinicdesk.app.gui.chart.ChartViewModel;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.audit.AuditQuery;
import org.clinicdesk.core.audit.ReadAccess;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.sync.ConflictInbox;
import org.clinicdesk.core.sync.ConflictReview;
import org.clinicdesk.core.sync.SyncConflict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every read of a patient's record is exactly one event in the hash-chained trail, naming who, what, which patient
 * and when; reception reads a chart only for an emergency with a reason, which administrators then review.
 */
class AuditedReadsTest {
    @TempDir
    static Path dir;
    static Workstore store;
    static Session doctor;
    static Session reception;
    static Session admin;
    static Patient patient;
    static Patient other;
    static SoapNote note;
    static Document document;
    static byte[] scan;

    @BeforeAll
    static void open() throws Exception {
        store = H2Workstores.openWithUsers(dir.resolve("store"));
        doctor = Sessions.signIn(store, "doctor");
        reception = Sessions.signIn(store, "reception");
        admin = Sessions.signIn(store, "admin");
        patient = H2Workstores.register(store, "Meera Iyer", "1975-03-14", Sex.F, List.of());
        other = H2Workstores.register(store, "Ravi Kumar", "1988-11-02", Sex.M, List.of());
        note = store.services().notes().writeAndSign(doctor.actor(), patient,
                NoteContent.of(new SoapText("Cough for a week", "Chest clear", "Bronchitis", "Rest, fluids")));
        scan = png();
        document = store.services().documents().add(doctor.actor(), patient, new DocumentFile("referral.png", scan));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static List<AuditEvent> chain() {
        return store.auditLog().chainOf(store.siteSettings().orElseThrow().site().value());
    }

    /** Runs the read and returns the events it added to the chain (checking that the chain still verifies). */
    private static List<AuditEvent> eventsOf(Runnable read) {
        int before = chain().size();
        read.run();
        List<AuditEvent> after = chain();
        assertThat(store.services().audit().verifyAll()).allMatch(v -> v.intact());
        return after.subList(before, after.size());
    }

    private static void assertOneRead(List<AuditEvent> added, String action, String user, String entityType,
                                      Object entityId) {
        assertThat(added).hasSize(1);
        AuditEvent e = added.get(0);
        assertThat(e.action()).isEqualTo(action);
        assertThat(e.username()).isEqualTo(user);
        assertThat(e.entityType()).isEqualTo(entityType);
        assertThat(e.entityId()).isEqualTo(entityId.toString());
        assertThat(e.detail()).startsWith(patient.uhid().value());
        assertThat(e.occurredAt()).isNotNull();
    }

    @Test
    void openingAChartIsOneEvent() {
        assertOneRead(eventsOf(() -> store.services().chart().open(doctor.actor(), patient.uhid().value())),
                "CHART_OPENED", "doctor", "patient", patient.id());
    }

    @Test
    void readingANoteIsOneEventNamingItsPatient() {
        assertOneRead(eventsOf(() -> store.services().notes().read(doctor.actor(), note.id(), ReadAccess.byRole())),
                "NOTE_READ", "doctor", "soap_note", note.id());
    }

    @Test
    void openingADocumentIsOneEventAndGivesBackItsBytes() {
        byte[][] opened = new byte[1][];
        assertOneRead(eventsOf(() -> opened[0] = store.services().documents()
                        .open(doctor.actor(), document.id(), ReadAccess.byRole()).content()),
                "DOCUMENT_OPENED", "doctor", "document", document.id());
        assertThat(opened[0]).isEqualTo(scan);
    }

    @Test
    void exportingAVisitSummaryFromTheChartIsOneEvent() throws Exception {
        ChartViewModel chart = new ChartViewModel(doctor, new SameThreadTaskExecutor(), Clock.systemDefaultZone(),
                patient.uhid().value());
        chart.load();
        Path pdf = dir.resolve("summary.pdf");
        assertOneRead(eventsOf(() -> chart.saveSummary(pdf, saved -> { })),
                "SUMMARY_EXPORTED", "doctor", "soap_note", note.id());
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void aSearchIsOneEventWithTheKindOfQueryAndNoPatientInIt() {
        List<AuditEvent> byName = eventsOf(() -> store.services().patients().find(reception.actor(), "Meera"));
        List<AuditEvent> byPhone = eventsOf(() -> store.services().patients().find(reception.actor(), "98450"));
        List<AuditEvent> byUhid = eventsOf(() -> store.services().patients().find(reception.actor(),
                patient.uhid().value()));

        assertThat(byName).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("PATIENT_SEARCHED");
            assertThat(e.detail()).isEqualTo("by name, 1 found").doesNotContain("Meera");
        });
        assertThat(byPhone).singleElement().satisfies(e -> assertThat(e.detail()).startsWith("by phone"));
        assertThat(byUhid).singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("by UHID, 1 found"));
    }

    @Test
    void lookingAtTheSyncConflictsIsOneEvent() {
        ConflictInbox none = new ConflictInbox() {
            @Override
            public List<SyncConflict> open() {
                return List.of();
            }

            @Override
            public boolean acknowledge(long conflictId, String username, String text) {
                return false;
            }
        };
        List<AuditEvent> added = eventsOf(() -> new ConflictReview(store.services().store().context(), none)
                .open(doctor.actor()));
        assertThat(added).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("CONFLICTS_VIEWED"));
    }

    @Test
    void receptionIsRefusedAChartNoteOrDocumentAndTheRefusalStoresNoEvent() {
        List<AuditEvent> added = eventsOf(() -> {
            assertThatThrownBy(() -> store.services().chart().open(reception.actor(), patient.uhid().value()))
                    .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("may not open patient charts");
            assertThatThrownBy(() -> store.services().notes().read(reception.actor(), note.id(), ReadAccess.byRole()))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> store.services().documents().open(reception.actor(), document.id(),
                    ReadAccess.byRole())).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> ReadAccess.emergency("  ")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("emergency reason");
        });
        assertThat(added).isEmpty();
    }

    @Test
    void anEmergencyReadIsOneEventWithItsReasonAndShowsInTheAdministratorsReview() {
        String reason = "Collapsed at the desk, doctor away, need allergies";
        List<AuditEvent> added = eventsOf(() -> store.services().chart().open(reception.actor(),
                patient.uhid().value(), ReadAccess.emergency(reason)));

        assertOneRead(added, "EMERGENCY_ACCESS", "reception", "patient", patient.id());
        assertThat(added.get(0).detail()).isEqualTo(patient.uhid().value() + " CHART_OPENED reason: " + reason);
        assertThat(store.services().audit().list(admin.actor(), AuditQuery.emergencies(), ZoneId.systemDefault()))
                .extracting(AuditEvent::id).contains(added.get(0).id());
        assertThatThrownBy(() -> store.services().audit().list(reception.actor(), AuditQuery.emergencies(),
                ZoneId.systemDefault())).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theListFiltersByPatientUserActionAndDay() {
        store.services().chart().open(doctor.actor(), other.uhid().value());
        store.services().chart().open(doctor.actor(), patient.uhid().value());
        ZoneId zone = ZoneId.systemDefault();
        var audit = store.services().audit();

        List<AuditEvent> aboutOther = audit.list(admin.actor(), new AuditQuery(Optional.of(other.uhid().value()),
                Optional.empty(), Optional.empty(), Optional.empty()), zone);
        assertThat(aboutOther).isNotEmpty().allMatch(e -> e.detail().startsWith(other.uhid().value()));
        assertThat(aboutOther).extracting(AuditEvent::action).contains("PATIENT_REGISTERED", "CHART_OPENED");

        List<AuditEvent> doctorsCharts = audit.list(admin.actor(), new AuditQuery(Optional.empty(),
                Optional.of("DOCTOR"), Optional.of("chart-opened"), Optional.of(LocalDate.now(zone))), zone);
        assertThat(doctorsCharts).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(e -> e.username().equals("doctor") && e.action().equals("CHART_OPENED"));
        assertThat(doctorsCharts.get(0).occurredAt()).isAfterOrEqualTo(doctorsCharts.get(1).occurredAt());

        assertThat(audit.list(admin.actor(), new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.now(zone).minusDays(2))), zone)).isEmpty();
        assertThatThrownBy(() -> audit.list(admin.actor(), new AuditQuery(Optional.empty(), Optional.empty(),
                Optional.of("LOOKED"), Optional.empty()), zone)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("action");
    }
}
