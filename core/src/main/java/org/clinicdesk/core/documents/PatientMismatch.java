package org.clinicdesk.core.documents;

/** One way a document's printed patient differs from the chart's: the field, what the paper says, what the chart says. */
public record PatientMismatch(String field, String printed, String chart) {
    @Override
    public String toString() {
        return field + ": the document says " + printed + ", the chart " + chart;
    }
}
