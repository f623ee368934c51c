package org.clinicdesk.app.cli;

import java.util.Locale;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.vitals.VitalSigns;

/** A temperature as typed on the command line: Celsius, or Fahrenheit with a trailing F ({@code 101.3F}). */
final class TemperatureInput {
    private TemperatureInput() {
    }

    static double celsius(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("temp", "is missing (Celsius, or Fahrenheit with a trailing F such as 101.3F)");
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace("°", "");
        boolean fahrenheit = t.endsWith("F");
        String number = fahrenheit || t.endsWith("C") ? t.substring(0, t.length() - 1).trim() : t;
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new ValidationException("temp", "'" + text + "' is not a temperature (e.g. 37.2, or 99.1F in Fahrenheit)");
        }
        if (!Double.isFinite(value)) {
            throw new ValidationException("temp", "'" + text + "' is not a temperature");
        }
        return fahrenheit ? VitalSigns.fahrenheitToCelsius(value) : value;
    }
}
