package org.clinicdesk.app.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.site.DoctorDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may set what a prescription prints about a doctor, checked in the use case (real H2 store). */
class DoctorDetailsPermissionTest {
    private static final DoctorDetails DETAILS = new DoctorDetails("Dr. Asha Rao", "MBBS, MD", "KMC 12345");
    @TempDir
    Path dir;
    private Workstore store;

    @BeforeEach
    void open() {
        store = TestStores.openWithUsers(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDoctorSetsTheirOwnAndAnAdministratorAnyones() {
        var settings = store.services().settings();
        settings.setDoctorDetails(Sessions.signIn(store, "doctor").actor(), "doctor", DETAILS);
        assertThat(settings.doctorDetails("doctor")).contains(DETAILS);

        settings.setDoctorDetails(Sessions.signIn(store, "admin").actor(), "doctor",
                new DoctorDetails("Dr. Asha Rao", "MBBS, MD", "KMC 99"));
        assertThat(settings.doctorDetails("doctor").orElseThrow().registration()).isEqualTo("KMC 99");
    }

    @Test
    void nobodyElseMaySetADoctorsDetails() {
        var settings = store.services().settings();

        assertThatThrownBy(() -> settings.setDoctorDetails(Sessions.signIn(store, "nurse").actor(), "doctor", DETAILS))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> settings.setDoctorDetails(Sessions.signIn(store, "reception").actor(), "reception",
                DETAILS)).isInstanceOf(PermissionDeniedException.class);
        assertThat(settings.doctorDetails("doctor")).isEmpty();
    }
}
