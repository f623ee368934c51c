package org.clinicdesk.app.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.users.Actor;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Each role sees only the actions it may take, and core refuses the hidden ones when called directly. */
class RolesTest extends WindowTest {
    private static final Set<String> QUEUE_ACTIONS = Set.of("START_TRIAGE", "READY_FOR_DOCTOR", "CALL_NEXT",
            "START_CONSULTATION", "COMPLETE", "CANCEL", "NO_SHOW", "REQUEUE");

    @Test
    void receptionSeesRegistrationAndQueueKeepingButNoClinicalSteps(FxRobot robot) {
        signIn(robot, "reception");
        assertThat(queueButtons(robot)).containsExactlyInAnyOrder("CANCEL", "NO_SHOW", "REQUEUE");
        assertThat(shown(robot, "#registerPatient")).isTrue();
        assertThat(shown(robot, "#editPatient")).isTrue();
        assertThat(shown(robot, "#addToQueue")).isTrue();
        assertThat(menuIds(robot)).contains("menu-register", "menu-addToQueue", "menu-CANCEL")
                .doesNotContain("menu-START_TRIAGE", "menu-CALL_NEXT", "menu-COMPLETE");

        Actor reception = workstation.session().orElseThrow().actor();
        QueueEntry entry = queuedPatient(reception);
        ClinicServices s = store().services();
        assertThatThrownBy(() -> s.queue().callNext(reception)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> s.queue().move(reception, entry.token(), QueueStatus.IN_TRIAGE, ""))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void nurseTriagesButNeitherCallsNorCancels(FxRobot robot) {
        signIn(robot, "nurse");
        assertThat(queueButtons(robot)).containsExactlyInAnyOrder("START_TRIAGE", "READY_FOR_DOCTOR");
        assertThat(shown(robot, "#registerPatient")).isTrue();
        assertThat(shown(robot, "#addToQueue")).isTrue();
        assertThat(menuIds(robot)).doesNotContain("menu-CALL_NEXT", "menu-CANCEL", "menu-REQUEUE");

        Actor nurse = workstation.session().orElseThrow().actor();
        QueueEntry entry = queuedPatient(nurse);
        ClinicServices s = store().services();
        assertThatThrownBy(() -> s.queue().callNext(nurse)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> s.queue().move(nurse, entry.token(), QueueStatus.CANCELLED, ""))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> s.queue().requeue(nurse, entry.token(), "again"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void doctorCallsAndConsultsButNeitherRegistersNorQueues(FxRobot robot) {
        signIn(robot, "doctor");
        assertThat(queueButtons(robot)).containsExactlyInAnyOrder("CALL_NEXT", "START_CONSULTATION", "COMPLETE");
        assertThat(shown(robot, "#registerPatient")).isFalse();
        assertThat(shown(robot, "#editPatient")).isFalse();
        assertThat(shown(robot, "#addToQueue")).isFalse();
        assertThat(menuIds(robot)).doesNotContain("menu-register", "menu-edit", "menu-addToQueue",
                "menu-START_TRIAGE", "menu-CANCEL");

        Actor doctor = workstation.session().orElseThrow().actor();
        ClinicServices s = store().services();
        assertThatThrownBy(() -> s.patients().register(doctor, details()))
                .isInstanceOf(PermissionDeniedException.class);
        Actor desk = new Actor(doctor.userId(), "reception", org.clinicdesk.core.users.Role.RECEPTION, doctor.site());
        QueueEntry entry = queuedPatient(desk);
        assertThatThrownBy(() -> s.queue().move(doctor, entry.token(), QueueStatus.IN_TRIAGE, ""))
                .isInstanceOf(PermissionDeniedException.class);
        var walkIn = s.patients().register(desk, details());
        assertThatThrownBy(() -> s.queue().add(doctor, walkIn, Priority.NORMAL))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void adminKeepsTheQueueButTakesNoClinicalStep(FxRobot robot) {
        signIn(robot, "admin");
        assertThat(queueButtons(robot)).containsExactlyInAnyOrder("CANCEL", "NO_SHOW", "REQUEUE");
        Actor admin = workstation.session().orElseThrow().actor();
        assertThatThrownBy(() -> store().services().queue().callNext(admin))
                .isInstanceOf(PermissionDeniedException.class);
    }

    private Set<String> queueButtons(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queueBoard").tryQuery().map(Node::isVisible).orElse(false));
        return robot.lookup(n -> n.getId() != null && n.getId().startsWith("action-")).queryAll().stream()
                .filter(Node::isVisible)
                .map(n -> n.getId().substring("action-".length()))
                .filter(QUEUE_ACTIONS::contains)
                .collect(Collectors.toSet());
    }

    private Set<String> menuIds(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).map(MenuItem::getId)
                .filter(id -> id != null).collect(Collectors.toSet());
    }

    /** A patient in today's queue, put there by someone allowed to (the use cases, not the window). */
    private QueueEntry queuedPatient(Actor actor) {
        ClinicServices s = store().services();
        Actor desk = actor.may(org.clinicdesk.core.users.Permission.QUEUE_ADD) ? actor
                : new Actor(actor.userId(), "reception", org.clinicdesk.core.users.Role.RECEPTION, actor.site());
        var patient = s.patients().register(desk, details());
        return s.queue().add(desk, patient, Priority.NORMAL);
    }

    private static PatientDetails details() {
        return new PatientDetails(PersonName.parse("Test Patient"),
                DateOfBirth.exact(java.time.LocalDate.of(1970, 1, 1), java.time.LocalDate.now()), Sex.F, null, "",
                java.util.List.of());
    }
}
