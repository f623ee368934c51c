package org.clinicdesk.storage.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.Frequency;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteStatus;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteRepositoryTest {
    static final Instant T0 = Instant.parse("2026-11-21T05:00:00.250Z");
    static final NoteContent CONTENT = new NoteContent(
            new SoapText("Fever 3 days, \"body ache\"\nबुखार", "T 38.6 °C", "Viral fever; r/o dengue", "Fluids, rest"),
            List.of(new Diagnosis("Dengue fever", "ICD-10", "A90"), Diagnosis.freeText("Dehydration, mild")),
            List.of(new Prescription("Paracetamol", "500 mg", "tablet", "oral", Frequency.TDS, 5, "after food"),
                    new Prescription("ORS", "1 sachet", "", "oral", Frequency.PRN, null, "")));
    @TempDir
    Path dir;
    LocalStore store;
    Patient patient;

    @BeforeEach
    void open() {
        store = TestStores.openInitialised(dir);
        patient = TestStores.savedPatient(store, 1, "Asha Rao", null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SoapNote draft() {
        SoapNote note = new SoapNote(store.context().ids().newId(), patient.id(), "dr.mehta", NoteStatus.DRAFT, CONTENT, T0,
                T0, null, null);
        store.context().tx().run(() -> store.notes().save(note));
        return note;
    }

    private SoapNote signed() {
        SoapNote d = draft();
        SoapNote s = new SoapNote(d.id(), d.patientId(), d.author(), NoteStatus.SIGNED, d.content(), d.createdAt(),
                T0.plusSeconds(60), "dr.mehta", T0.plusSeconds(60));
        store.context().tx().run(() -> store.notes().save(s));
        return s;
    }

    @Test
    void aSignedNoteWithDiagnosesAndPrescriptionsRoundTripsExactly() {
        SoapNote s = signed();
        store.close();
        store = LocalStore.open(dir, java.time.Clock.systemUTC());
        assertThat(store.notes().findById(s.id())).contains(s);
        assertThat(store.notes().forPatient(patient.id())).containsExactly(s);
    }

    @Test
    void amendmentsRoundTripInOrder() {
        SoapNote s = signed();
        NoteContent corrected = new NoteContent(CONTENT.text().amendedBy(null, null, "Dengue confirmed (NS1+)", null),
                CONTENT.diagnoses(), List.of());
        Amendment a1 = new Amendment(store.context().ids().newId(), s.id(), "dr.mehta", T0.plusSeconds(600), "lab result", corrected);
        Amendment a2 = new Amendment(store.context().ids().newId(), s.id(), "dr.rao", T0.plusSeconds(900), "typo", CONTENT);
        store.context().tx().run(() -> {
            store.notes().add(a2);
            store.notes().add(a1);
        });
        assertThat(store.notes().amendmentsOf(s.id())).containsExactly(a1, a2);
    }

    @Test
    void aDraftCanBeEditedThroughTheRepository() {
        SoapNote d = draft();
        SoapNote edited = new SoapNote(d.id(), d.patientId(), d.author(), NoteStatus.DRAFT,
                NoteContent.of(new SoapText("changed", "", "", "")), d.createdAt(), T0.plusSeconds(5), null, null);
        store.context().tx().run(() -> store.notes().save(edited));
        assertThat(store.notes().findById(d.id())).contains(edited);
    }

    @Test
    void theRepositoryRefusesToChangeASignedNote() {
        SoapNote s = signed();
        SoapNote tampered = new SoapNote(s.id(), s.patientId(), s.author(), NoteStatus.SIGNED,
                NoteContent.of(new SoapText("rewritten", "", "", "")), s.createdAt(), T0.plusSeconds(99), s.signedBy(), s.signedAt());
        assertThatThrownBy(() -> store.context().tx().run(() -> store.notes().save(tampered)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(store.notes().findById(s.id())).contains(s);
    }

    @Test
    void theDatabaseRefusesSqlUpdateAndDeleteOfASignedNote() {
        SoapNote s = signed();
        assertThatThrownBy(() -> TestStores.execute(store, "UPDATE soap_note SET subjective = 'rewritten' WHERE id = ?", s.id()))
                .isInstanceOf(SQLException.class).hasMessageContaining("Signed note");
        assertThatThrownBy(() -> TestStores.execute(store, "UPDATE soap_note SET status = 'DRAFT' WHERE id = ?", s.id()))
                .isInstanceOf(SQLException.class).hasMessageContaining("Signed note");
        assertThatThrownBy(() -> TestStores.execute(store, "DELETE FROM soap_note WHERE id = ?", s.id()))
                .isInstanceOf(SQLException.class).hasMessageContaining("Signed note");

        store.evictCaches();
        assertThat(store.notes().findById(s.id())).contains(s);
        assertThat(TestStores.count(store, "SELECT COUNT(*) FROM soap_note WHERE subjective = ?", CONTENT.text().subjective()))
                .isEqualTo(1);
    }

    @Test
    void theDatabaseAllowsEditingAndSigningADraft() throws SQLException {
        SoapNote d = draft();
        assertThat(TestStores.execute(store, "UPDATE soap_note SET plan = 'more fluids' WHERE id = ?", d.id())).isEqualTo(1);
        assertThat(TestStores.execute(store, "UPDATE soap_note SET status = 'SIGNED' WHERE id = ?", d.id())).isEqualTo(1);
        assertThatThrownBy(() -> TestStores.execute(store, "UPDATE soap_note SET plan = 'x' WHERE id = ?", d.id()))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void theDatabaseRefusesSqlUpdateAndDeleteOfAnAmendment() {
        SoapNote s = signed();
        Amendment a = new Amendment(store.context().ids().newId(), s.id(), "dr.mehta", T0.plusSeconds(600), "lab result",
                NoteContent.of(new SoapText("x", "", "", "")));
        store.context().tx().run(() -> store.notes().add(a));
        assertThatThrownBy(() -> TestStores.execute(store, "UPDATE note_amendment SET reason = 'other' WHERE id = ?", a.id()))
                .isInstanceOf(SQLException.class).hasMessageContaining("amendment");
        assertThatThrownBy(() -> TestStores.execute(store, "DELETE FROM note_amendment WHERE id = ?", a.id()))
                .isInstanceOf(SQLException.class).hasMessageContaining("amendment");
        assertThat(store.notes().amendmentsOf(s.id())).containsExactly(a);
    }
}
