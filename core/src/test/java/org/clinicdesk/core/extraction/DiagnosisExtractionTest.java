package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicdesk.core.common.DateOrder;
import org.junit.jupiter.api.Test;

class DiagnosisExtractionTest {
    private final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);

    private List<DiagnosisFact> dx(String text) {
        return extractor.extract(text).stream().filter(DiagnosisFact.class::isInstance).map(DiagnosisFact.class::cast).toList();
    }

    @Test
    void diagnosisUnderAHeadingCarriesItsIcd10Code() {
        DiagnosisFact d = dx("Final diagnosis: Community acquired pneumonia").get(0);
        assertThat(d.name()).isEqualTo("Pneumonia");
        assertThat(d.icd10()).contains("J18.9");
        assertThat(d.confidence()).isGreaterThan(0.9);
    }

    @Test
    void abbreviationsInCapitalsAreRead() {
        assertThat(dx("K/C/O T2DM, HTN")).extracting(DiagnosisFact::name)
                .containsExactly("Type 2 diabetes mellitus", "Essential hypertension");
    }

    @Test
    void negatedMentionsAreLeftOut() {
        assertThat(dx("No history of asthma. Denies tuberculosis. Dengue ruled out")).isEmpty();
    }

    @Test
    void negationStopsAtTheEndOfTheClause() {
        assertThat(dx("No fever but known hypertension")).extracting(DiagnosisFact::name)
                .containsExactly("Essential hypertension");
    }

    @Test
    void familyHistoryIsNotThePatientsCondition() {
        assertThat(dx("Family history of diabetes mellitus. Mother had stroke.")).isEmpty();
    }

    @Test
    void sameConditionMentionedTwiceIsSuggestedOnce() {
        assertThat(dx("Diagnosis: Hypertension\nContinue treatment for hypertension")).hasSize(1);
    }

    @Test
    void aSpecificConditionAndItsPlainNameOnOnePageAreOneCondition() {
        // "T2DM" first, then the plain "DM" in passing: one condition, type 2, not also "diabetes".
        assertThat(dx("Impression: T2DM, on OHA for 6 years.\nSugars: DM control fair, continue diet.")).extracting(DiagnosisFact::name)
                .containsExactly("Type 2 diabetes mellitus");
        assertThat(dx("K/c/o Type 2 DM")).extracting(DiagnosisFact::name).containsExactly("Type 2 diabetes mellitus");
        assertThat(dx("Iron deficiency anaemia. Anaemia to be rechecked in a month.")).extracting(DiagnosisFact::name)
                .containsExactly("Iron deficiency anaemia");
    }

    @Test
    void eachWardAbbreviationGivesOneCondition() {
        assertThat(dx("Known case of HTN, CAD, CCF, old CVA, COPD and CKD stage 3")).extracting(DiagnosisFact::name)
                .containsExactly("Essential hypertension", "Ischaemic heart disease", "Heart failure", "Stroke",
                        "Chronic obstructive pulmonary disease", "Chronic kidney disease");
    }

    @Test
    void deniedAbbreviationsStayDenied() {
        assertThat(dx("No known allergies. Denies fever. No history of CKD. COPD ruled out. Dengue NS1 negative.")).isEmpty();
    }
}
