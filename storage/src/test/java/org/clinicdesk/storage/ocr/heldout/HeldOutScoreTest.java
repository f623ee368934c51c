package org.clinicdesk.storage.ocr.heldout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The held-out score: one dose however its unit's case is printed; another value is still a wrong value. */
class HeldOutScoreTest {
    private static final String SYRUP = "MED|Amoxicillin|250 mg/5 ml|SYRUP|-|TDS|5 DAYS";

    @Test
    void aUnitInAnotherCaseIsTheSameFact() {
        Map<String, HeldOutScore> byKind = score(List.of(new HeldOutScore.Found(
                "MED|Amoxicillin|250 mg/5 mL|SYRUP|-|TDS|5 DAYS", false)));
        assertThat(byKind.keySet()).containsExactly("MED");
        assertThat(byKind.get("MED").correct).isEqualTo(1);
        assertThat(byKind.get("MED").dangerousUnmarked).isZero();
        assertThat(byKind.get("MED").notes).isEmpty();
    }

    @Test
    void anotherValueIsAWrongValueAndTheTruthIsMissed() {
        Map<String, HeldOutScore> byKind = score(List.of(new HeldOutScore.Found(
                "MED|Amoxicillin|125 mg/5 mL|SYRUP|-|TDS|5 DAYS", false)));
        assertThat(byKind.keySet()).containsExactly("MED");
        assertThat(byKind.get("MED").correct).isZero();
        assertThat(byKind.get("MED").dangerousUnmarked).isEqualTo(1);
    }

    @Test
    void caseElsewhereStillCounts() {
        Map<String, HeldOutScore> byKind = score(List.of("LAB|Thyroid stimulating hormone|2.1|mU/L|NORMAL"),
                List.of(new HeldOutScore.Found("LAB|Thyroid stimulating hormone|2.1|MU/L|NORMAL", false)));
        assertThat(byKind.get("LAB").correct).isZero();
        assertThat(byKind.get("LAB").dangerousUnmarked).isEqualTo(1);
        assertThat(HeldOutScore.same("LAB|Glucose|5.1|mmol/l|NORMAL")).isEqualTo("LAB|Glucose|5.1|mmol/L|NORMAL");
        assertThat(HeldOutScore.same("MED|Lactulose|10 ml|SYRUP|-|HS|-")).isEqualTo("MED|Lactulose|10 mL|SYRUP|-|HS|-");
        assertThat(HeldOutScore.same("DX|Cholera")).isEqualTo("DX|Cholera");
    }

    @Test
    void aDateInAnotherRoleIsAnotherThingNotAWrongValue() {
        Map<String, HeldOutScore> byKind = score(List.of("DATE|2025-06-24|OTHER|CLEAR"),
                List.of(new HeldOutScore.Found("DATE|2025-06-24|REPORTED|CLEAR", false)));
        assertThat(byKind.get("DATE").extra).isEqualTo(1);
        assertThat(byKind.get("DATE").dangerousUnmarked).isZero();
    }

    private static Map<String, HeldOutScore> score(List<HeldOutScore.Found> found) {
        return score(List.of(SYRUP), found);
    }

    private static Map<String, HeldOutScore> score(List<String> facts, List<HeldOutScore.Found> found) {
        Map<String, HeldOutScore> byKind = new TreeMap<>();
        HeldOutTruth truth = new HeldOutTruth("p", "p.png", HeldOutQuality.values()[0], facts, List.of(),
                List.of(), List.of(), List.of());
        HeldOutScore.score("p", truth, found, byKind, List.of());
        return byKind;
    }
}
