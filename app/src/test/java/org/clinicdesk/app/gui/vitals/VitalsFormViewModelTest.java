package org.clinicdesk.app.gui.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.ClinicalResponse;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.Vitals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The triage form over the real store: live NEWS2, typing errors refused beside the field, nothing half-stored. */
class VitalsFormViewModelTest {
    @TempDir
    static Path dir;
    static Workstore store;
    static Session nurse;

    @BeforeAll
    static void open() {
        store = H2Workstores.openWithUsers(dir);
        nurse = Sessions.signIn(store, "nurse");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private final List<Vitals> saved = new ArrayList<>();

    private VitalsFormViewModel form(Patient p) {
        return new VitalsFormViewModel(nurse, new SameThreadTaskExecutor(), p, saved::add);
    }

    private Patient patient(String name) {
        return H2Workstores.register(store, name, "1950-01-01", Sex.M, List.of());
    }

    private static void type(VitalsFormViewModel f, String hr, String rr, String sbp, String dbp, String temp,
                             String spo2) {
        f.value(VitalsField.HR).set(hr);
        f.value(VitalsField.RR).set(rr);
        f.value(VitalsField.SBP).set(sbp);
        f.value(VitalsField.DBP).set(dbp);
        f.value(VitalsField.TEMP).set(temp);
        f.value(VitalsField.SPO2).set(spo2);
    }

    private List<Vitals> stored(Patient p) {
        return store.services().vitals().history(nurse.actor(), p);
    }

    @Test
    void news2FollowsTheTypingWithRedFlagAndBand() {
        VitalsFormViewModel f = form(patient("Live Score"));
        type(f, "80", "16", "120", "80", "37.0", "");
        assertThat(f.news2Property().get()).isNull();
        assertThat(f.news2TextProperty().get()).contains("appears when");
        f.value(VitalsField.SPO2).set("97");
        assertThat(f.news2Property().get().total()).isZero();
        assertThat(f.responseTextProperty().get()).startsWith("Low");
        f.value(VitalsField.RR).set("26");
        assertThat(f.news2Property().get().total()).isEqualTo(3);
        assertThat(f.news2Property().get().redFlag()).isTrue();
        assertThat(f.news2Property().get().response()).isEqualTo(ClinicalResponse.LOW_MEDIUM);
        assertThat(f.news2TextProperty().get()).isEqualTo("NEWS2 3, red flag: one parameter scores 3");
        f.acvpuProperty().set(Acvpu.V);
        f.oxygenProperty().set(true);
        assertThat(f.news2Property().get().total()).isEqualTo(8);
        assertThat(f.news2Property().get().response()).isEqualTo(ClinicalResponse.HIGH);
    }

    @Test
    void scaleTwoScoresHighSaturationOnlyOnOxygen() {
        VitalsFormViewModel f = form(patient("Scale Two"));
        type(f, "80", "16", "120", "80", "37.0", "97");
        f.scaleProperty().set(SpO2Scale.SCALE_2);
        assertThat(f.news2Property().get().points().get("SpO2")).isZero();
        f.oxygenProperty().set(true);
        assertThat(f.news2Property().get().points().get("SpO2")).isEqualTo(3);
    }

    @Test
    void typingErrorIsRefusedBesideItsFieldAndNothingIsStored() {
        Patient p = patient("Typing Error");
        VitalsFormViewModel f = form(p);
        type(f, "720", "16", "120", "80", "3.7", "97");
        assertThat(f.error(VitalsField.HR).get()).isEqualTo("heart rate 720 beats/min is outside 20 to 300 beats/min; probably a typing error");
        assertThat(f.error(VitalsField.TEMP).get()).contains("temperature 3.7").contains("typing error");
        assertThat(f.error(VitalsField.RR).get()).isEmpty();
        assertThat(f.news2Property().get()).isNull();
        f.save();
        assertThat(f.messageProperty().get()).isEqualTo("Some fields need fixing; see the messages beside them.");
        assertThat(saved).isEmpty();
        assertThat(stored(p)).isEmpty();
    }

    @Test
    void diastolicAboveSystolicAndMissingValuesAreRefused() {
        Patient p = patient("Pressure Swap");
        VitalsFormViewModel f = form(p);
        type(f, "80", "16", "80", "120", "37", "");
        f.save();
        assertThat(f.error(VitalsField.SPO2).get()).isEqualTo("is needed for NEWS2");
        f.value(VitalsField.SPO2).set("97");
        assertThat(f.error(VitalsField.DBP).get()).contains("must be below systolic 80");
        f.value(VitalsField.HR).set("eighty");
        assertThat(f.error(VitalsField.HR).get()).isEqualTo("'eighty' is not a number");
        f.save();
        assertThat(stored(p)).isEmpty();
    }

    @Test
    void fahrenheitIsStoredInCelsiusWithBmi() {
        Patient p = patient("Fahrenheit Bmi");
        VitalsFormViewModel f = form(p);
        f.unitProperty().set(TemperatureUnit.FAHRENHEIT);
        type(f, "80", "16", "120", "80", "101.3", "97");
        f.value(VitalsField.WEIGHT).set("70");
        f.value(VitalsField.HEIGHT).set("175");
        assertThat(f.bmiTextProperty().get()).isEqualTo("BMI 22.9");
        f.save();
        assertThat(saved).hasSize(1);
        assertThat(stored(p)).singleElement().satisfies(v -> {
            assertThat(v.signs().temperatureC()).isEqualTo(38.5);
            assertThat(v.signs().bmi()).contains(22.9);
            assertThat(v.news2().points().get("temperature")).isEqualTo(1);
        });
        assertThat(f.messageProperty().get()).isEqualTo("Vitals saved for Fahrenheit Bmi: NEWS2 1.");
    }
}
