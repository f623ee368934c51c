package org.clinicdesk.app.gui.vitals;

import org.clinicdesk.core.vitals.VitalSigns;

/** The unit the nurse's thermometer shows; the store always keeps Celsius. */
public enum TemperatureUnit {
    CELSIUS, FAHRENHEIT;

    public double toCelsius(double typed) {
        return this == CELSIUS ? typed : VitalSigns.fahrenheitToCelsius(typed);
    }
}
