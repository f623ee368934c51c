package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;
import org.assertj.core.data.Offset;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the temperature parser: both units agree, and text that is no number is refused by name. */
class TemperatureInputPropertiesTest {
    /** Letters other than the unit suffixes and the exponent and special-value letters Double.parseDouble knows. */
    private static final String LETTERS = "abghjklmopqrsuvwxyz";

    @SeededProperty
    void fahrenheitAndCelsiusOfTheSameTemperatureAgree(Gen gen) {
        unitsAgree(gen.doubles(25.0, 45.0));
    }

    @ParameterizedTest(name = "{0} °C")
    @ValueSource(doubles = {25.0, 45.0, 37.0, 36.6, 25.00001, 44.99999})
    void fahrenheitAndCelsiusAgreeAtTheEdges(double celsius) {
        unitsAgree(celsius);
    }

    private static void unitsAgree(double celsius) {
        String asFahrenheit = String.format(Locale.ROOT, "%.4fF", celsius * 9 / 5 + 32);
        String asCelsius = String.format(Locale.ROOT, "%.4f", celsius);

        assertThat(TemperatureInput.celsius(asFahrenheit)).as("%s and %s", asFahrenheit, asCelsius)
                .isCloseTo(TemperatureInput.celsius(asCelsius), Offset.offset(0.001));
    }

    @SeededProperty
    void lettersAloneAreNeverATemperature(Gen gen) {
        notATemperature(gen.strings(LETTERS, 1, 12));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"a", "z", "zzzzzzzzzzzz", "abghjklmopqr", "x", "o"})
    void lettersAtTheEdgesAreNeverATemperature(String text) {
        notATemperature(text);
    }

    private static void notATemperature(String text) {
        assertThatExceptionOfType(ValidationException.class).as(text)
                .isThrownBy(() -> TemperatureInput.celsius(text))
                .withMessageStartingWith("temp:");
    }
}
