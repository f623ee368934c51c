package org.clinicdesk.core.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.News2;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.core.vitals.Vitals;
import org.junit.jupiter.api.Test;

class ObjectiveTextTest {

    @Test
    void normalVitalsReadAsCharted() {
        VitalSigns signs = new VitalSigns(76, 16, 128, 82, 37.1, 98, SpO2Scale.SCALE_1, false, Acvpu.A, null, null);
        assertThat(ObjectiveText.fromVitals(recorded(signs))).isEqualTo(
                "BP 128/82 mmHg, HR 76/min, RR 16/min, T 37.1 °C, SpO2 98 % on air, alert. NEWS2 0 (low).");
    }

    @Test
    void wholeDegreesKeepTheirDecimal() {
        VitalSigns signs = new VitalSigns(76, 16, 128, 82, 37.0, 98, null, false, null, null, null);
        assertThat(ObjectiveText.fromVitals(recorded(signs))).contains("T 37.0 °C");
    }

    @Test
    void oxygenScaleTwoAndConsciousnessAreStated() {
        VitalSigns signs = new VitalSigns(112, 24, 105, 60, 38.4, 93, SpO2Scale.SCALE_2, true, Acvpu.V, null, null);
        assertThat(ObjectiveText.fromVitals(recorded(signs))).isEqualTo(
                "BP 105/60 mmHg, HR 112/min, RR 24/min, T 38.4 °C, SpO2 93 % on oxygen (scale 2), responds to voice."
                        + " NEWS2 12 (high; 3 points for consciousness).");
    }

    @Test
    void redFlagNamesEveryParameterThatScoredThree() {
        VitalSigns signs = new VitalSigns(76, 16, 88, 50, 34.8, 98, null, false, Acvpu.A, null, null);
        assertThat(ObjectiveText.fromVitals(recorded(signs)))
                .endsWith("NEWS2 6 (medium; 3 points for systolic pressure and temperature).");
    }

    @Test
    void singleRedParameterIsLowMedium() {
        VitalSigns signs = new VitalSigns(76, 16, 128, 82, 37.1, 98, null, false, Acvpu.C, null, null);
        assertThat(ObjectiveText.fromVitals(recorded(signs)))
                .endsWith("new confusion. NEWS2 3 (low-medium; 3 points for consciousness).");
    }

    @Test
    void weightHeightAndBmiFollowWhenTaken() {
        VitalSigns signs = new VitalSigns(76, 16, 128, 82, 37.1, 98, null, false, null, 70.0, 175.0);
        assertThat(ObjectiveText.fromVitals(recorded(signs)))
                .contains("alert. Wt 70 kg, Ht 175 cm, BMI 22.9. NEWS2 0 (low).");
    }

    @Test
    void weightAloneHasNoBmi() {
        VitalSigns signs = new VitalSigns(76, 16, 128, 82, 37.1, 98, null, false, null, 12.5, null);
        assertThat(ObjectiveText.fromVitals(recorded(signs))).contains("alert. Wt 12.5 kg. NEWS2").doesNotContain("BMI");
    }

    private static Vitals recorded(VitalSigns signs) {
        return new Vitals(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-11-21T10:00:00Z"), "nurse.asha",
                signs, News2.score(signs));
    }
}
