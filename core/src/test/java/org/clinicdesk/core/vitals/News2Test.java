package org.clinicdesk.core.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NEWS2 cases worked by hand from the RCP 2017 chart, scale 2, the red flag and the response bands. */
class News2Test {

    @Test
    void normalAdultScoresZeroAndLow() {
        News2Score score = Obs.normal().score();
        assertThat(score.total()).isZero();
        assertThat(score.redFlag()).isFalse();
        assertThat(score.response()).isEqualTo(ClinicalResponse.LOW);
    }

    @Test
    void pointsAreListedInChartOrder() {
        assertThat(Obs.normal().score().points().keySet()).containsExactly("respiration rate", "SpO2",
                "air or oxygen", "systolic pressure", "pulse", "consciousness", "temperature");
    }

    @Test
    void febrileTachycardicPatientOnOxygenScoresTenHigh() {
        // RR 24 -> 2, SpO2 93 -> 2, oxygen -> 2, SBP 105 -> 1, HR 112 -> 2, alert -> 0, 38.4 -> 1
        News2Score score = Obs.normal().rr(24).spo2(93).onOxygen().sbp(105).hr(112).temp(38.4).score();
        assertThat(score.total()).isEqualTo(10);
        assertThat(score.redFlag()).isFalse();
        assertThat(score.response()).isEqualTo(ClinicalResponse.HIGH);
    }

    @Test
    void septicPatientScoresFourteenWithRedFlag() {
        // RR 26 -> 3, SpO2 95 -> 1, air -> 0, SBP 88 -> 3, HR 128 -> 2, voice -> 3, 39.4 -> 2
        News2Score score = Obs.normal().rr(26).spo2(95).sbp(88).hr(128).acvpu(Acvpu.V).temp(39.4).score();
        assertThat(score.total()).isEqualTo(14);
        assertThat(score.redFlag()).isTrue();
        assertThat(score.response()).isEqualTo(ClinicalResponse.HIGH);
    }

    @Test
    void copdPatientOnAirAtNinetyPercentScoresNothingForSpo2OnScaleTwo() {
        // scale 2: 90 % -> 0 (on scale 1 it would be 3); RR 22 -> 2, HR 95 -> 1
        News2Score score = Obs.normal().scale2().spo2(90).rr(22).hr(95).score();
        assertThat(score.points().get("SpO2")).isZero();
        assertThat(score.total()).isEqualTo(3);
        assertThat(score.response()).isEqualTo(ClinicalResponse.LOW);
    }

    @Test
    void sameSaturationScoresThreeOnScaleOne() {
        assertThat(Obs.normal().spo2(90).score().points().get("SpO2")).isEqualTo(3);
    }

    @Test
    void scaleTwoHighSaturationScoresNothingOnAir() {
        assertThat(Obs.normal().scale2().spo2(99).onAir().score().total()).isZero();
    }

    @Test
    void scaleTwoHighSaturationOnOxygenScoresThreeAndTheOxygenTwo() {
        News2Score score = Obs.normal().scale2().spo2(97).onOxygen().score();
        assertThat(score.points().get("SpO2")).isEqualTo(3);
        assertThat(score.points().get("air or oxygen")).isEqualTo(2);
        assertThat(score.total()).isEqualTo(5);
        assertThat(score.redFlag()).isTrue();
        assertThat(score.response()).isEqualTo(ClinicalResponse.MEDIUM);
    }

    @Test
    void scaleTwoNinetyThreeOnOxygenScoresOne() {
        assertThat(Obs.normal().scale2().spo2(93).onOxygen().score().points().get("SpO2")).isEqualTo(1);
    }

    @Test
    void scaleOneSaturationIgnoresOxygenForItsOwnPoints() {
        assertThat(Obs.normal().spo2(97).onOxygen().score().points().get("SpO2")).isZero();
    }

    @Test
    void newConfusionAloneIsARedFlagWithLowMediumResponse() {
        News2Score score = Obs.normal().acvpu(Acvpu.C).score();
        assertThat(score.total()).isEqualTo(3);
        assertThat(score.redFlag()).isTrue();
        assertThat(score.response()).isEqualTo(ClinicalResponse.LOW_MEDIUM);
    }

    @Test
    void hypothermiaWithSlowPulseIsLowMediumAtFour() {
        // 35.0 -> 3 (red), HR 45 -> 1
        News2Score score = Obs.normal().temp(35.0).hr(45).score();
        assertThat(score.total()).isEqualTo(4);
        assertThat(score.response()).isEqualTo(ClinicalResponse.LOW_MEDIUM);
    }

    @Test
    void fourWithoutARedFlagIsLow() {
        // RR 22 -> 2, HR 115 -> 2
        News2Score score = Obs.normal().rr(22).hr(115).score();
        assertThat(score.total()).isEqualTo(4);
        assertThat(score.redFlag()).isFalse();
        assertThat(score.response()).isEqualTo(ClinicalResponse.LOW);
    }

    @Test
    void fiveIsMedium() {
        // RR 22 -> 2, HR 115 -> 2, 38.5 -> 1
        assertThat(Obs.normal().rr(22).hr(115).temp(38.5).score().response()).isEqualTo(ClinicalResponse.MEDIUM);
    }

    @Test
    void sixWithARedFlagIsStillMedium() {
        // SBP 85 -> 3, HR 115 -> 2, 38.5 -> 1
        News2Score score = Obs.normal().sbp(85).hr(115).temp(38.5).score();
        assertThat(score.total()).isEqualTo(6);
        assertThat(score.redFlag()).isTrue();
        assertThat(score.response()).isEqualTo(ClinicalResponse.MEDIUM);
    }

    @Test
    void sevenIsHigh() {
        // RR 22 -> 2, HR 115 -> 2, SBP 95 -> 2, 38.5 -> 1
        News2Score score = Obs.normal().rr(22).hr(115).sbp(95).temp(38.5).score();
        assertThat(score.total()).isEqualTo(7);
        assertThat(score.response()).isEqualTo(ClinicalResponse.HIGH);
    }

    @Test
    void oxygenAloneScoresTwoWithoutRedFlag() {
        News2Score score = Obs.normal().onOxygen().score();
        assertThat(score.total()).isEqualTo(2);
        assertThat(score.redFlag()).isFalse();
    }

    @Test
    void temperatureTypedInFahrenheitIsScoredInCelsius() {
        double celsius = VitalSigns.fahrenheitToCelsius(102.4);
        News2Score score = Obs.normal().temp(celsius).score();
        assertThat(Obs.normal().temp(celsius).signs().temperatureC()).isEqualTo(39.1);
        assertThat(score.points().get("temperature")).isEqualTo(2);
    }
}
