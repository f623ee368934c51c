package org.clinicdesk.core.vitals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Physiological limits refuse typing errors naming the field; Fahrenheit converts; BMI when both are known. */
class VitalSignsTest {

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({
            "hr, 19", "hr, 301", "hr, 720",
            "rr, 1", "rr, 81",
            "sbp, 39", "sbp, 301", "sbp, 1200",
            "dbp, 9", "dbp, 201",
            "temp, 24.9", "temp, 45.1", "temp, 3.7", "temp, 98.6", "temp, NaN",
            "spo2, 39", "spo2, 101",
            "weight, 0.2", "weight, 401",
            "height, 19", "height, 261"})
    void valueOutsidePhysiologicalLimitsIsRefusedWithItsFieldName(String field, String value) {
        assertThatThrownBy(() -> build(field, value))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains("outside").contains("typing error");
                });
    }

    @ParameterizedTest(name = "{0} = {1} is accepted")
    @CsvSource({"hr, 20", "hr, 300", "rr, 2", "rr, 80", "sbp, 300", "dbp, 10", "temp, 25.0", "temp, 45.0",
            "spo2, 40", "spo2, 100", "weight, 0.3", "weight, 400", "height, 20", "height, 260"})
    void valueAtALimitIsAccepted(String field, String value) {
        assertThat(build(field, value)).isNotNull();
    }

    @Test
    void refusalMessageNamesTheValueAndTheLimits() {
        assertThatThrownBy(() -> build("hr", "720")).hasMessage(
                "hr: heart rate 720 beats/min is outside 20 to 300 beats/min; probably a typing error");
    }

    @Test
    void diastolicAtOrAboveSystolicIsRefused() {
        assertThatThrownBy(() -> new VitalSigns(76, 16, 120, 120, 37.0, 98, null, false, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("dbp"));
    }

    @Test
    void unknownConsciousnessLevelIsRefusedWithItsFieldName() {
        assertThatThrownBy(() -> Acvpu.parse("X"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("acvpu"));
        assertThat(Acvpu.parse(" v ")).isEqualTo(Acvpu.V);
    }

    @Test
    void unknownSpo2ScaleIsRefusedWithItsFieldName() {
        assertThatThrownBy(() -> SpO2Scale.parse("3"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("scale"));
        assertThat(SpO2Scale.parse("2")).isEqualTo(SpO2Scale.SCALE_2);
    }

    @Test
    void missingScaleAndConsciousnessMeanScaleOneAndAlert() {
        VitalSigns v = new VitalSigns(76, 16, 120, 80, 37.0, 98, null, false, null, null, null);
        assertThat(v.scale()).isEqualTo(SpO2Scale.SCALE_1);
        assertThat(v.consciousness()).isEqualTo(Acvpu.A);
    }

    @Test
    void temperatureIsKeptAtOneDecimal() {
        assertThat(Obs.normal().temp(37.26).signs().temperatureC()).isEqualTo(37.3);
    }

    @ParameterizedTest(name = "{0} °F = {1} °C")
    @CsvSource({"32, 0", "212, 100", "98.6, 37.0", "100.4, 38.0", "95, 35.0", "104, 40.0", "-40, -40"})
    void fahrenheitConvertsToCelsius(double fahrenheit, double celsius) {
        assertThat(VitalSigns.fahrenheitToCelsius(fahrenheit)).isCloseTo(celsius, within(1e-9));
    }

    @Test
    void fahrenheitJustAboveThirtyEightScoresAsFever() {
        // 100.4 °F is exactly 38.0 °C (0 points); 100.5 °F rounds to 38.1 °C (1 point)
        assertThat(Obs.normal().temp(VitalSigns.fahrenheitToCelsius(100.4)).score().points().get("temperature"))
                .isZero();
        assertThat(Obs.normal().temp(VitalSigns.fahrenheitToCelsius(100.5)).score().points().get("temperature"))
                .isEqualTo(1);
    }

    @Test
    void bmiNeedsWeightAndHeight() {
        VitalSigns both = new VitalSigns(76, 16, 120, 80, 37.0, 98, null, false, null, 70.0, 175.0);
        VitalSigns weightOnly = new VitalSigns(76, 16, 120, 80, 37.0, 98, null, false, null, 70.0, null);
        assertThat(both.bmi()).contains(22.9);
        assertThat(weightOnly.bmi()).isEmpty();
    }

    private static VitalSigns build(String field, String value) {
        Obs o = Obs.normal();
        Double weight = null;
        Double height = null;
        switch (field) {
            case "hr" -> o.hr(Integer.parseInt(value));
            case "rr" -> o.rr(Integer.parseInt(value));
            case "sbp" -> { o.sbp = Integer.parseInt(value); o.dbp = 20; }
            case "dbp" -> { o.dbp = Integer.parseInt(value); o.sbp = 250; }
            case "temp" -> o.temp(Double.parseDouble(value));
            case "spo2" -> o.spo2(Integer.parseInt(value));
            case "weight" -> weight = Double.parseDouble(value);
            case "height" -> height = Double.parseDouble(value);
            default -> throw new IllegalArgumentException(field);
        }
        return new VitalSigns(o.hr, o.rr, o.sbp, o.dbp, o.temp, o.spo2, o.scale, o.oxygen, o.acvpu, weight, height);
    }
}
