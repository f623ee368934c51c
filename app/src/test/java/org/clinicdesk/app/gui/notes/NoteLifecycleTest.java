package org.clinicdesk.app.gui.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.storage.LocalStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note's life through the editor's view model over the real H2 store: draft, restore, sign, amend. */
class NoteLifecycleTest {
    @TempDir
    static Path dir;
    static Workstore store;
    static Session doctor;
    static Session nurse;

    @BeforeAll
    static void open() {
        store = H2Workstores.openWithUsers(dir);
        doctor = Sessions.signIn(store, "doctor");
        nurse = Sessions.signIn(store, "nurse");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private Patient patient(String name) {
        return H2Workstores.register(store, name, "1970-05-05", Sex.F, List.of());
    }

    private Chart chart(Session who, Patient p) {
        return store.services().chart().open(who.actor(), p.uhid().value());
    }

    private NoteEditorViewModel editor(Session who, Patient p, H2Workstores.ScriptedDialogs dialogs) {
        Chart c = chart(who, p);
        return new NoteEditorViewModel(who, new SameThreadTaskExecutor(), dialogs, p,
                c.draftBy(who.actor().username()), c.latestVitals(), Clock.systemDefaultZone(), () -> { });
    }

    private NoteEditorViewModel signedNoteWithTwoPrescriptions(Patient p) {
        NoteEditorViewModel e = editor(doctor, p, new H2Workstores.ScriptedDialogs());
        e.subjectiveProperty().set("Sore throat for three days");
        e.assessmentProperty().set("Acute pharyngitis");
        e.diagnosisTextProperty().set("Acute pharyngitis");
        e.diagnosisSystemProperty().set("ICD-10");
        e.diagnosisCodeProperty().set("J02.9");
        assertThat(e.addDiagnosis()).isTrue();
        e.prescriptionInput().lineProperty().set("Amoxicillin 500 mg cap TDS x 5 days after food");
        assertThat(e.prescriptionInput().addLine()).isTrue();
        e.prescriptionInput().lineProperty().set("Tab Paracetamol 650mg 1-0-1 x 3/7");
        assertThat(e.prescriptionInput().addLine()).isTrue();
        e.sign();
        assertThat(e.modeProperty().get()).isEqualTo(EditorMode.SIGNED);
        return e;
    }

    @Test
    void signingOverAnInteractionAsksForAReasonAndStaysADraftWithoutOne() {
        Patient p = patient("Flag Override");
        H2Workstores.ScriptedDialogs dialogs = new H2Workstores.ScriptedDialogs();
        NoteEditorViewModel e = editor(doctor, p, dialogs);
        e.subjectiveProperty().set("Knee pain");
        e.prescriptionInput().lineProperty().set("Warfarin 5 mg tab OD");
        assertThat(e.prescriptionInput().addLine()).isTrue();
        e.prescriptionInput().lineProperty().set("Tab Brufen 400 mg TDS x 5 days");
        assertThat(e.prescriptionInput().addLine()).isTrue();
        e.sign();
        assertThat(e.modeProperty().get()).isEqualTo(EditorMode.DRAFT);
        assertThat(e.statusProperty().get()).startsWith("Not signed: 1 high-severity flag");
        dialogs.answer = Optional.of("INR checked today, 3 days only");
        e.sign();
        assertThat(e.modeProperty().get()).isEqualTo(EditorMode.SIGNED);
        assertThat(store.services().flags().overridden(doctor.actor(), p.id()))
                .singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("INR checked today, 3 days only"));
    }

    @Test
    void autosavedDraftIsRestoredWhenTheChartIsOpenedAgain() {
        Patient p = patient("Draft Restore");
        NoteEditorViewModel first = editor(doctor, p, new H2Workstores.ScriptedDialogs());
        first.subjectiveProperty().set("Cough since Monday");
        first.autosave();
        first.planProperty().set("Steam inhalation");
        first.autosave();
        assertThat(first.saved()).isTrue();

        NoteEditorViewModel reopened = editor(doctor, p, new H2Workstores.ScriptedDialogs());
        assertThat(reopened.noteId()).isEqualTo(first.noteId());
        assertThat(reopened.subjectiveProperty().get()).isEqualTo("Cough since Monday");
        assertThat(reopened.planProperty().get()).isEqualTo("Steam inhalation");
        assertThat(reopened.modeProperty().get()).isEqualTo(EditorMode.DRAFT);
        assertThat(reopened.statusProperty().get()).startsWith("Draft restored");
    }

