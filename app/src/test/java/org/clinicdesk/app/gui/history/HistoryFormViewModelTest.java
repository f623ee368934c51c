package org.clinicdesk.app.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past records typed into the chart: lab lines read by the parser, guesses refused, nothing half-stored. */
class HistoryFormViewModelTest {
    @TempDir
    static Path dir;
    static Workstore store;
    static Session doctor;

    @BeforeAll
    static void open() {
        store = H2Workstores.openWithUsers(dir);
        doctor = Sessions.signIn(store, "doctor");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private final List<HistoryEntry> added = new ArrayList<>();

    private List<HistoryEntry> stored(Patient p) {
        return store.services().history().forPatient(doctor.actor(), p);
    }

    @Test
    void labLineIsReadIntoItsSummaryAndDate() {
        Patient p = H2Workstores.register(store, "Lab Typed", "1980-01-01", Sex.F, List.of());
        HistoryFormViewModel f = new HistoryFormViewModel(doctor, new SameThreadTaskExecutor(), p, added::add);
        f.textProperty().set("Hb 10.2 g/dL (13-17) 2024-03-02");
        f.add();
        assertThat(stored(p)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(HistoryKind.LAB_RESULT);
            assertThat(e.summary()).isEqualTo("Hb 10.2 g/dL (13-17) low");
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 2));
            assertThat(e.details()).isEqualTo("Hb 10.2 g/dL (13-17) 2024-03-02");
        });
        assertThat(f.textProperty().get()).isEmpty();
        assertThat(added).hasSize(1);
    }

    @Test
    void ambiguousDateAndBadDateAreRefusedBesideTheFieldAndNothingIsStored() {
        Patient p = H2Workstores.register(store, "Lab Ambiguous", "1980-01-01", Sex.F, List.of());
        HistoryFormViewModel f = new HistoryFormViewModel(doctor, new SameThreadTaskExecutor(), p, added::add);
        f.textProperty().set("Hb 10.2 g/dL 02/03/2024");
        f.add();
        assertThat(f.textErrorProperty().get()).startsWith("date").contains("could be 2 Mar 2024 or 3 Feb 2024");
        f.kindProperty().set(HistoryKind.DIAGNOSIS);
        f.textProperty().set("Type 2 diabetes");
        f.dateProperty().set("2019-13-01");
        f.add();
        assertThat(f.dateErrorProperty().get()).isEqualTo("'2019-13-01' is not a date; write it as YYYY-MM-DD");
        f.dateProperty().set(LocalDate.now().plusDays(3).toString());
        f.add();
        assertThat(f.dateErrorProperty().get()).contains("is in the future");
        assertThat(stored(p)).isEmpty();
        f.dateProperty().set("2019-06-01");
        f.add();
        assertThat(stored(p)).extracting(HistoryEntry::summary).containsExactly("Type 2 diabetes");
    }
}
