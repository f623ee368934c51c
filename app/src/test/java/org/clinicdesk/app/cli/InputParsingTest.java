package org.clinicdesk.app.cli;

import org.clinicdesk.app.DataDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.Frequency;
import org.clinicdesk.core.notes.Prescription;
import org.junit.jupiter.api.Test;

/** The few pieces of text the command line itself turns into values: temperatures, prescriptions, directories. */
class InputParsingTest {

    @Test
    void temperatureWithTrailingFIsConvertedFromFahrenheit() {
        assertThat(TemperatureInput.celsius("101.3F")).isCloseTo(38.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(TemperatureInput.celsius("98.6f")).isCloseTo(37.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void temperatureWithoutUnitIsCelsius() {
        assertThat(TemperatureInput.celsius("37.2")).isEqualTo(37.2);
        assertThat(TemperatureInput.celsius("38C")).isEqualTo(38.0);
    }

    @Test
    void temperatureThatIsNotANumberNamesTheField() {
        assertThatThrownBy(() -> TemperatureInput.celsius("warm"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("temp:");
    }

    @Test
    void prescriptionIsSplitOnBars() {
        Prescription rx = PrescriptionInput.parse("Amoxicillin|500 mg|capsule|oral|TDS|5|after food");

        assertThat(rx.drug()).isEqualTo("Amoxicillin");
        assertThat(rx.strength()).isEqualTo("500 mg");
        assertThat(rx.form()).isEqualTo("capsule");
        assertThat(rx.frequency()).isEqualTo(Frequency.TDS);
        assertThat(rx.durationDays()).isEqualTo(5);
        assertThat(rx.instructions()).isEqualTo("after food");
    }

    @Test
    void prescriptionMayLeaveOutTrailingParts() {
        Prescription rx = PrescriptionInput.parse("Paracetamol|650 mg|tablet||SOS");

        assertThat(rx.frequency()).isEqualTo(Frequency.PRN);
        assertThat(rx.durationDays()).isNull();
        assertThat(rx.route()).isEqualTo("oral");
    }

    @Test
    void prescriptionWithBadDaysOrMissingFrequencyIsRefused() {
        assertThatThrownBy(() -> PrescriptionInput.parse("Amoxicillin|500 mg|capsule|oral|TDS|five"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("five");
        assertThatThrownBy(() -> PrescriptionInput.parse("Amoxicillin|500 mg|capsule"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("frequency");
        assertThatThrownBy(() -> PrescriptionInput.parse("Amoxicillin"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("rx:");
    }

    @Test
    void defaultDataDirectoryFollowsTheOperatingSystem() {
        Path home = Path.of("/home/asha");
        assertThat(DataDirectory.defaultFor("Linux", home, java.util.Map.of()))
                .isEqualTo(Path.of("/home/asha/.local/share/clinicdesk"));
        assertThat(DataDirectory.defaultFor("Mac OS X", home, java.util.Map.of()))
                .isEqualTo(Path.of("/home/asha/Library/Application Support/ClinicDesk"));
        assertThat(DataDirectory.defaultFor("Windows 11", home, java.util.Map.of("APPDATA", "/users/asha/AppData/Roaming")))
                .isEqualTo(Path.of("/users/asha/AppData/Roaming/ClinicDesk"));
        assertThat(DataDirectory.defaultFor("Linux", home, java.util.Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/clinicdesk"));
    }
}