    @Test
    void firstAutosaveTellsTheChartSoWriteNoteReopensTheSameDraft() {
        Patient p = patient("Draft Once");
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        Chart c = chart(doctor, p);
        NoteEditorViewModel e = new NoteEditorViewModel(doctor, new SameThreadTaskExecutor(),
                new H2Workstores.ScriptedDialogs(), p, c.draftBy("doctor"), c.latestVitals(), Clock.systemDefaultZone(),
                changes::incrementAndGet);
        e.subjectiveProperty().set("Headache");
        e.autosave();
        e.subjectiveProperty().set("Headache since morning");
        e.autosave();
        assertThat(changes).hasValue(1);
        assertThat(chart(doctor, p).draftBy("doctor").map(n -> n.note().id())).isEqualTo(e.noteId());
    }

    @Test
    void unchangedEditorDoesNotWriteAnEmptyDraft() {
        Patient p = patient("Nothing Typed");
        NoteEditorViewModel e = editor(doctor, p, new H2Workstores.ScriptedDialogs());
        e.autosave();
        assertThat(e.noteId()).isEmpty();
        assertThat(chart(doctor, p).notes()).isEmpty();
    }

    @Test
    void signedNoteIsReadOnlyAndItsUseCaseRefusesChange() {
        Patient p = patient("Signed Readonly");
        NoteEditorViewModel e = signedNoteWithTwoPrescriptions(p);
        assertThat(e.editableProperty().get()).isFalse();
        e.subjectiveProperty().set("typed after signing");
        e.autosave();
        Chart c = chart(doctor, p);
        assertThat(c.notes()).hasSize(1);
        assertThat(c.notes().get(0).note().content().text().subjective()).isEqualTo("Sore throat for three days");
        assertThat(c.notes().get(0).note().content().prescriptions()).extracting(rx -> rx.drug())
                .containsExactly("Amoxicillin", "Paracetamol");
        assertThatThrownBy(() -> store.services().notes().updateDraft(doctor.actor(), e.noteId().orElseThrow(),
                NoteContent.of(new SoapText("rewritten", "", "", "")))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void signedNoteRefusesChangeThroughPlainSql() throws Exception {
        Patient p = patient("Signed Sql");
        NoteEditorViewModel e = signedNoteWithTwoPrescriptions(p);
        var ds = ((LocalStore) store.services().store()).dataSource();
        try (Connection c = ds.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE soap_note SET subjective = 'rewritten' WHERE id = ?");
             PreparedStatement delete = c.prepareStatement("DELETE FROM soap_note WHERE id = ?")) {
            update.setObject(1, e.noteId().orElseThrow());
            assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("Signed note");
            delete.setObject(1, e.noteId().orElseThrow());
            assertThatThrownBy(delete::executeUpdate).isInstanceOf(SQLException.class);
        }
        assertThat(chart(doctor, p).notes().get(0).note().content().text().subjective())
                .isEqualTo("Sore throat for three days");
    }

    @Test
    void amendmentKeepsTheOriginalAndTheChartShowsBoth() {
        Patient p = patient("Amend Both");
        NoteEditorViewModel e = signedNoteWithTwoPrescriptions(p);
        H2Workstores.ScriptedDialogs dialogs = new H2Workstores.ScriptedDialogs();
        NoteEditorViewModel again = editor(doctor, p, dialogs);
        assertThat(again.modeProperty().get()).isEqualTo(EditorMode.DRAFT);
        Chart c = chart(doctor, p);
        NoteEditorViewModel signed = new NoteEditorViewModel(doctor, new SameThreadTaskExecutor(), dialogs, p,
                Optional.of(c.notes().get(0)), Optional.empty(), Clock.systemDefaultZone(), () -> { });
        dialogs.answer = Optional.of("Wrong paracetamol dose");
        signed.startAmendment();
        assertThat(signed.modeProperty().get()).isEqualTo(EditorMode.AMENDING);
        Object paracetamol = signed.prescriptions().get(1);
        signed.prescriptionInput().edit(signed.prescriptions().get(1));
        signed.prescriptionInput().value(PrescriptionField.STRENGTH).set("500 mg");
        assertThat(signed.prescriptionInput().addFields()).isTrue();
        assertThat(signed.prescriptions()).doesNotContain((org.clinicdesk.core.notes.Prescription) paracetamol);
        signed.saveAmendment();
        assertThat(signed.modeProperty().get()).isEqualTo(EditorMode.SIGNED);

        var note = chart(doctor, p).notes().get(0);
        assertThat(note.note().content().prescriptions().get(1).strength()).isEqualTo("650 mg");
        assertThat(note.amendments()).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo("Wrong paracetamol dose");
            assertThat(a.author()).isEqualTo("doctor");
        });
        assertThat(note.current().prescriptions()).extracting(rx -> rx.strength()).containsExactly("500 mg", "500 mg");
        assertThat(e.noteId()).contains(note.note().id());
    }

