package org.clinicdesk.app.gui.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.ManualTaskExecutor;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceptionViewModelTest {
    @TempDir
    Path dataDir;
    Workstore store;
    Session session;

    @BeforeEach
    void open() {
        store = TestStores.openWithUsers(dataDir);
        session = Sessions.signIn(store, "reception");
        register("Kiran Rao", "9000000001");
        register("Kiran Menon", "9000000002");
        register("Lata Rao", "9111111111");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void olderSearchFinishingLastDoesNotOverwriteTheNewerResults() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ReceptionViewModel vm = new ReceptionViewModel(session, executor);
        vm.queryProperty().set("Kir");
        vm.queryProperty().set("Lata");
        executor.run(1);
        executor.run(0);
        assertThat(vm.results()).extracting(PatientRow::name).containsExactly("Lata Rao");
        assertThat(vm.searchesShownProperty().get()).isEqualTo(1);
    }

    @Test
    void findsByNameUhidAndPhoneAsTyped() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ReceptionViewModel vm = new ReceptionViewModel(session, executor);
        vm.queryProperty().set("Kiran");
        executor.runAll();
        assertThat(vm.results()).extracting(PatientRow::name).containsExactlyInAnyOrder("Kiran Rao", "Kiran Menon");
        String uhid = vm.results().get(0).uhid();
        vm.queryProperty().set(uhid);
        executor.runAll();
        assertThat(vm.results()).extracting(PatientRow::uhid).containsExactly(uhid);
        vm.queryProperty().set("9111111111");
        executor.runAll();
        assertThat(vm.results()).extracting(PatientRow::name).containsExactly("Lata Rao");
    }

    @Test
    void noMatchSaysSoAndClearingTheBoxClearsTheResults() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ReceptionViewModel vm = new ReceptionViewModel(session, executor);
        vm.queryProperty().set("Zzz");
        executor.runAll();
        assertThat(vm.results()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("No patient matches 'Zzz'.");
        vm.queryProperty().set("Lata");
        executor.runAll();
        assertThat(vm.messageProperty().get()).isEmpty();
        vm.queryProperty().set("");
        assertThat(vm.results()).isEmpty();
    }

    private void register(String name, String phone) {
        LocalDate today = LocalDate.now();
        store.services().patients().register(session.actor(), new PatientDetails(PersonName.parse(name),
                DateOfBirth.exact(LocalDate.of(1988, 2, 3), today), Sex.O, PhoneNumber.parse(phone), "", List.of()));
    }
}
