package org.clinicdesk.core.vitals;

import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * One set of observations taken at triage, checked against physiological limits: a value outside them is a typing
 * error (a pulse of 720, a temperature of 3.7), refused with the field's name rather than scored. Temperature is
 * kept in Celsius; weight and height are optional.
 */
public record VitalSigns(int heartRate, int respiratoryRate, int systolic, int diastolic, double temperatureC,
                         int spo2, SpO2Scale scale, boolean onOxygen, Acvpu consciousness, Double weightKg,
                         Double heightCm) {

    public VitalSigns {
        within("hr", heartRate, 20, 300, "beats/min");
        within("rr", respiratoryRate, 2, 80, "breaths/min");
        within("sbp", systolic, 40, 300, "mmHg");
        within("dbp", diastolic, 10, 200, "mmHg");
        if (diastolic >= systolic) {
            throw new ValidationException("dbp", CoreMessages.text("vitals.dbpBelowSbp", Integer.toString(diastolic),
                    Integer.toString(systolic)));
        }
        within("temp", temperatureC, 25.0, 45.0, "°C");
        within("spo2", spo2, 40, 100, "%");
        if (scale == null) {
            scale = SpO2Scale.SCALE_1;
        }
        if (consciousness == null) {
            consciousness = Acvpu.A;
        }
        if (weightKg != null) {
            within("weight", weightKg, 0.3, 400, "kg");
        }
        if (heightCm != null) {
            within("height", heightCm, 20, 260, "cm");
        }
        temperatureC = Math.round(temperatureC * 10) / 10.0;
    }

    /** Body-mass index when weight and height are both known, to one decimal. */
    public java.util.Optional<Double> bmi() {
        if (weightKg == null || heightCm == null) {
            return java.util.Optional.empty();
        }
        double metres = heightCm / 100.0;
        return java.util.Optional.of(Math.round(weightKg / (metres * metres) * 10) / 10.0);
    }

    public static double fahrenheitToCelsius(double fahrenheit) {
        return (fahrenheit - 32) * 5 / 9;
    }

    private static void within(String field, double value, double min, double max, String unit) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new ValidationException(field, CoreMessages.text("vitals.outside",
                    CoreMessages.text("vitals.name." + field), plain(value), unit, plain(min), plain(max)));
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
