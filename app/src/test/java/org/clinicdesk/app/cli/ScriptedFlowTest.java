package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation issue's script, run through the real command line against a real store: a patient goes from the
 * desk through triage to the doctor and out, each step by the role that owns it; wrong steps are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScriptedFlowTest {
    private ClinicDay day;
    private String uhid;
    private String token;

    @BeforeAll
    void setUp(@TempDir Path home) {
        day = ClinicDay.initialised(home.resolve("data"));
        uhid = day.register("Asha Verma", "1988-03-14", "F");
        token = day.ok(day.desk("queue", "add", uhid)).strip();
    }

    @Test
    @Order(1)
    void registrationPrintsACheckedUhidAndQueueingPrintsTodaysToken() {
        assertThat(uhid).matches("A-\\d{6}-[0-9A-Z]");
        assertThat(token).isEqualTo("A-001");
    }

    @Test
    @Order(2)
    void receptionMayNotRunTriage() {
        var result = day.desk("queue", "move", token, "IN_TRIAGE");

        assertThat(result.exit()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(result.err()).contains("may not run triage");
    }

    @Test
    @Order(3)
    void thePatientWalksThroughTheDayAsTheRightRoles() {
        day.ok(day.nurse("queue", "move", token, "IN_TRIAGE"));
        String vitals = day.ok(day.nurse("vitals", "add", uhid, "--hr", "96", "--rr", "22", "--sbp", "104", "--dbp",
                "70", "--temp", "101.3F", "--spo2", "95"));
        day.ok(day.nurse("queue", "move", token, "READY_FOR_DOCTOR"));
        day.ok(day.doctor("queue", "move", token, "IN_CONSULTATION"));
        String noteId = day.ok(day.doctor("note", "add", uhid, "--subjective", "Fever for two days",
                "--objective", "Throat congested", "--assessment", "Viral fever", "--plan", "Fluids and rest",
                "--diagnosis", "Viral fever", "--rx", "Paracetamol|650 mg|tablet|oral|TDS|3|after food", "--sign")).strip();
        day.ok(day.doctor("queue", "move", token, "COMPLETED"));

        // RR 22 -> 2, SpO2 95 -> 1, SBP 104 -> 1, HR 96 -> 1, 38.5 °C -> 1: NEWS2 6, a medium response.
        assertThat(vitals).contains("NEWS2 6").contains("38.5 °C").contains("Medium");
        assertThat(noteId).matches("[0-9a-f-]{36}");
        String board = day.ok(day.desk("queue", "list"));
        assertThat(board).contains(token).contains(uhid).contains("COMPLETED").contains("vitals");
        String note = day.ok(day.doctor("note", "show", noteId));
        assertThat(note).contains("signed by doctor1").contains("Rx: Paracetamol 650 mg tablet, oral, TDS for 3 days");
    }

    @Test
    @Order(4)
    void aCompletedVisitCannotGoBackToWaitingWithoutARequeue() {
        var back = day.desk("queue", "move", token, "WAITING");

        assertThat(back.exit()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(back.err()).contains("requeue");
        var triage = day.nurse("queue", "move", token, "IN_TRIAGE");
        assertThat(triage.exit()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(triage.err()).contains("closed");
    }

    @Test
    @Order(5)
    void aNurseMayNotSignANote() {
        var result = day.nurse("note", "add", uhid, "--subjective", "Feels better", "--sign");

        assertThat(result.exit()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(result.err()).contains("nurse may not sign clinical notes");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @Order(6)
    void receptionMayNeitherWriteNorReadNotes() {
        var write = day.desk("note", "add", uhid, "--subjective", "Asked for a certificate");
        String noteId = day.ok(day.doctor("note", "add", uhid, "--subjective", "Certificate given")).strip();
        var read = day.desk("note", "show", noteId);

        assertThat(write.exit()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(write.err()).contains("may not write clinical notes");
        assertThat(read.exit()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(read.err()).contains("may not read clinical notes");
    }

    @Test
    @Order(7)
    void aRequeueWithAReasonBringsThePatientBack() {
        day.ok(day.desk("queue", "requeue", token, "--reason", "Came back with the lab report"));

        assertThat(day.ok(day.desk("queue", "list"))).contains("WAITING");
    }

    @Test
    @Order(8)
    void aSignedNoteIsAmendedOnlyInThePartsGiven() {
        String noteId = day.ok(day.doctor("note", "add", uhid, "--subjective", "Cough", "--objective", "Chest clear",
                "--assessment", "Bronchitis", "--plan", "Steam", "--sign")).strip();

        day.ok(day.doctor("note", "amend", noteId, "--reason", "Wrong diagnosis typed", "--assessment", "Viral bronchitis"));

        String shown = day.ok(day.doctor("note", "show", noteId));
        assertThat(shown).contains("S: Cough").contains("O: Chest clear").contains("A: Viral bronchitis")
                .contains("P: Steam").contains("Wrong diagnosis typed");
    }

    @Test
    @Order(9)
    void aWrongPasswordIsASignInFailure() {
        var result = day.cli.as("doctor1", "not-the-password", "queue", "list");

        assertThat(result.exit()).isEqualTo(ExitCode.SIGN_IN_FAILED);
        assertThat(result.err()).contains("Wrong user name or password");
    }
}
