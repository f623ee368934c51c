package org.clinicdesk.app.gui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.extraction.FactExtractor;
import org.junit.jupiter.api.Test;

/** A value marked "check the value" is never accepted as read: only as the reviewer enters it. */
class FactRowTest {
    private final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);

    private FactRow row(String text) {
        return new FactRow(new Suggestion(1, extractor.extract(text).get(0)));
    }

    @Test
    void aDoubtfulValueCannotBeAcceptedAsReadOnlyAsEntered() {
        FactRow doubtful = row("Serum creatinine 10 mg/dL 0.6 - 1.3");
        assertThat(doubtful.suggestion().checkTheValue()).isTrue();

        assertThat(doubtful.acceptAsRead()).isFalse();
        assertThat(doubtful.decision()).isEqualTo(FactRow.Decision.UNDECIDED);

        doubtful.acceptAsEdited("Creatinine 1.0 mg/dL");
        assertThat(doubtful.decision()).isEqualTo(FactRow.Decision.ACCEPTED);
        assertThat(doubtful.summaryProperty().get()).isEqualTo("Creatinine 1.0 mg/dL");
    }

    @Test
    void aSureValueIsAcceptedAsRead() {
        FactRow sure = row("Serum creatinine 1.0 mg/dL 0.6 - 1.3");
        assertThat(sure.acceptAsRead()).isTrue();
        assertThat(sure.decision()).isEqualTo(FactRow.Decision.ACCEPTED);
    }
}
