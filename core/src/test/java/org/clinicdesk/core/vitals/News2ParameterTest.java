package org.clinicdesk.core.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.clinicdesk.core.common.CoreMessages;
import org.junit.jupiter.api.Test;

/** Issue 17: each parameter NEWS2 scores has its name in core's bundle, read in Hindi as a Hindi name. */
class News2ParameterTest {
    @Test
    void everyScoredParameterHasANameInEachLanguage() {
        News2Score score = News2.score(new VitalSigns(96, 22, 102, 70, 38.6, 93, SpO2Scale.SCALE_1, true, Acvpu.V,
                null, null));
        ResourceBundle hindi = CoreMessages.bundle(Locale.forLanguageTag("hi"));
        ResourceBundle english = CoreMessages.bundle(Locale.ROOT);
        assertThat(score.points()).hasSize(7);
        score.points().keySet().forEach(name -> {
            String key = News2Parameter.key(name).orElseThrow(() -> new AssertionError("no words for " + name));
            assertThat(english.getString(key)).isEqualTo(name);
            assertThat(hindi.getString(key)).as(name).isNotEqualTo(name);
        });
        assertThat(News2Parameter.key("a parameter from a newer desk")).isEmpty();
        assertThat(News2Parameter.label("a parameter from a newer desk")).isEqualTo("a parameter from a newer desk");
    }
}
