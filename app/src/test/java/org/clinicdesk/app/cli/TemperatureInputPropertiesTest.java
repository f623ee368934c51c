package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.assertj.core.data.Offset;
import org.clinicdesk.core.common.ValidationException;

/** Properties of the temperature parser: both units agree, and text that is no number is refused by name. */
class TemperatureInputPropertiesTest {

    @Property
    void fahrenheitAndCelsiusOfTheSameTemperatureAgree(@ForAll @DoubleRange(min = 25.0, max = 45.0) double celsius) {
        String asFahrenheit = String.format(Locale.ROOT, "%.4fF", celsius * 9 / 5 + 32);
        String asCelsius = String.format(Locale.ROOT, "%.4f", celsius);

        assertThat(TemperatureInput.celsius(asFahrenheit)).isCloseTo(TemperatureInput.celsius(asCelsius), Offset.offset(0.001));
    }

    @Property
    void lettersAloneAreNeverATemperature(@ForAll("letters") String text) {
        assertThatThrownBy(() -> TemperatureInput.celsius(text))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("temp:");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> letters() {
        // Letters other than the unit suffixes and the exponent and special-value letters Double.parseDouble knows.
        return net.jqwik.api.Arbitraries.strings().withChars("abghjklmopqrsuvwxyz").ofMinLength(1).ofMaxLength(12);
    }
}
