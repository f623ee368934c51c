package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.clinicdesk.core.common.DateOrder;
import org.junit.jupiter.api.Test;

/**
 * Ways other labs and wards print the same things (development vocabulary only): a flag in the value's own cell
 * before the unit, a star for "abnormal", a test reported negative a word or two after the condition, DOA/DOD.
 */
class ReportVariantsTest {
    private final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);

    private LabResultFact lab(String line) {
        List<ClinicalFact> facts = extractor.extract(line);
        assertThat(facts).hasSize(1).first().isInstanceOf(LabResultFact.class);
        return (LabResultFact) facts.get(0);
    }

    @Test
    void flagWordBeforeTheUnitIsTheFlagNotTheUnit() {
        LabResultFact sodium = lab("Serum Sodium 128 Low mmol/L 135 - 145");
        assertThat(sodium.value()).isEqualByComparingTo(new BigDecimal("128"));
        assertThat(sodium.unit()).isEqualTo("mmol/L");
        assertThat(sodium.flag()).contains(LabFlag.LOW);
        assertThat(sodium.flagPrinted()).isTrue();
    }

    @Test
    void starBeforeTheUnitLeavesTheFlagToTheRange() {
        LabResultFact platelets = lab("Platelet Count 455 * 10^3/uL 150 - 400");
        assertThat(platelets.unit()).isEqualTo("10^3/uL");
        assertThat(platelets.flag()).contains(LabFlag.HIGH);
        assertThat(platelets.flagPrinted()).isFalse();
    }

    @Test
    void conditionTestedNegativeIsNotADiagnosis() {
        assertThat(extractor.extract("Dengue NS1 antigen negative.")).noneMatch(f -> f instanceof DiagnosisFact);
        assertThat(extractor.extract("Typhoid fever. Dengue NS1 antigen negative."))
                .filteredOn(f -> f instanceof DiagnosisFact).extracting(f -> ((DiagnosisFact) f).name())
                .containsExactly("Typhoid fever");
    }

    @Test
    void wardShorthandNamesAdmissionAndDischargeDates() {
        assertThat(extractor.extract("DOA: 14/02/2024    DOD: 20/02/2024")).extracting(f -> ((DateFact) f).role())
                .containsExactly(DateRole.ADMISSION, DateRole.DISCHARGE);
    }
}
