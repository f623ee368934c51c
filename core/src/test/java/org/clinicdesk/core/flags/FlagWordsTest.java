package org.clinicdesk.core.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.vitals.ClinicalResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a flag's explanation, the steps of its path and the labels of its nodes are words of core's bundle, put
 * into the reader's language when read. The same flags read in Hindi show no English joining word, and every step is
 * a bundle message (a step written as a plain English value would read the same in both languages and fail here).
 */
class FlagWordsTest {
    private static final FlagEngine ENGINE = new FlagEngine(Knowledge.shipped());
    private static final ResourceBundle ENGLISH = CoreMessages.bundle(Locale.ROOT);
    private static final ResourceBundle HINDI = CoreMessages.bundle(Locale.forLanguageTag("hi"));
    /** The English words of steps, node labels and explanations that a Hindi reader must not meet. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(takes|contains|is a|has|means|allergic to|"
            + "measured|scored|high|moderate|low|contraindicated|cross-reacts|below|above|rose|on|allergy|with a "
            + "single-parameter red flag|What to do|Why|both contain|are both|points for|times the patient)\\b");

    /** One patient per kind of step: interactions, duplicates, doses, conditions, allergies, labs and NEWS2. */
    private static List<ClinicalFlag> everyKindOfFlag() {
        List<ClinicalFlag> flags = new ArrayList<>();
        flags.addAll(ENGINE.check(FlagRulesTest.p().med("Warfarin 5 mg", "5 mg", 1).med("Brufen 400", "1 tablet", 3)
                .med("Voveran 50", "1 tab", 2).med("Dolo 650", "2 tablets", 4).med("Crocin", "1 tablet", 2)
                .dx("Chronic kidney disease stage 4 (disorder)").build()));
        flags.addAll(ENGINE.check(FlagRulesTest.p().med("Mox 500", "1 cap", 3).allergy("Penicillin")
                .med("Glycomet 500", "1 tab", 2).lab("eGFR", "24", "mL/min/1.73m2", 5)
                .lab("Potassium", "45", "mmol/L", 1).lab("Creatinine", "1.0", "mg/dL", 40)
                .lab("Creatinine", "1.6", "mg/dL", 1).news2(3, true, ClinicalResponse.LOW_MEDIUM).build()));
        return flags;
    }

    @Test
    void theSameFlagsReadInHindiWithoutAnEnglishJoiningWord() {
        List<ClinicalFlag> flags = everyKindOfFlag();
        assertThat(flags.stream().map(ClinicalFlag::kind).distinct()).contains(FlagKind.INTERACTION,
                FlagKind.DUPLICATE_INGREDIENT, FlagKind.DUPLICATE_CLASS, FlagKind.DOSE_OVER_LIMIT,
                FlagKind.CONTRAINDICATION, FlagKind.ALLERGY, FlagKind.IMPLAUSIBLE_VALUE, FlagKind.LAB_RISE,
                FlagKind.NEWS2);
        for (ClinicalFlag f : flags) {
            for (FlagText step : f.stepWords()) {
                assertThat(step).as("a step is a message of core's bundle: " + step).isInstanceOf(FlagText.Message.class);
                assertThat(step.render(HINDI)).as("step " + step).isNotEqualTo(step.render(ENGLISH));
            }
            String hindi = f.pathText(HINDI) + " | " + f.words().render(HINDI);
            assertThat(ENGLISH_WORDS.matcher(withoutData(hindi, f)).find()).as(hindi).isFalse();
        }
    }

    @Test
    void theEnglishPathReadsAsBeforeWithTheRuleInBrackets() {
        ClinicalFlag interaction = ENGINE.check(FlagRulesTest.p().med("Warfarin 5 mg", "5 mg", 1)
                .med("Brufen 400", "1 tablet", 3).build()).stream().filter(f -> f.kind() == FlagKind.INTERACTION)
                .findFirst().orElseThrow();
        assertThat(interaction.pathText(ENGLISH)).isEqualTo("Asha Rao (TST-000001) → Warfarin 5 mg → Warfarin → "
                + "(high: bleeding) NSAIDs ← Ibuprofen ← Brufen 400 ← Asha Rao (TST-000001)");
        assertThat(interaction.pathText(HINDI)).contains("→ (गंभीर: bleeding) NSAIDs ←");
        assertThat(interaction.stepWords().get(0).render(HINDI)).isEqualTo("लेते हैं");
    }

    @Test
    void aNews2RedFlagNamesTheParameterInTheReadersLanguage() {
        ClinicalFlag news2 = ENGINE.check(FlagRulesTest.p().news2(3, true, ClinicalResponse.LOW_MEDIUM).build())
                .get(0);
        assertThat(news2.words().render(ENGLISH)).contains("3 points for pulse");
        assertThat(news2.words().render(HINDI)).contains("नाड़ी के लिए 3 अंक").doesNotContain("pulse");
        assertThat(news2.path().get(1).words().render(HINDI)).isEqualTo("NEWS2 3, एक मापदंड पर लाल चेतावनी");
    }

    /** The text with the values that come from the chart and the knowledge files (names, effects) taken out. */
    private static String withoutData(String text, ClinicalFlag f) {
        String out = text;
        List<String> data = new ArrayList<>();
        f.path().forEach(n -> collectValues(n.words(), data));
        f.stepWords().forEach(w -> collectValues(w, data));
        collectValues(f.words(), data);
        data.sort((a, b) -> b.length() - a.length());
        for (String d : data) {
            if (!d.isBlank()) {
                out = out.replace(d, " ");
            }
        }
        return out;
    }

    private static void collectValues(FlagText t, List<String> into) {
        if (t instanceof FlagText.Value v) {
            into.add(v.value());
        } else if (t instanceof FlagText.Message m) {
            m.args().forEach(a -> collectValues(a, into));
        } else if (t instanceof FlagText.Joined j) {
            j.parts().forEach(p -> collectValues(p, into));
        }
    }
}
