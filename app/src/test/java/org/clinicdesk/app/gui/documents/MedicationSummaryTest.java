package org.clinicdesk.app.gui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.extraction.FactExtractor;
import org.clinicdesk.core.extraction.MedicationFact;
import org.junit.jupiter.api.Test;

/** The line that enters the chart's history keeps as needed, stat, the steps of a taper and a stop. */
class MedicationSummaryTest {
    private final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);

    private String summary(String line) {
        return MedicationSummary.of((MedicationFact) extractor.extract(line).get(0));
    }

    @Test
    void theHistoryLineKeepsWhatChangesWhatThePatientDoes() {
        assertThat(summary("Paracetamol 650 mg Q6H PRN")).isEqualTo("Paracetamol 650 mg Q6H as needed");
        assertThat(summary("Crocin 650 mg SOS")).isEqualTo("Paracetamol 650 mg as needed");
        assertThat(summary("Tab. Prednisolone 10 mg 1-0-1 x 5 days then 1-0-0 x 5 days"))
                .isEqualTo("Prednisolone 10 mg 1-0-1 x 5 days, then 1-0-0 x 5 days");
        assertThat(summary("Inj. Ceftriaxone 1 g IV stat then 1 g IV BD x 5 days")).isEqualTo("Ceftriaxone 1 g INTRAVENOUS BD x 5 days stat");
        assertThat(summary("Stop Metformin")).isEqualTo("STOP Metformin");
        assertThat(summary("Amoxicillin 500 mg PO TDS x 5 days")).isEqualTo("Amoxicillin 500 mg ORAL TDS x 5 days");
    }
}