    @Test
    void amendmentWithoutAReasonIsRefusedAndNothingIsStored() {
        Patient p = patient("Amend Noreason");
        signedNoteWithTwoPrescriptions(p);
        H2Workstores.ScriptedDialogs dialogs = new H2Workstores.ScriptedDialogs();
        NoteEditorViewModel signed = new NoteEditorViewModel(doctor, new SameThreadTaskExecutor(), dialogs, p,
                Optional.of(chart(doctor, p).notes().get(0)), Optional.empty(), Clock.systemDefaultZone(), () -> { });
        dialogs.answer = Optional.empty();
        signed.startAmendment();
        assertThat(signed.modeProperty().get()).isEqualTo(EditorMode.SIGNED);
        assertThat(signed.statusProperty().get()).isEqualTo("Not amended: an amendment needs a reason.");
        assertThat(chart(doctor, p).notes().get(0).amendments()).isEmpty();
        assertThatThrownBy(() -> store.services().notes().amend(doctor.actor(), signed.noteId().orElseThrow(), "  ",
                NoteContent.of(new SoapText("x", "", "", "")))).hasMessageContaining("reason");
        assertThat(chart(doctor, p).notes().get(0).amendments()).isEmpty();
    }

    @Test
    void prescriptionWithoutDoseOrFrequencyIsRefusedBesideTheFieldAndNotStored() {
        Patient p = patient("Rx Refused");
        NoteEditorViewModel e = editor(doctor, p, new H2Workstores.ScriptedDialogs());
        e.subjectiveProperty().set("Fever");
        PrescriptionInput rx = e.prescriptionInput();
        rx.lineProperty().set("Amoxicillin TDS x 5 days");
        assertThat(rx.addLine()).isFalse();
        assertThat(rx.lineErrorProperty().get()).startsWith("strength").contains("no strength or dose for Amoxicillin");
        rx.lineProperty().set("Paracetamol 650 mg x 3 days");
        assertThat(rx.addLine()).isFalse();
        assertThat(rx.lineErrorProperty().get()).startsWith("frequency").contains("no frequency for Paracetamol");
        rx.value(PrescriptionField.DRUG).set("Ibuprofen");
        rx.value(PrescriptionField.STRENGTH).set("400 mg");
        assertThat(rx.addFields()).isFalse();
        assertThat(rx.error(PrescriptionField.FREQUENCY).get()).contains("missing");
        rx.value(PrescriptionField.FREQUENCY).set("TDS");
        rx.value(PrescriptionField.STRENGTH).set("");
        assertThat(rx.addFields()).isFalse();
        assertThat(rx.error(PrescriptionField.STRENGTH).get()).contains("missing");
        assertThat(e.prescriptions()).isEmpty();
        e.autosave();
        assertThat(chart(doctor, p).notes()).singleElement()
                .satisfies(n -> assertThat(n.note().content().prescriptions()).isEmpty());
    }

    @Test
    void nurseIsNotOfferedSigningAndTheUseCaseRefusesHerAnyway() {
        Patient p = patient("Nurse Draft");
        NoteEditorViewModel e = editor(nurse, p, new H2Workstores.ScriptedDialogs());
        assertThat(e.maySign()).isFalse();
        e.subjectiveProperty().set("Triage note");
        e.autosave();
        assertThatThrownBy(() -> store.services().notes().sign(nurse.actor(), e.noteId().orElseThrow()))
                .isInstanceOf(PermissionDeniedException.class);
        e.sign();
        assertThat(e.modeProperty().get()).isEqualTo(EditorMode.DRAFT);
        assertThat(e.statusProperty().get()).contains("may not sign");
        assertThat(chart(nurse, p).notes()).singleElement().satisfies(n -> assertThat(n.note().isSigned()).isFalse());
    }

    @Test
    void openingAChartIsAuditedAndReceptionMayNotOpenOne() {
        Patient p = patient("Chart Audit");
        var before = store.auditLog().chainOf("A").size();
        chart(doctor, p);
        var chain = store.auditLog().chainOf("A");
        assertThat(chain).hasSize(before + 1);
        assertThat(chain.get(chain.size() - 1).action()).isEqualTo("CHART_OPENED");
        Session reception = Sessions.signIn(store, "reception");
        assertThatThrownBy(() -> chart(reception, p)).isInstanceOf(PermissionDeniedException.class);
    }

}
